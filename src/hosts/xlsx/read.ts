/** ExcelJS workbook → host-neutral grids (works in Node and in the browser). */
import ExcelJS from 'exceljs';
import { Cell, CellRange, CellValue, SheetGrid } from '../../engine/grid';
import { OWN_SHEETS } from '../../engine/own-sheets';

export { OWN_SHEETS };

function iso(d: Date): string {
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 10);
}

type Raw = ExcelJS.CellValue | undefined;

/** Converts an ExcelJS cell value (cached result for formulas) into the engine's typed value. */
export function toCellValue(v: Raw): { value: CellValue; formula?: string } {
  if (v === null || v === undefined) return { value: { t: 'empty' } };
  if (typeof v === 'number') return { value: Number.isFinite(v) ? { t: 'number', v } : { t: 'error', v: String(v) } };
  if (typeof v === 'string') return { value: v === '' ? { t: 'empty' } : { t: 'text', v } };
  if (typeof v === 'boolean') return { value: { t: 'boolean', v } };
  if (v instanceof Date) return { value: { t: 'date', v: iso(v) } };
  const o = v as unknown as Record<string, unknown>;
  if ('formula' in o || 'sharedFormula' in o) {
    const inner = toCellValue(o.result as Raw);
    return { value: inner.value, formula: String(o.formula ?? o.sharedFormula ?? '') };
  }
  if ('error' in o) return { value: { t: 'error', v: String(o.error) } };
  if (Array.isArray(o.richText)) {
    const t = (o.richText as Array<{ text?: string }>).map((x) => x.text ?? '').join('');
    return { value: t === '' ? { t: 'empty' } : { t: 'text', v: t } };
  }
  if ('text' in o) {
    const t = o.text;
    if (typeof t === 'string') return { value: t === '' ? { t: 'empty' } : { t: 'text', v: t } };
    return toCellValue(t as Raw);
  }
  return { value: { t: 'text', v: String(v) } };
}

/** Reads one worksheet into a SheetGrid. */
export function sheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const rows: Array<Array<Cell | undefined> | undefined> = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const out: Array<Cell | undefined> = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const { value, formula } = toCellValue(cell.value);
      if (value.t === 'empty' && !formula) return;
      const c: Cell = { value };
      const fmt = cell.numFmt;
      if (fmt && fmt !== 'General') c.numFmt = fmt;
      // A shared formula's copy holds only its master's address; ExcelJS gives the formula it stands for.
      if (formula) c.formula = cell.formula || formula;
      out[colNumber - 1] = c;
    });
    rows[rowNumber - 1] = out;
  });
  const merges: CellRange[] = [];
  // ExcelJS keeps merges in worksheet._merges (master address → Range with 1-based bounds).
  const m =
    (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })
      ._merges ?? {};
  for (const rg of Object.values(m)) {
    if (!rg) continue;
    merges.push({ top: rg.top - 1, left: rg.left - 1, bottom: rg.bottom - 1, right: rg.right - 1 });
  }
  return { name: ws.name, rows, merges };
}

/** Grids of every worksheet the user wrote (our own result and backup sheets left out). */
export function workbookToGrids(wb: ExcelJS.Workbook): SheetGrid[] {
  const grids: SheetGrid[] = [];
  wb.eachSheet((ws) => {
    if (OWN_SHEETS.includes(ws.name)) return;
    grids.push(sheetToGrid(ws));
  });
  return grids;
}
