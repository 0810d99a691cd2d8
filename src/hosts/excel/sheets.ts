/** selfeval's own sheets in Excel: 校验结果 (visible, rebuilt each time) and the very-hidden backup. */
import { WritePlan } from '../../engine';
import { BACKUP_SHEET, Backup, backupRows } from '../../engine/backup';
import {
  FILL_COLOR,
  RESULT_COL,
  RESULT_SHEET,
  RESULT_WIDTHS,
  RESULT_WRAPPED,
  legendRows,
  linkFormula,
  resultHeader,
  resultRowHeight,
  resultSheetRows,
} from '../../engine/resultsheet';
import { Capabilities } from './capabilities';
import { OfficeCell } from './convert';

/** Replaces 校验结果 with the plan's rows, links, fills, legend and print setup. */
export function writeResultSheet(
  ctx: Excel.RequestContext,
  caps: Capabilities,
  plan: WritePlan,
  exists: boolean,
): void {
  const sheets = ctx.workbook.worksheets;
  if (exists) sheets.getItem(RESULT_SHEET).delete(); // a visible sheet: deleting it is allowed
  const ws = sheets.add(RESULT_SHEET);
  const header = resultHeader(plan.lang);
  const rows = resultSheetRows(plan);
  const values: Array<Array<string | number>> = [header, ...rows.map((r) => r.values)];
  const all = ws.getRangeByIndexes(0, 0, values.length, header.length);
  // Text is written as text: a leading ' keeps Excel from reading "=…" typed by anyone as a formula.
  all.numberFormat = values.map((row, i) =>
    row.map((v, j) => (typeof v === 'number' || (j === RESULT_COL.link && rows[i - 1]?.link) ? 'General' : '@')),
  );
  all.values = values;
  rows.forEach((r, i) => {
    ws.getRangeByIndexes(i + 1, 0, 1, 1).format.rowHeight = resultRowHeight(r.values);
    if (r.link)
      ws.getRangeByIndexes(i + 1, RESULT_COL.link, 1, 1).formulas = [['=' + linkFormula(r.link.sheet, r.link.cell)]];
    if (r.look) ws.getRangeByIndexes(i + 1, RESULT_COL.severity, 1, 1).format.fill.color = FILL_COLOR[r.look];
  });
  ws.getRangeByIndexes(0, 0, 1, header.length).format.font.bold = true;
  // Widths in points: about 7 points a character of the default font.
  RESULT_WIDTHS.forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * 7));
  for (const c of RESULT_WRAPPED) ws.getRangeByIndexes(0, c, values.length, 1).format.wrapText = true;
  all.format.verticalAlignment = 'Top' as Excel.VerticalAlignment.top;
  const legend = legendRows(plan.lang);
  const at = values.length + 1;
  const title = ws.getRangeByIndexes(at, RESULT_COL.severity, 1, 1);
  title.values = [[legend.title]];
  title.format.font.bold = true;
  legend.items.forEach((item, k) => {
    const word = ws.getRangeByIndexes(at + 1 + k, RESULT_COL.severity, 1, 1);
    word.values = [[item.word]];
    word.format.fill.color = FILL_COLOR[item.look];
    const text = ws.getRangeByIndexes(at + 1 + k, RESULT_COL.message, 1, 1);
    text.values = [[item.text]];
    text.format.rowHeight = resultRowHeight(['', '', '', '', '', item.text]);
  });
  ws.freezePanes.freezeRows(1);
  if (caps.pageLayout) {
    // Landscape, one page wide, header row on every page (ExcelApi 1.9, Worksheet.pageLayout).
    ws.pageLayout.orientation = 'Landscape' as Excel.PageOrientation.landscape;
    ws.pageLayout.zoom = { horizontalFitToPages: 1 };
    ws.pageLayout.setPrintTitleRows('$1:$1');
  }
}

/**
 * Writes the backup. An existing backup sheet is very hidden and cannot be deleted (Worksheet.delete fails with
 * InvalidOperation on a VeryHidden sheet): its contents are cleared and rewritten in place.
 */
export function writeBackupSheet(ctx: Excel.RequestContext, backup: Backup<OfficeCell>, exists: boolean): void {
  const sheets = ctx.workbook.worksheets;
  const ws = exists ? sheets.getItem(BACKUP_SHEET) : sheets.add(BACKUP_SHEET);
  if (exists) ws.getRange().clear('Contents' as Excel.ClearApplyTo.contents);
  const rows = backupRows(backup);
  const rg = ws.getRangeByIndexes(0, 0, rows.length, 3);
  rg.numberFormat = rows.map((r) => r.map(() => '@'));
  rg.values = rows;
  if (!exists) ws.visibility = 'VeryHidden' as Excel.SheetVisibility.veryHidden;
}

/** Removes the backup sheet: first made merely hidden, as Worksheet.delete requires, then deleted. */
export function deleteBackupSheet(ctx: Excel.RequestContext): void {
  const ws = ctx.workbook.worksheets.getItem(BACKUP_SHEET);
  ws.visibility = 'Hidden' as Excel.SheetVisibility.hidden;
  ws.delete();
}
