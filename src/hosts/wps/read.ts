/**
 * WPS 表格 → the engine's grids: the used range read in row blocks (Value2, then formulas, number formats and
 * merges only where the block says it has them), each cell told apart the way WPS gives it (et.ts).
 */
import { Cell, CellRange, SheetGrid, addr } from '../../engine/grid';
import { OWN_SHEETS } from '../../engine/own-sheets';
import { toEngineCell } from '../cell-values';
import { EtRange, EtWorkbook, EtWorksheet } from './et';

/** Rows read per call: a block stays well under what one call across to WPS should carry. */
export const BLOCK_ROWS = 200;

/** The error values a cell can show, and the numeric codes (VBA's CVErr) WPS may give for them instead. */
const ERROR_TEXTS = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
];
const ERROR_CODES = new Map<number, string>([
  [-2146826288, '#NULL!'],
  [-2146826281, '#DIV/0!'],
  [-2146826273, '#VALUE!'],
  [-2146826265, '#REF!'],
  [-2146826259, '#NAME?'],
  [-2146826252, '#NUM!'],
  [-2146826246, '#N/A'],
]);

/** A block's values as rows, whichever shape they came in (scalar, flattened row, rows). */
export function rowsOf(v: unknown, rows: number, cols: number): unknown[][] {
  if (!Array.isArray(v)) return [[v]];
  if (rows === 1 && !Array.isArray(v[0])) return [v as unknown[]];
  return (v as unknown[])
    .map((r) => (Array.isArray(r) ? r : [r]))
    .slice(0, rows)
    .map((r) => r.slice(0, cols));
}

export const isEmpty = (v: unknown): boolean => v === null || v === undefined || v === '';

/** A value that may be an error: a known code, or a string that spells one. The cell's Text decides. */
function mayBeError(v: unknown): boolean {
  return (typeof v === 'number' && ERROR_CODES.has(v)) || (typeof v === 'string' && ERROR_TEXTS.includes(v));
}

/** The error a value stands for, when the cell's Text confirms it ("#DIV/0!"); null for any other value. */
export function errorOf(v: unknown, text: () => string): string | null {
  if (!mayBeError(v)) return null;
  const t = text();
  return ERROR_TEXTS.includes(t) ? t : null;
}

/** Number formats of a block: one for all, or row by row and cell by cell where they differ. */
function formatsOf(
  sheet: EtWorksheet,
  blockRange: EtRange,
  left: number,
  cols: number,
): (r: number, c: number) => string | undefined {
  const block = blockRange.NumberFormat;
  if (typeof block === 'string' && block !== '') return () => block;
  const byRow = new Map<number, string | Map<number, string>>();
  return (r, c) => {
    let row = byRow.get(r);
    if (row === undefined) {
      const f = sheet.Range(`${addr(r, left)}:${addr(r, left + cols - 1)}`).NumberFormat;
      row = typeof f === 'string' && f !== '' ? f : new Map<number, string>();
      byRow.set(r, row);
    }
    if (typeof row === 'string') return row;
    let f = row.get(c);
    if (f === undefined) {
      f = sheet.Range(addr(r, c)).NumberFormat || 'General';
      row.set(c, f);
    }
    return f;
  };
}

/** The merged areas of the used range, found only where a row block says it holds some. */
function mergesOf(sheet: EtWorksheet, used: CellRange): CellRange[] {
  const out: CellRange[] = [];
  const covered = new Set<string>();
  for (let top = used.top; top <= used.bottom; top += BLOCK_ROWS) {
    const bottom = Math.min(used.bottom, top + BLOCK_ROWS - 1);
    if (sheet.Range(`${addr(top, used.left)}:${addr(bottom, used.right)}`).MergeCells === false) continue;
    for (let r = top; r <= bottom; r++) {
      if (sheet.Range(`${addr(r, used.left)}:${addr(r, used.right)}`).MergeCells === false) continue;
      for (let c = used.left; c <= used.right; c++) {
        if (covered.has(`${r},${c}`)) continue;
        const cell = sheet.Range(addr(r, c));
        if (!cell.MergeCells) continue;
        const area = cell.MergeArea;
        const m = rangeOf(area);
        out.push(m);
        for (let i = m.top; i <= m.bottom; i++) for (let j = m.left; j <= m.right; j++) covered.add(`${i},${j}`);
      }
    }
  }
  return out;
}

function rangeOf(r: EtRange): CellRange {
  const top = r.Row - 1;
  const left = r.Column - 1;
  return { top, left, bottom: top + r.Rows.Count - 1, right: left + r.Columns.Count - 1 };
}

/** One worksheet as a grid. */
export function readSheet(sheet: EtWorksheet): SheetGrid {
  const used = rangeOf(sheet.UsedRange);
  const cols = used.right - used.left + 1;
  const rows: Array<Array<Cell | undefined> | undefined> = [];
  for (let top = used.top; top <= used.bottom; top += BLOCK_ROWS) {
    const n = Math.min(BLOCK_ROWS, used.bottom - top + 1);
    const block = sheet.Range(`${addr(top, used.left)}:${addr(top + n - 1, used.right)}`);
    const values = rowsOf(block.Value2, n, cols);
    // Formula gives "=…" for a formula cell and the value for the others (the Range page): one call per block.
    const formulas = rowsOf(block.Formula, n, cols);
    const fmt = formatsOf(sheet, block, used.left, cols);
    values.forEach((row, i) => {
      const r = top + i;
      const out: Array<Cell | undefined> = [];
      row.forEach((v, j) => {
        const c = used.left + j;
        const f = formulas[i]?.[j];
        // A text constant may start with "=" too ("=100%" as a target): Formula then repeats the value itself.
        const formula = typeof f === 'string' && f.startsWith('=') && f !== v ? f.slice(1) : undefined;
        if (isEmpty(v) && !formula) return;
        const numFmt = fmt(r, c);
        const error = errorOf(v, () => sheet.Range(addr(r, c)).Text);
        const cell = toEngineCell(error ?? v, formula, numFmt, error !== null);
        if (cell) out[c] = cell;
      });
      if (out.length) rows[r] = out;
    });
  }
  return { name: sheet.Name, rows, merges: mergesOf(sheet, used) };
}

/** Every worksheet the user wrote (selfeval's own result and backup sheets left out). */
export function readWorkbook(book: EtWorkbook): SheetGrid[] {
  return sheetsOf(book)
    .filter((s) => !OWN_SHEETS.includes(s.Name))
    .map(readSheet);
}

/** The workbook's sheets, in order (hidden ones included). */
export function sheetsOf(book: EtWorkbook): EtWorksheet[] {
  const out: EtWorksheet[] = [];
  const n = book.Sheets.Count;
  for (let i = 1; i <= n; i++) out.push(book.Sheets.Item(i));
  return out;
}

/** The sheet of that name, or null. */
export function sheetNamed(book: EtWorkbook, name: string): EtWorksheet | null {
  return sheetsOf(book).find((s) => s.Name === name) ?? null;
}
