/** Reading cells per domain §3: blanks and dashes, numbers (thousands separators), amounts, rates and scores. */
import { Cell, CellValue, cellText } from './grid';
import { fold, isDash } from './text';

export function isPercentFormat(numFmt: string | undefined): boolean {
  return !!numFmt && /%/.test(numFmt.replace(/"[^"]*"/g, ''));
}

/** True when the cell is empty, blank text or a dash meaning empty. */
export function isBlank(v: CellValue): boolean {
  if (v.t === 'empty') return true;
  if (v.t === 'text') return v.v.trim() === '' || isDash(v.v);
  return false;
}

export const NUM_RE = /[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[-+]?\.\d+/g;

export function toNumber(s: string): number {
  return Number(s.replace(/,/g, ''));
}

export type Amount = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid'; text: string };

/** A budget amount (万元): number, numeric text with separators, dash/blank = empty. */
export function readAmount(cell: Cell | undefined): Amount {
  const v = cell?.value ?? { t: 'empty' };
  if (isBlank(v)) return { kind: 'empty' };
  if (v.t === 'number')
    return Number.isFinite(v.v) ? { kind: 'number', value: v.v } : { kind: 'invalid', text: String(v.v) };
  if (v.t === 'text') {
    const f = fold(v.v).replace(/(万元|元)$/, '');
    if (/^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(f)) return { kind: 'number', value: toNumber(f) };
    return { kind: 'invalid', text: v.v };
  }
  return { kind: 'invalid', text: cellText(v) };
}

export type Rate = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid'; text: string };

/**
 * A rate as a fraction (0.95). Numbers formatted as % are fractions already; a bare number above 2
 * is read as percentage points (95 → 0.95); text "95%" / "95.00%" → 0.95.
 */
export function readRate(cell: Cell | undefined): Rate {
  const v = cell?.value ?? { t: 'empty' };
  if (isBlank(v)) return { kind: 'empty' };
  if (v.t === 'number') {
    if (!Number.isFinite(v.v)) return { kind: 'invalid', text: String(v.v) };
    if (isPercentFormat(cell?.numFmt)) return { kind: 'number', value: v.v };
    return { kind: 'number', value: Math.abs(v.v) > 2 ? v.v / 100 : v.v };
  }
  if (v.t === 'text') {
    const f = fold(v.v);
    const m = /^([-+]?\d+(?:\.\d+)?)(%|百分比)?$/.exec(f);
    if (m) {
      const n = Number(m[1]);
      return { kind: 'number', value: m[2] || Math.abs(n) > 2 ? n / 100 : n };
    }
    return { kind: 'invalid', text: v.v };
  }
  return { kind: 'invalid', text: cellText(v) };
}

/** A plain number such as a weight or a score ("10", "9.5分"); dash/blank → null; other text → NaN. */
export function readScoreNumber(cell: Cell | undefined): number | null {
  const v = cell?.value ?? { t: 'empty' };
  if (isBlank(v)) return null;
  if (v.t === 'number') return Number.isFinite(v.v) ? v.v : NaN;
  if (v.t === 'text') {
    const f = fold(v.v);
    const m = /^([-+]?\d+(?:\.\d+)?)分?$/.exec(f);
    return m ? Number(m[1]) : NaN;
  }
  return NaN;
}
