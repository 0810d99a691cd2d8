/**
 * The label index of a sheet: the label key of every short text cell, computed once, and the small
 * look-ups every block reader shares (a label's value cell, the amount right of a label, a row's content).
 */
import { GridView } from '../grid';
import { At } from '../model';
import { LabelFamily, labelKey } from '../text';
import { isBlank } from '../values';

/** Labels are short; longer texts are content, not labels. */
const MAX_LABEL = 40;

const KEYS = new WeakMap<GridView, Map<number, string>>();

/** Records the label keys of a sheet (merge tails excluded); locateTables calls it once per sheet. */
export function indexLabels(view: GridView, onCell: (r: number, c: number, text: string, key: string) => void): void {
  const keys = new Map<number, string>();
  KEYS.set(view, keys);
  for (let r = 0; r < view.rowCount; r++) {
    const row = view.rowCells(r);
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell || cell.value.t !== 'text' || view.isMergeTail(r, c)) continue;
      const text = cell.value.v;
      if (text.length > 80) continue;
      const key = text.length > MAX_LABEL ? '' : labelKey(text);
      if (key) keys.set(r * 16384 + c, key);
      onCell(r, c, text, key);
    }
  }
}

export function keyAt(view: GridView, r: number, c: number): string {
  return KEYS.get(view)?.get(r * 16384 + c) ?? '';
}

export function textAt(view: GridView, r: number, c: number): string {
  return view.text(r, c).trim();
}

export function inFam(key: string, fam: LabelFamily): boolean {
  return key !== '' && fam.includes(key);
}

/** The first cell right of a label (after the label's merged area). */
export function valueRightOf(view: GridView, r: number, c: number): At {
  return { r, c: view.mergeRight(r, c) + 1 };
}

/**
 * The amount belonging to a label such as "一般公共预算:": the first non-empty cell to its right, stopping at
 * the next label; the cell right after the label when there is none (a blank amount).
 */
export function amountRightOf(view: GridView, r: number, c: number, right: number): At {
  const first = valueRightOf(view, r, c);
  for (let x = first.c; x <= right; x++) {
    if (view.isMergeTail(r, x)) continue;
    if (keyAt(view, r, x)) break; // the next label
    const v = view.raw(r, x)?.value;
    if (v && !isBlank(v)) return { r, c: x };
  }
  return first;
}

/** True when a row of a region holds anything. */
export function rowHasContent(view: GridView, r: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    if (view.isMergeTail(r, c)) continue;
    const v = view.raw(r, c)?.value;
    if (v && !isBlank(v)) return true;
  }
  return false;
}

/** The first row in [from, to] that satisfies pred; -1 when none. */
export function findRow(from: number, to: number, pred: (r: number) => boolean): number {
  for (let r = from; r <= to; r++) if (pred(r)) return r;
  return -1;
}

/** The row's label keys (left..right), merge tails excluded. */
export function rowKeys(view: GridView, r: number, left: number, right: number): string[] {
  const keys: string[] = [];
  for (let c = left; c <= right; c++) keys.push(keyAt(view, r, c));
  return keys;
}
