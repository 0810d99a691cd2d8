/**
 * selfeval's own sheets in WPS: the backup (very hidden, Visible = 2) and 校验结果 (visible, rebuilt each time).
 * Sheets.Add makes the new sheet the active one (WPS's Sheets.Add page): the caller puts the user's sheet back.
 */
import type { WritePlan } from '../../engine';
import { BACKUP_SHEET, Backup, backupRows, parseBackupRows } from '../../engine/backup';
import * as result from '../../engine/resultsheet';
import { addr } from '../../engine/grid';
import {
  EtApplication,
  EtWorkbook,
  EtWorksheet,
  XL_LANDSCAPE,
  XL_SHEET_HIDDEN,
  XL_SHEET_VISIBLE,
  XL_SHEET_VERY_HIDDEN,
  XL_TOP,
} from './et';
import { bgrOf } from './cells';
import { rowsOf, sheetNamed, sheetsOf } from './read';

/** Rows written per call. */
const ROWS_PER_CALL = 200;

const block = (top: number, left: number, rows: number, cols: number): string =>
  `${addr(top, left)}:${addr(top + rows - 1, left + cols - 1)}`;

/** A new sheet of that name after the last one (alerts must be off: it may have to be deleted again). */
function addSheet(book: EtWorkbook, name: string): EtWorksheet {
  const all = sheetsOf(book);
  const ws = book.Sheets.Add(null, all[all.length - 1]);
  try {
    ws.Name = name;
  } catch (e) {
    ws.Delete(); // a sheet left as "Sheet1" would be neither the user's nor found again as selfeval's
    throw e;
  }
  return ws;
}

/** The backup's rows, or an empty backup when there is none. */
export function readBackup(book: EtWorkbook): Backup<unknown> {
  const ws = sheetNamed(book, BACKUP_SHEET);
  if (!ws) return new Map();
  const used = ws.UsedRange;
  const rows = rowsOf(used.Value2, used.Rows.Count, used.Columns.Count);
  // The used range starts at the first used cell; the backup is written from A1, so its rows are whole.
  return parseBackupRows(rows);
}

/**
 * Writes the backup before any cell changes (WPS has no batch to roll back): an existing backup sheet is
 * cleared and rewritten in place; a new one is made very hidden before anything is written to it.
 */
export function saveBackup(book: EtWorkbook, backup: Backup<unknown>): void {
  let ws = sheetNamed(book, BACKUP_SHEET);
  if (ws) ws.UsedRange.ClearContents();
  else {
    ws = addSheet(book, BACKUP_SHEET);
    ws.Visible = XL_SHEET_VERY_HIDDEN;
  }
  const rows = backupRows(backup);
  for (let from = 0; from < rows.length; from += ROWS_PER_CALL) {
    const part = rows.slice(from, from + ROWS_PER_CALL);
    const rg = ws.Range(block(from, 0, part.length, 3));
    rg.NumberFormat = '@'; // text stays text: a sheet named "2023" or "=…" is not entered as a number or formula
    rg.Value2 = part;
  }
}

/** Makes the user's sheet active again (Sheets.Add activated selfeval's); a sheet gone or hidden is left alone. */
export function reactivate(book: EtWorkbook, name: string): void {
  const ws = sheetNamed(book, name);
  if (ws && ws.Visible === XL_SHEET_VISIBLE) ws.Activate();
}

/** Removes selfeval's sheets (the backup made merely hidden first, as Excel requires). Alerts must be off. */
export function removeOwnSheets(book: EtWorkbook): void {
  sheetNamed(book, result.RESULT_SHEET)?.Delete();
  const backup = sheetNamed(book, BACKUP_SHEET);
  if (backup) {
    backup.Visible = XL_SHEET_HIDDEN;
    backup.Delete();
  }
}

/** 校验结果, rebuilt: the same rows, links, fills, widths, legend and print setup as every host writes. */
export function writeResultSheet(app: EtApplication, book: EtWorkbook, plan: WritePlan): void {
  sheetNamed(book, result.RESULT_SHEET)?.Delete();
  const ws = addSheet(book, result.RESULT_SHEET);
  // The new sheet is the active one (Sheets.Add): its header row is frozen through the active window.
  const win = app.ActiveWindow;
  win.SplitColumn = 0;
  win.SplitRow = 1;
  win.FreezePanes = true;
  const header = result.resultHeader(plan.lang);
  const cols = header.length;
  const head = ws.Range(block(0, 0, 1, cols));
  head.NumberFormat = '@';
  head.Value2 = [header];
  head.Font.Bold = true;
  const rows = result.resultSheetRows(plan);
  for (let from = 0; from < rows.length; from += ROWS_PER_CALL) {
    const part = rows.slice(from, from + ROWS_PER_CALL);
    const top = from + 1;
    // Text is written as text (a leading "=" in a message is not a formula); 序号 is a number.
    ws.Range(block(top, 1, part.length, cols - 1)).NumberFormat = '@';
    ws.Range(block(top, 0, part.length, cols)).Value2 = part.map((r) => r.values);
    part.forEach((r, k) => {
      const row = top + k;
      ws.Range(addr(row, 0)).RowHeight = result.resultRowHeight(r.values);
      if (r.link) {
        const link = ws.Range(addr(row, result.RESULT_COL.link));
        link.NumberFormat = 'General';
        link.Formula = '=' + result.linkFormula(r.link.sheet, r.link.cell);
      }
      if (r.look) ws.Range(addr(row, result.RESULT_COL.severity)).Interior.Color = bgrOf(result.FILL_COLOR[r.look]);
    });
  }
  const count = rows.length + 1;
  result.RESULT_WIDTHS.forEach((w, c) => (ws.Range(addr(0, c)).ColumnWidth = w));
  for (const c of result.RESULT_WRAPPED) ws.Range(block(0, c, count, 1)).WrapText = true;
  ws.Range(block(0, 0, count, cols)).VerticalAlignment = XL_TOP;
  const legend = result.legendRows(plan.lang);
  const at = count + 1;
  const title = ws.Range(addr(at, result.RESULT_COL.severity));
  title.Value2 = legend.title;
  title.Font.Bold = true;
  legend.items.forEach((item, k) => {
    const word = ws.Range(addr(at + 1 + k, result.RESULT_COL.severity));
    word.Value2 = item.word;
    word.Interior.Color = bgrOf(result.FILL_COLOR[item.look]);
    const text = ws.Range(addr(at + 1 + k, result.RESULT_COL.message));
    text.NumberFormat = '@';
    text.Value2 = item.text;
    text.RowHeight = result.resultRowHeight(['', '', '', '', '', item.text]);
  });
  const page = ws.PageSetup;
  page.Orientation = XL_LANDSCAPE;
  page.Zoom = false; // FitToPages decide
  page.FitToPagesWide = result.RESULT_PRINT.fitToWidth;
  page.FitToPagesTall = false;
  page.PrintTitleRows = '$1:$1';
}
