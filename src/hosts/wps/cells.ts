/**
 * One cell in WPS: what the backup records of it, and putting a value, fill or comment on it. The backup keeps
 * the form Office.js uses ({ v, f }, { color, pattern }, note text), so Excel and the CLI can restore it too.
 */
import type { BackupEntry } from '../../engine/backup';
import { portableCell, portableFill, portableNote } from '../../engine/backup-portable';
import { EtRange, EtWorksheet, XL_NONE, XL_SOLID } from './et';
import { errorOf, isEmpty } from './read';

export interface WpsCell {
  v: string | number | boolean | null;
  f: string | null;
}

/**
 * A fill in Office.js's form, so that Excel restores it too: Office.js's pattern names for the two patterns selfeval
 * tells apart (any other kept by its number), and tintAndShade null for no fill — the one sign Office.js has of it,
 * since no fill and a white fill both read #FFFFFF there (engine/backup-portable.ts).
 */
export interface WpsFill {
  color: string;
  pattern: string;
  tintAndShade: number | null;
}

/** Interior.Color is RGB(r, g, b) = r + 256·g + 65536·b, i.e. 0xBBGGRR. */
export function bgrOf(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

export function hexOf(bgr: number): string {
  const rgb = ((bgr & 0xff) << 16) | (bgr & 0xff00) | ((bgr >> 16) & 0xff);
  return '#' + rgb.toString(16).padStart(6, '0').toUpperCase();
}

/** A one-cell Value2 or Formula as a scalar, however WPS wraps it. */
export const scalar = (v: unknown): unknown => (Array.isArray(v) ? scalar(v[0]) : v);

/** Everything the backup keeps of one cell, as it is now. */
export function snapshot(ws: EtWorksheet, sheet: string, cell: string): BackupEntry<WpsCell> {
  const rg = ws.Range(cell);
  const raw = scalar(rg.Value2);
  const error = errorOf(raw, () => rg.Text);
  const v = error ?? (isEmpty(raw) ? null : (raw as WpsCell['v']));
  const f = scalar(rg.Formula);
  const pattern = rg.Interior.Pattern;
  const fill: WpsFill = {
    color: hexOf(rg.Interior.Color),
    pattern: pattern === XL_NONE ? 'None' : pattern === XL_SOLID ? 'Solid' : String(pattern),
    tintAndShade: pattern === XL_NONE ? null : 0,
  };
  const comment = rg.Comment;
  return {
    sheet,
    cell,
    value: { v, f: typeof f === 'string' && f.startsWith('=') && f !== v ? f : null },
    numFmt: String(rg.NumberFormat || 'General'),
    fill,
    note: comment ? comment.Text() : null,
    overwritten: false,
    marked: false,
  };
}

/**
 * Puts a recorded value back, whichever host recorded it. Text is entered under the Text format first, so that
 * "95" or "=100%" typed as text by the user stays text, then the cell gets its own format back.
 */
export function restoreValue(rg: EtRange, value: unknown, numFmt: string | null): void {
  const c = portableCell(value);
  if (c.f) rg.Formula = c.f;
  else if (typeof c.v === 'string') {
    rg.NumberFormat = '@';
    rg.Value2 = c.v;
  } else rg.Value2 = c.v ?? '';
  rg.NumberFormat = numFmt || 'General';
}

/** Puts a recorded fill back (no fill is cleared: a white fill is not "no fill"). */
export function restoreFill(rg: EtRange, fill: unknown): void {
  const p = portableFill(fill);
  if (p) rg.Interior.Color = bgrOf(p.color);
  else rg.Interior.Pattern = XL_NONE;
}

/** Sets (text) or removes (null) the cell's comment; AddComment fails on a cell that has one, so it is cleared first. */
export function setComment(rg: EtRange, text: string | null): void {
  if (rg.Comment) rg.ClearComments();
  if (text !== null) rg.AddComment(text);
}

/** Fill and comment as recorded. */
export function restoreLook(rg: EtRange, e: BackupEntry<unknown>): void {
  restoreFill(rg, e.fill);
  setComment(rg, portableNote(e.note));
}
