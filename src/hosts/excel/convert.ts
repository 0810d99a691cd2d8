/** Office.js values ↔ the engine's cells, and A1 addresses as Office.js writes them. */
import { Cell, SheetGrid, parseAddr } from '../../engine';
import { quoteSheet } from '../../engine/own-sheets';
import { cellFromBackup, isDateFormat, serialToIso, toEngineCell } from '../cell-values';
import { isNoOfficeFill, portableFill } from '../../engine/backup-portable';

export { cellFromBackup, isDateFormat, serialToIso };

/** A cell as the backup keeps it: the value and, when it holds one, the formula. */
export interface OfficeCell {
  v: string | number | boolean | null;
  f: string | null;
}

/**
 * A fill as Office.js describes it. "No fill" reads back as color #FFFFFF, like a white fill (office-js issues
 * 4900 and 6218); only tintAndShade tells them apart: null for no fill, a number for a fill (ExcelApi 1.9).
 */
export interface OfficeFill {
  color: string | null;
  pattern: string | null;
  /** null: no fill; undefined: not read (Excel older than 1.9, or a backup written by an earlier version). */
  tintAndShade?: number | null;
}

/** True when the fill recorded in a backup is "no fill" (engine/backup-portable.ts). */
export { isNoOfficeFill as isNoFill };

/** A fill recorded by any host (ExcelJS's form from the CLI included) as Office.js's; null for no fill. */
export function officeFillOf(x: unknown): OfficeFill | null {
  if (x && typeof x === 'object' && 'color' in x) return x as OfficeFill;
  const p = portableFill(x);
  return p ? { color: p.color, pattern: 'Solid', tintAndShade: 0 } : null;
}

/** One Office.js cell (value, formula, number format, value type) → the engine's cell. */
export function officeToCell(
  v: unknown,
  f: unknown,
  fmt: string | undefined,
  type: string | undefined,
): Cell | undefined {
  const formula = typeof f === 'string' && f.startsWith('=') ? f.slice(1) : undefined;
  return toEngineCell(v, formula, fmt, type === 'Error');
}

/** The part after the last "!" of an A1 address ("'S 1'!A1:B2" → "A1:B2"). */
export function localAddress(address: string): string {
  const i = address.lastIndexOf('!');
  return i >= 0 ? address.slice(i + 1) : address;
}

/** A sheet-qualified address for Office.js ("'It''s'!A1"). */
export function qualified(sheet: string, cell: string): string {
  return `${quoteSheet(sheet)}!${cell}`;
}

/** The rectangles of a RangeAreas address ("'S'!A1:B2, 'S'!D4" → rectangles), zero-based. */
export function areasOf(
  address: string | null | undefined,
): Array<{ top: number; left: number; bottom: number; right: number }> {
  if (!address) return [];
  const out = [];
  // Sheet names may hold commas inside quotes: split on commas outside quotes.
  for (const part of address.match(/(?:'(?:[^']|'')*'|[^,])+/g) ?? []) {
    const [a, b] = localAddress(part.trim()).split(':');
    const s = parseAddr(a.replace(/\$/g, ''));
    const e = parseAddr((b ?? a).replace(/\$/g, ''));
    if (s && e) out.push({ top: s.r, left: s.c, bottom: e.r, right: e.c });
  }
  return out;
}

/** The values, formulas, number formats and value types of a block of a used range. */
export interface UsedData {
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: unknown[][];
}

/** Builds a grid from the blocks read of a sheet and its merged areas. */
export function toGrid(
  name: string,
  blocks: UsedData[],
  merges: Array<{ top: number; left: number; bottom: number; right: number }>,
): SheetGrid {
  const rows: Array<Array<Cell | undefined> | undefined> = [];
  for (const b of blocks)
    b.values.forEach((row, i) => {
      const out: Array<Cell | undefined> = rows[b.rowIndex + i] ?? [];
      row.forEach((v, j) => {
        const cell = officeToCell(v, b.formulas[i][j], b.numberFormat[i][j] as string, b.valueTypes[i][j] as string);
        if (cell) out[b.columnIndex + j] = cell;
      });
      rows[b.rowIndex + i] = out;
    });
  return { name, rows, merges };
}
