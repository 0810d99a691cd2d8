/**
 * Cell values as spreadsheet programs' object models give them (Excel's Office.js, WPS's ET): a value, a formula,
 * a number format — dates as a serial number under a date format — turned into the engine's cell, for every host.
 */
import { Cell, CellValue } from '../engine/grid';
import { portableCell } from '../engine/backup-portable';

/** Number formats that show a date (y/d codes outside quotes and brackets). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt || fmt === 'General') return false;
  const f = fmt
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[yd]/i.test(f) && !/^[#0.,%\s]*$/.test(f);
}

/** Excel serial date (1900 system) → yyyy-mm-dd. */
export function serialToIso(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * One cell as an object model gives it → the engine's cell, or undefined for an empty cell without a formula.
 * `formula` is without its "="; an error value comes with `isError` and its text (#DIV/0!) as `v`.
 */
export function toEngineCell(
  v: unknown,
  formula: string | undefined,
  fmt: string | undefined,
  isError: boolean,
): Cell | undefined {
  let value: CellValue;
  if (isError) value = { t: 'error', v: String(v) };
  else if (typeof v === 'boolean') value = { t: 'boolean', v };
  else if (typeof v === 'number') value = isDateFormat(fmt) ? { t: 'date', v: serialToIso(v) } : { t: 'number', v };
  else if (typeof v === 'string' && v !== '') value = { t: 'text', v };
  else if (formula) value = { t: 'empty' };
  else return undefined;
  const cell: Cell = { value };
  if (fmt && fmt !== 'General') cell.numFmt = fmt;
  if (formula) cell.formula = formula;
  return cell;
}

/** A cell as any host recorded it in the backup (engine/backup-portable.ts), as the engine reads it. */
export function cellFromBackup(value: unknown, numFmt: string | null): Cell | undefined {
  const c = portableCell(value);
  const formula = c.f && c.f.startsWith('=') ? c.f.slice(1) : undefined;
  return toEngineCell(c.v, formula, numFmt ?? undefined, false);
}
