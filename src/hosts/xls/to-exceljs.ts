/** A workbook read from .xls (plain data from the isolated reader) as an ExcelJS workbook, so the rest is as for .xlsx. */
import ExcelJS from 'exceljs';
import { UserError } from '../../engine/errors';
import type { PlainWorkbook } from './extract';

/** How one reads .xls bytes into plain data: in a vm context (CLI) or a Web Worker (page). */
export type XlsReader = (bytes: Uint8Array) => Promise<PlainWorkbook>;

export function plainToExcelJs(plain: PlainWorkbook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const used = new Set<string>();
  for (const s of plain.sheets) {
    // Excel's own limits on sheet names (31 characters, no []:*?/\) and unique names.
    let name =
      String(s.name)
        .replace(/[[\]:*?/\\]/g, '_')
        .slice(0, 31) || 'Sheet';
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${String(s.name).slice(0, 27)} (${n})`;
    used.add(name.toLowerCase());
    const ws = wb.addWorksheet(name, { state: s.hidden === 2 ? 'veryHidden' : s.hidden === 1 ? 'hidden' : 'visible' });
    for (const [address, type, v, f, z] of s.cells) {
      if (!/^[A-Z]{1,3}[0-9]{1,7}$/.test(address)) continue;
      const cell = ws.getCell(address);
      const value: ExcelJS.CellValue =
        type === 'e'
          ? ({ error: String(v) } as ExcelJS.CellErrorValue)
          : type === 'n' || type === 'b' || type === 's'
            ? (v as number | boolean | string)
            : v === undefined || v === null
              ? null
              : String(v);
      cell.value = f ? ({ formula: f, result: value } as ExcelJS.CellFormulaValue) : value;
      if (z && z !== 'General') cell.numFmt = z;
    }
    for (const [r0, c0, r1, c1] of s.merges) {
      try {
        ws.mergeCells(r0 + 1, c0 + 1, r1 + 1, c1 + 1);
      } catch {
        // overlapping merges in a damaged file: the first one stands
      }
    }
    s.widths.forEach((w, i) => {
      if (typeof w === 'number' && w > 0) ws.getColumn(i + 1).width = w;
    });
  }
  if (wb.worksheets.length === 0) throw new UserError('.xls 文件中没有工作表', 'The .xls file has no sheets');
  return wb;
}

/** A broken .xls in one line; the parser's own words (technical) only where they help: a time-out. */
export function xlsError(detail: string): UserError {
  const timedOut = /timed out/i.test(detail);
  return new UserError(
    `旧版 .xls 文件${timedOut ? '读取超时（可能已损坏）' : '已损坏或无法读取'}：请在 Excel 或 WPS 中打开后另存为 .xlsx 再检查`,
    `The old .xls file ${timedOut ? 'took too long to read (it may be damaged)' : 'is damaged or cannot be read'}: open it in Excel or WPS and save it as .xlsx`,
  );
}
