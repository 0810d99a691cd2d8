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

/** A cell that should hold a number: blank or a dash is empty; text is read by `fromText` (given folded text). */
function readNumberCell(cell: Cell | undefined, fromText: (folded: string) => number | null): Amount {
  const v = cell?.value ?? { t: 'empty' };
  if (isBlank(v)) return { kind: 'empty' };
  if (v.t === 'number')
    return Number.isFinite(v.v) ? { kind: 'number', value: v.v } : { kind: 'invalid', text: String(v.v) };
  if (v.t === 'text') {
    const n = fromText(fold(v.v));
    return n === null ? { kind: 'invalid', text: v.v } : { kind: 'number', value: n };
  }
  return { kind: 'invalid', text: cellText(v) };
}

/** 万元 text: "1,240", "43.2万元". */
function amountFromText(f: string): number | null {
  const n = f.replace(/(万元|元)$/, '');
  return /^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/.test(n) ? toNumber(n) : null;
}

/** A budget amount (万元): number, numeric text with separators ("1,240", "43.2万元"), dash/blank = empty. */
export function readAmount(cell: Cell | undefined): Amount {
  return readNumberCell(cell, amountFromText);
}

export type Rate =
  | { kind: 'empty' }
  /** `shown`: how many decimals of the percentage the cell shows (86% → 0, 86.20% → 2), when known. */
  | { kind: 'number'; value: number; shown?: number }
  | { kind: 'invalid'; text: string };

/** Decimals after the point in a number as written ("86.20" → 2). */
function decimalsOf(s: string): number {
  const m = /\.(\d+)/.exec(s);
  return m ? m[1].length : 0;
}

/** Decimals a % number format shows ("0%" → 0, "0.00%" → 2). */
function percentFormatDecimals(fmt: string): number {
  const m = /\.([0#]+)%/.exec(fmt.replace(/"[^"]*"/g, ''));
  return m ? m[1].length : 0;
}

/**
 * An entered rate equal to the computed one: within RATE_TOLERANCE, or the same percentage once the computed rate
 * is rounded (half up) to the decimals the cell shows — a rate written 86% for 86.2% is the rate shown to whole
 * percent, not a different rate (docs/rules.md).
 */
export function rateEquals(entered: Rate, computed: number, tolerance: number): boolean {
  if (entered.kind !== 'number') return false;
  if (Math.abs(entered.value - computed) < tolerance) return true;
  if (entered.shown === undefined || entered.shown > 4) return false;
  const f = 10 ** entered.shown;
  const shown = (x: number) => Math.round(Number((x * 100 * f).toFixed(6))) / f;
  return shown(entered.value) === shown(computed);
}

/**
 * A rate as a fraction (0.95). Numbers formatted as % are fractions already; a bare number above 2
 * is read as percentage points (95 → 0.95); text "95%" / "95.00%" → 0.95.
 */
export function readRate(cell: Cell | undefined): Rate {
  const v = cell?.value ?? { t: 'empty' };
  if (isBlank(v)) return { kind: 'empty' };
  if (v.t === 'number') {
    if (!Number.isFinite(v.v)) return { kind: 'invalid', text: String(v.v) };
    if (isPercentFormat(cell?.numFmt))
      return { kind: 'number', value: v.v, shown: percentFormatDecimals(cell!.numFmt!) };
    // A bare number: percentage points above 2 (86.2 → 0.862), else a fraction (0.86: two decimals, whole percent).
    const points = Math.abs(v.v) > 2;
    return {
      kind: 'number',
      value: points ? v.v / 100 : v.v,
      shown: Math.max(0, decimalsOf(String(v.v)) - (points ? 0 : 2)),
    };
  }
  if (v.t === 'text') {
    const f = fold(v.v);
    const m = /^([-+]?\d+(?:\.\d+)?)(%|百分比)?$/.exec(f);
    if (m) {
      const n = Number(m[1]);
      const points = !!m[2] || Math.abs(n) > 2;
      return { kind: 'number', value: points ? n / 100 : n, shown: Math.max(0, decimalsOf(m[1]) - (points ? 0 : 2)) };
    }
    return { kind: 'invalid', text: v.v };
  }
  return { kind: 'invalid', text: cellText(v) };
}

/**
 * What a weight or score cell holds: blank (or a dash), a number ("10", "9.5分"), or something else (text, an
 * error value). The same shape as Amount, so no reader needs NaN and every check says which case it means.
 */
export type Points = Amount;

/** Points text: "10", "9.5分". */
function pointsFromText(f: string): number | null {
  const m = /^([-+]?\d+(?:\.\d+)?)分?$/.exec(f);
  return m ? Number(m[1]) : null;
}

export function readPoints(cell: Cell | undefined): Points {
  return readNumberCell(cell, pointsFromText);
}

/** The number a weight or score cell holds, or null (blank, or not a number). */
export function pointsValue(p: Points): number | null {
  return p.kind === 'number' ? p.value : null;
}

/** A weight that counts: a number above 0 (an item weighted 0 adds nothing to a total). */
export function weighs(p: Points): boolean {
  return (pointsValue(p) ?? 0) > 0;
}
