/** The batch summary as an .xlsx workbook (frozen header, filters, fills for grades and errors) or a CSV. */
import ExcelJS from 'exceljs';
import { SummaryFile, summaryCsv, summarySheets } from '../../engine/batch-summary';
import type { Lang } from '../../engine/lang';
import { sanitizeText } from '../../engine/text-safety';

const GRADE_FILL: Record<string, string> = { 优: 'FFC6EFCE', 良: 'FFE2EFDA', 中: 'FFFFEB9C', 差: 'FFFFC7CE' };
const RED = 'FFFFC7CE';
const WIDTHS = [
  [36, 16, 12, 30, 10, 10, 8, 8, 8, 40, 10],
  [40, 10, 8, 8, 8, 60],
];

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

export async function summaryXlsx(files: SummaryFile[], lang: Lang): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  summarySheets(files, lang).forEach((sheet, k) => {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.header.map((header, i) => ({ header, width: WIDTHS[k][i] }));
    ws.getRow(1).font = { bold: true };
    sheet.rows.forEach((r, i) => {
      const row = ws.addRow(r.map((v) => (typeof v === 'string' ? sanitizeText(v, 500) : v)));
      if (k === 0) {
        const grade = sheet.grades?.[i];
        if (grade && GRADE_FILL[grade]) row.getCell(7).fill = solid(GRADE_FILL[grade]);
        if ((r[7] as number) > 0) row.getCell(8).fill = solid(RED);
      } else {
        if ((r[3] as number) > 0) row.getCell(4).fill = solid(RED);
        if (r[5]) row.getCell(2).fill = solid(RED);
      }
    });
    ws.autoFilter = {
      from: { row: 1, column: 1 },
      to: { row: Math.max(1, sheet.rows.length + 1), column: sheet.header.length },
    };
  });
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export { summaryCsv };
