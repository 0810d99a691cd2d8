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
import { codeOf } from './errors';

/** Rows of 校验结果 written per operation: a request refused for its size can then be split between them. */
const ROWS_PER_OP = 100;

/**
 * 校验结果 as a list of operations (the flush sends them in as many requests as the size limit needs): the sheet and
 * its header, the rows in blocks with their links and fills, then the layout, the legend and the print setup.
 */
export function resultSheetOps(
  ctx: Excel.RequestContext,
  caps: Capabilities,
  plan: WritePlan,
  exists: boolean,
): Array<() => void> {
  const sheets = ctx.workbook.worksheets;
  const ws = () => sheets.getItem(RESULT_SHEET);
  const header = resultHeader(plan.lang);
  const rows = resultSheetRows(plan);
  const ops: Array<() => void> = [
    () => {
      if (exists) ws().delete(); // a visible sheet: deleting it is allowed
      const added = sheets.add(RESULT_SHEET);
      const head = added.getRangeByIndexes(0, 0, 1, header.length);
      head.numberFormat = [header.map(() => '@')];
      head.values = [header];
      head.format.font.bold = true;
    },
  ];
  for (let from = 0; from < rows.length; from += ROWS_PER_OP) {
    const part = rows.slice(from, from + ROWS_PER_OP);
    ops.push(() => {
      const rg = ws().getRangeByIndexes(from + 1, 0, part.length, header.length);
      // Text is written as text: a leading ' keeps Excel from reading "=…" typed by anyone as a formula.
      rg.numberFormat = part.map((r) =>
        r.values.map((v, j) => (typeof v === 'number' || (j === RESULT_COL.link && r.link) ? 'General' : '@')),
      );
      rg.values = part.map((r) => r.values);
      part.forEach((r, k) => {
        const row = from + 1 + k;
        ws().getRangeByIndexes(row, 0, 1, 1).format.rowHeight = resultRowHeight(r.values);
        if (r.link)
          ws().getRangeByIndexes(row, RESULT_COL.link, 1, 1).formulas = [
            ['=' + linkFormula(r.link.sheet, r.link.cell)],
          ];
        if (r.look) ws().getRangeByIndexes(row, RESULT_COL.severity, 1, 1).format.fill.color = FILL_COLOR[r.look];
      });
    });
  }
  ops.push(() => {
    const sheet = ws();
    const count = rows.length + 1;
    // Widths in points: about 7 points a character of the default font.
    RESULT_WIDTHS.forEach((w, c) => (sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * 7));
    for (const c of RESULT_WRAPPED) sheet.getRangeByIndexes(0, c, count, 1).format.wrapText = true;
    sheet.getRangeByIndexes(0, 0, count, header.length).format.verticalAlignment = 'Top' as Excel.VerticalAlignment.top;
    const legend = legendRows(plan.lang);
    const at = count + 1;
    const title = sheet.getRangeByIndexes(at, RESULT_COL.severity, 1, 1);
    title.values = [[legend.title]];
    title.format.font.bold = true;
    legend.items.forEach((item, k) => {
      const word = sheet.getRangeByIndexes(at + 1 + k, RESULT_COL.severity, 1, 1);
      word.values = [[item.word]];
      word.format.fill.color = FILL_COLOR[item.look];
      const text = sheet.getRangeByIndexes(at + 1 + k, RESULT_COL.message, 1, 1);
      text.values = [[item.text]];
      text.format.rowHeight = resultRowHeight(['', '', '', '', '', item.text]);
    });
    sheet.freezePanes.freezeRows(1);
    if (caps.pageLayout) {
      // Landscape, one page wide, header row on every page (ExcelApi 1.9, Worksheet.pageLayout).
      sheet.pageLayout.orientation = 'Landscape' as Excel.PageOrientation.landscape;
      sheet.pageLayout.zoom = { horizontalFitToPages: 1 };
      sheet.pageLayout.setPrintTitleRows('$1:$1');
    }
  });
  return ops;
}

/**
 * Writes the backup, in its own sync, before any cell changes. An existing backup sheet is very hidden and cannot be
 * deleted (Worksheet.delete fails with InvalidOperation on a VeryHidden sheet): its contents are cleared and
 * rewritten in place. A request refused for its size (Excel on the web: nothing of it ran) is sent again in halves.
 */
export async function saveBackup(
  ctx: Excel.RequestContext,
  backup: Backup<OfficeCell>,
  exists: boolean,
): Promise<void> {
  const rows = backupRows(backup);
  const sheets = ctx.workbook.worksheets;
  let created = exists;
  const send = async (from: number, to: number): Promise<void> => {
    const first = from === 0;
    const ws = created ? sheets.getItem(BACKUP_SHEET) : sheets.add(BACKUP_SHEET);
    if (first && exists) ws.getRange().clear('Contents' as Excel.ClearApplyTo.contents);
    const part = rows.slice(from, to);
    const rg = ws.getRangeByIndexes(from, 0, part.length, 3);
    rg.numberFormat = part.map((r) => r.map(() => '@'));
    rg.values = part;
    if (!created) ws.visibility = 'VeryHidden' as Excel.SheetVisibility.veryHidden;
    try {
      await ctx.sync();
      created = true;
    } catch (e) {
      if (codeOf(e) !== 'RequestPayloadSizeLimitExceeded' || to - from < 2) throw e;
      const mid = from + Math.ceil((to - from) / 2);
      await send(from, mid);
      await send(mid, to);
    }
  };
  await send(0, rows.length);
}

/** Removes the backup sheet: first made merely hidden, as Worksheet.delete requires, then deleted. */
export function deleteBackupSheet(ctx: Excel.RequestContext): void {
  const ws = ctx.workbook.worksheets.getItem(BACKUP_SHEET);
  ws.visibility = 'Hidden' as Excel.SheetVisibility.hidden;
  ws.delete();
}
