/**
 * Applies an engine write plan to an ExcelJS workbook (SPEC §6): values, fills, notes, the 校验结果
 * sheet, and a very-hidden backup sheet holding every original cell so that `restore` is exact.
 */
import type ExcelJS from 'exceljs';
import { BACKUP_SHEET, RESULT_SHEET, WritePlan, sanitizeText } from '../../engine/writeplan';

const FILL = {
  error: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFC7CE' } },
  warning: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFEB9C' } },
} as const;

const SEVERITY_WORD = { error: '错误', warning: '警告', info: '提示' } as const;

/** What the backup keeps of one cell, as it was before selfeval first touched it. */
export interface BackupEntry {
  sheet: string;
  cell: string;
  /** The ExcelJS value, dates as {"$date": iso}. */
  value: unknown;
  numFmt: string | null;
  fill: unknown;
  note: unknown;
  overwritten: boolean;
  /** The number selfeval wrote, to tell whether the user changed the cell since. */
  written?: number;
  marked: boolean;
}

const BACKUP_HEADER = ['sheet', 'cell', 'entry (JSON)'];

function decode(s: string): unknown {
  return JSON.parse(s, (_k, x) => {
    if (x && typeof x === 'object' && typeof (x as { $date?: unknown }).$date === 'string' && Object.keys(x).length === 1)
      return new Date((x as { $date: string }).$date);
    return x;
  });
}

// JSON.stringify calls Date.toJSON before any replacer sees the Date, so dates are tagged beforehand.
function prepare(v: unknown): unknown {
  if (v instanceof Date) return { $date: v.toISOString() };
  if (Array.isArray(v)) return v.map(prepare);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, prepare(x)]));
  return v;
}

export function readBackup(wb: ExcelJS.Workbook): Map<string, BackupEntry> {
  const map = new Map<string, BackupEntry>();
  const ws = wb.getWorksheet(BACKUP_SHEET);
  if (!ws) return map;
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const json = row.getCell(3).value;
    if (typeof json !== 'string') return;
    const e = decode(json) as BackupEntry;
    map.set(e.sheet + '!' + e.cell, e);
  });
  return map;
}

function writeBackup(wb: ExcelJS.Workbook, map: Map<string, BackupEntry>): void {
  const old = wb.getWorksheet(BACKUP_SHEET);
  if (old) wb.removeWorksheet(old.id);
  // Written even when empty: its presence tells `restore` that the 校验结果 sheet is ours to remove.
  const ws = wb.addWorksheet(BACKUP_SHEET, { state: 'veryHidden' });
  ws.addRow(BACKUP_HEADER);
  for (const e of map.values()) ws.addRow([e.sheet, e.cell, JSON.stringify(prepare(e))]);
}

function snapshot(ws: ExcelJS.Worksheet, address: string): BackupEntry {
  const cell = ws.getCell(address);
  return {
    sheet: ws.name,
    cell: address,
    value: cell.value ?? null,
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

function resetMarks(wb: ExcelJS.Workbook, map: Map<string, BackupEntry>): void {
  for (const e of map.values()) {
    if (!e.marked) continue;
    const ws = wb.getWorksheet(e.sheet);
    if (!ws) continue;
    const cell = ws.getCell(e.cell);
    const st = ownStyle(cell);
    if (e.fill) st.fill = e.fill as ExcelJS.Fill;
    else delete st.fill;
    setNote(cell, e.note);
    e.marked = false;
  }
}

/** The HYPERLINK formula to a cell, with the sheet name quoted for Excel and LibreOffice. */
export function linkFormula(sheet: string, cell: string): string {
  const ref = `'${sheet.replace(/'/g, "''")}'!${cell}`;
  return `HYPERLINK("#${ref.replace(/"/g, '""')}","${cell}")`;
}

export interface ApplyResult {
  written: number;
  marked: number;
  skippedFormulas: number;
}

export function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan): ApplyResult {
  const backup = readBackup(wb);
  resetMarks(wb, backup);
  const entry = (ws: ExcelJS.Worksheet, address: string): BackupEntry => {
    const key = ws.name + '!' + address;
    let e = backup.get(key);
    if (!e) {
      e = snapshot(ws, address);
      backup.set(key, e);
    }
    return e;
  };
  let written = 0;
  for (const w of plan.writes) {
    const ws = wb.getWorksheet(w.sheet);
    if (!ws) continue;
    const e = entry(ws, w.cell);
    e.overwritten = true;
    e.written = w.value;
    const cell = ws.getCell(w.cell);
    if (cell.value === w.value && cell.numFmt === w.numFmt) continue; // already there (a repeated fix)
    cell.value = w.value;
    ownStyle(cell).numFmt = w.numFmt;
    written++;
  }
  let marked = 0;
  for (const m of plan.marks) {
    const ws = wb.getWorksheet(m.sheet);
    if (!ws) continue;
    const e = entry(ws, m.cell);
    e.marked = true;
    const cell = ws.getCell(m.cell);
    ownStyle(cell).fill = FILL[m.severity] as unknown as ExcelJS.Fill;
    cell.note = m.note;
    marked++;
  }
  // Drop entries that no longer record anything (a mark that went away on a later run).
  for (const [k, e] of backup) if (!e.overwritten && !e.marked) backup.delete(k);
  writeResultSheet(wb, plan);
  writeBackup(wb, backup);
  return { written, marked, skippedFormulas: plan.skipped.length };
}

function writeResultSheet(wb: ExcelJS.Workbook, plan: WritePlan): void {
  const old = wb.getWorksheet(RESULT_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(RESULT_SHEET);
  ws.columns = [
    { header: '序号', width: 6 },
    { header: '工作表', width: 16 },
    { header: '表格', width: 24 },
    { header: '单元格', width: 9 },
    { header: '级别', width: 7 },
    { header: '代码', width: 30 },
    { header: '说明', width: 80 },
  ];
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  plan.results.forEach((r, k) => {
    const row = ws.addRow([k + 1, sanitizeText(r.sheet, 100), r.table, null, SEVERITY_WORD[r.severity], r.code, r.message]);
    row.getCell(4).value = { formula: linkFormula(r.sheet, r.cell), result: r.cell };
    row.getCell(4).font = { color: { argb: 'FF0563C1' }, underline: true };
    if (r.severity !== 'info') row.getCell(5).fill = FILL[r.severity] as unknown as ExcelJS.Fill;
  });
  for (const s of plan.skipped)
    ws.addRow([
      ws.rowCount,
      sanitizeText(s.sheet, 100),
      '',
      s.cell,
      '提示',
      'FORMULA_KEPT',
      sanitizeText(`单元格含公式“=${s.formula}”，未写入计算值${s.value}（如需覆盖公式，请使用 --overwrite-formulas）`),
    ]);
  if (plan.results.length === 0 && plan.skipped.length === 0) ws.addRow(['', '', '', '', '', '', '未发现问题']);
}

/** True when the cell still holds what selfeval wrote (the user has not changed it since). */
export function stillWritten(wb: ExcelJS.Workbook, e: BackupEntry): boolean {
  const v = wb.getWorksheet(e.sheet)?.getCell(e.cell).value;
  return e.overwritten && typeof v === 'number' && v === e.written;
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
        cell.value = e.value as ExcelJS.CellValue;
        if (e.numFmt) st.numFmt = e.numFmt;
        else delete st.numFmt;
      } else kept.push(`${e.sheet}!${e.cell}`);
    }
    if (e.fill) st.fill = e.fill as ExcelJS.Fill;
    else delete st.fill;
    setNote(cell, e.note);
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
