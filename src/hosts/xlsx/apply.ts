/**
 * Applies an engine write plan to an ExcelJS workbook (domain §6): values, fills, notes, the 校验结果
 * sheet, and a very-hidden backup sheet holding every original cell so that `restore` is exact.
 */
import type ExcelJS from 'exceljs';
import { RESULT_SHEET, WritePlan } from '../../engine/writeplan';
import { recordWriteBack, touchedCells } from '../../engine/writeback';
import {
  BACKUP_SHEET,
  Backup,
  BackupEntry as Entry,
  backupRows,
  parseBackupRows,
  pruneBackup,
  stillHoldsWritten,
} from '../../engine/backup';
import {
  FILL_COLOR,
  RESULT_COL,
  RESULT_PRINT,
  RESULT_WIDTHS,
  RESULT_WRAPPED,
  legendRows,
  linkFormula,
  resultHeader,
  resultRowHeight,
  resultSheetRows,
} from '../../engine/resultsheet';
import type { MarkLook } from '../../engine/lang';
import { isOfficeCell, portableCell, portableFill } from '../../engine/backup-portable';

function fill(look: MarkLook): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + FILL_COLOR[look].slice(1) } };
}

/**
 * A value recorded by another host (Excel or WPS keep `{ v, f }`) as ExcelJS's; ExcelJS's own are kept as they are,
 * rich text and all (engine/backup-portable.ts).
 */
export function excelJsValue(x: unknown): ExcelJS.CellValue {
  if (!isOfficeCell(x)) return (x ?? null) as ExcelJS.CellValue;
  const c = portableCell(x);
  return c.f ? ({ formula: c.f.slice(1), result: c.v ?? undefined } as ExcelJS.CellValue) : c.v;
}

/** A fill recorded by another host (Office.js's `{ color, pattern }`) as ExcelJS's; undefined for no fill. */
function excelJsFill(x: unknown): ExcelJS.Fill | undefined {
  if (!x || typeof x !== 'object') return undefined;
  if (!('color' in x)) return x as ExcelJS.Fill;
  const p = portableFill(x);
  return p ? { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + p.color.slice(1) } } : undefined;
}

/** What the backup keeps of one cell; the value is ExcelJS's (formula objects included). */
export type BackupEntry = Entry<ExcelJS.CellValue | null>;

export function readBackup(wb: ExcelJS.Workbook): Backup<ExcelJS.CellValue | null> {
  const ws = wb.getWorksheet(BACKUP_SHEET);
  if (!ws) return new Map();
  const rows: unknown[][] = [];
  ws.eachRow((row) => rows.push([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value]));
  return parseBackupRows<ExcelJS.CellValue | null>(rows);
}

function writeBackup(wb: ExcelJS.Workbook, map: Backup<ExcelJS.CellValue | null>): void {
  const old = wb.getWorksheet(BACKUP_SHEET);
  if (old) wb.removeWorksheet(old.id);
  // Written even when empty: its presence tells `restore` that the 校验结果 sheet is ours to remove.
  const ws = wb.addWorksheet(BACKUP_SHEET, { state: 'veryHidden' });
  for (const row of backupRows(map)) ws.addRow(row);
}

/**
 * A shared formula (Excel writes a filled-down formula as one master and copies that name it) as a formula of its
 * own: ExcelJS refuses to write a copy whose master was overwritten ("Shared Formula master must exist"), so the
 * backup keeps, and a written master leaves behind, plain formulas that compute the same.
 */
function ownFormula(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const v = cell.value as unknown as Record<string, unknown> | null;
  if (!v || typeof v !== 'object' || !('sharedFormula' in v || 'shareType' in v)) return cell.value;
  return { formula: cell.formula, result: v.result } as ExcelJS.CellFormulaValue;
}

/** Before a shared formula's master is overwritten (by the caller, next), its copies get formulas of their own. */
function unshare(ws: ExcelJS.Worksheet, master: ExcelJS.Cell): void {
  const v = master.value as unknown as { shareType?: string; ref?: string } | null;
  if (!v || typeof v !== 'object' || v.shareType !== 'shared' || !v.ref) return;
  const [from, to = from] = v.ref.split(':').map((a) => ws.getCell(a));
  for (let r = Number(from.row); r <= Number(to.row); r++)
    for (let c = Number(from.col); c <= Number(to.col); c++) {
      const copy = ws.getCell(r, c);
      const cv = copy.value as unknown as { sharedFormula?: string } | null;
      if (cv && typeof cv === 'object' && cv.sharedFormula === master.address) copy.value = ownFormula(copy);
    }
}

function snapshot(ws: ExcelJS.Worksheet, address: string): BackupEntry {
  const cell = ws.getCell(address);
  return {
    sheet: ws.name,
    cell: address,
    value: ownFormula(cell) ?? null,
    numFmt: cell.style?.numFmt ?? null,
    fill: cell.style?.fill ?? null,
    note: (cell.note as unknown) ?? null,
    overwritten: false,
    marked: false,
  };
}

/** ExcelJS shares style objects between cells read from a file: copy before changing one cell. */
function ownStyle(cell: ExcelJS.Cell): Partial<ExcelJS.Style> {
  const s = { ...(cell.style ?? {}) };
  cell.style = s;
  return s;
}

function setNote(cell: ExcelJS.Cell, model: unknown): void {
  if (model === null || model === undefined) {
    // ExcelJS has no API to delete a note. A note read from a file also lives in the cell value's
    // model (cell.js: `model.comment`), so both places are cleared.
    const c = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
    c._comment = undefined;
    if (c._value?.model) delete c._value.model.comment;
  } else {
    cell.note = model as string | ExcelJS.Comment;
  }
}

export { linkFormula };

/** Puts a recorded fill and note back, whichever host recorded them. */
function restoreLook(st: Partial<ExcelJS.Style>, cell: ExcelJS.Cell, e: BackupEntry): void {
  const f = excelJsFill(e.fill);
  if (f) st.fill = f;
  else delete st.fill;
  setNote(cell, e.note); // a string from any host, or ExcelJS's own note
}

export interface ApplyResult {
  written: number;
  /** Cells coloured for a finding (written cells have a fill of their own and are not counted here). */
  marked: number;
  skippedFormulas: number;
  /** Computed values not written because the weights they rest on are inconsistent. */
  heldBack: number;
}

export function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan): ApplyResult {
  const backup = readBackup(wb);
  // The sequence every host follows (engine/writeback.ts): snapshot, record, lift old marks, write, mark.
  for (const [k, t] of touchedCells(plan, backup, (name) => !!wb.getWorksheet(name)))
    if (!backup.has(k)) backup.set(k, snapshot(wb.getWorksheet(t.sheet)!, t.cell));
  const { unmark } = recordWriteBack(backup, plan);
  for (const e of unmark) {
    const cell = wb.getWorksheet(e.sheet)!.getCell(e.cell);
    const st = ownStyle(cell);
    restoreLook(st, cell, e);
  }
  let written = 0;
  for (const w of plan.writes) {
    const ws = wb.getWorksheet(w.sheet);
    if (!ws) continue;
    const cell = ws.getCell(w.cell);
    if (cell.value === w.value && (cell.numFmt || 'General') === w.numFmt) continue; // already there (a repeated fix)
    unshare(ws, cell);
    cell.value = w.value;
    const st = ownStyle(cell);
    if (w.numFmt === 'General')
      delete st.numFmt; // ExcelJS writes no format for General
    else st.numFmt = w.numFmt;
    written++;
  }
  let marked = 0;
  for (const m of plan.marks) {
    const ws = wb.getWorksheet(m.sheet);
    if (!ws) continue;
    const cell = ws.getCell(m.cell);
    ownStyle(cell).fill = fill(m.look);
    cell.note = m.note;
    if (m.look !== 'written') marked++;
  }
  pruneBackup(backup);
  writeResultSheet(wb, plan);
  writeBackup(wb, backup);
  return { written, marked, skippedFormulas: plan.skipped.length, heldBack: plan.held.length };
}

function writeResultSheet(wb: ExcelJS.Workbook, plan: WritePlan): void {
  const old = wb.getWorksheet(RESULT_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(RESULT_SHEET, {
    pageSetup: {
      orientation: RESULT_PRINT.orientation,
      fitToPage: true,
      fitToWidth: RESULT_PRINT.fitToWidth,
      fitToHeight: RESULT_PRINT.fitToHeight,
      paperSize: 9, // A4
      printTitlesRow: RESULT_PRINT.titleRows,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    },
  });
  ws.columns = resultHeader(plan.lang).map((header, i) => ({ header, width: RESULT_WIDTHS[i] }));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  RESULT_WIDTHS.forEach(
    (_w, c) => (ws.getColumn(c + 1).alignment = { vertical: 'top', wrapText: RESULT_WRAPPED.includes(c) }),
  );
  const rows = resultSheetRows(plan);
  for (const r of rows) {
    const row = ws.addRow(r.values);
    row.height = resultRowHeight(r.values);
    if (r.link) {
      const c = row.getCell(RESULT_COL.link + 1);
      c.value = { formula: linkFormula(r.link.sheet, r.link.cell), result: r.link.cell };
      c.font = { color: { argb: 'FF0563C1' }, underline: true };
    }
    if (r.look) row.getCell(RESULT_COL.severity + 1).fill = fill(r.look);
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: rows.length + 1, column: RESULT_WIDTHS.length } };
  const legend = legendRows(plan.lang);
  ws.addRow([]);
  const title = ws.addRow([]).getCell(RESULT_COL.severity + 1);
  title.value = legend.title;
  title.font = { bold: true };
  for (const item of legend.items) {
    const row = ws.addRow([]);
    row.getCell(RESULT_COL.severity + 1).value = item.word;
    row.getCell(RESULT_COL.severity + 1).fill = fill(item.look);
    row.getCell(RESULT_COL.message + 1).value = item.text;
    row.height = resultRowHeight(['', '', '', '', '', item.text]);
  }
}

/** True when the cell still holds what selfeval wrote (the user has not changed it since). */
export function stillWritten(wb: ExcelJS.Workbook, e: BackupEntry): boolean {
  return stillHoldsWritten(e, wb.getWorksheet(e.sheet)?.getCell(e.cell).value);
}

/**
 * Puts every cell recorded in the backup back as it was, and removes selfeval's sheets. A written
 * cell the user has changed since is left as the user made it, and named in `kept`.
 */
export function restoreWorkbook(wb: ExcelJS.Workbook): { restored: number; kept: string[] } {
  const backup = readBackup(wb);
  let restored = 0;
  const kept: string[] = [];
  for (const e of backup.values()) {
    const ws = wb.getWorksheet(e.sheet);
    if (!ws) continue;
    const cell = ws.getCell(e.cell);
    const st = ownStyle(cell);
    if (e.overwritten) {
      if (stillWritten(wb, e)) {
        cell.value = excelJsValue(e.value);
        if (e.numFmt) st.numFmt = e.numFmt;
        else delete st.numFmt;
      } else kept.push(`${e.sheet}!${e.cell}`);
    }
    restoreLook(st, cell, e);
    restored++;
  }
  for (const name of [RESULT_SHEET, BACKUP_SHEET]) {
    const ws = wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  return { restored, kept };
}

export function hasBackup(wb: ExcelJS.Workbook): boolean {
  return !!wb.getWorksheet(BACKUP_SHEET);
}
