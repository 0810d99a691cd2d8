/**
 * What both hosts keep in the very-hidden backup sheet and show in the 校验结果 sheet. Pure data: each host
 * stores cell values in its own form (`V`), and reads and writes the sheets with its own API.
 */
import { BACKUP_SHEET, WritePlan, sanitizeText } from './writeplan';
import { Cell, SheetGrid, parseAddr } from './grid';
import type { Severity } from './checks';

/** One cell as it was before selfeval first touched it. */
export interface BackupEntry<V = unknown> {
  sheet: string;
  cell: string;
  /** The host's own value for the cell (formula included where the host keeps it in the value). */
  value: V;
  numFmt: string | null;
  fill: unknown;
  note: unknown;
  /** selfeval wrote a computed value here. */
  overwritten: boolean;
  /** The number selfeval wrote, to tell whether the user changed the cell since. */
  written?: number;
  /** selfeval coloured the cell and attached a note. */
  marked: boolean;
}

export type Backup<V = unknown> = Map<string, BackupEntry<V>>;

export const BACKUP_HEADER = ['sheet', 'cell', 'entry (JSON)'];

export const backupKey = (sheet: string, cell: string): string => sheet + '!' + cell;

/** JSON.stringify calls Date.toJSON before a replacer sees a Date, so dates are tagged beforehand. */
function tagDates(v: unknown): unknown {
  if (v instanceof Date) return { $date: v.toISOString() };
  if (Array.isArray(v)) return v.map(tagDates);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, tagDates(x)]));
  return v;
}

function untagDates(_k: string, x: unknown): unknown {
  if (x && typeof x === 'object' && typeof (x as { $date?: unknown }).$date === 'string' && Object.keys(x).length === 1)
    return new Date((x as { $date: string }).$date);
  return x;
}

/** Reads the backup sheet's rows (header first); rows that are not ours are skipped. */
export function parseBackupRows<V = unknown>(rows: ReadonlyArray<ReadonlyArray<unknown>>): Backup<V> {
  const map: Backup<V> = new Map();
  rows.forEach((row, n) => {
    if (n === 0) return;
    const json = row[2];
    if (typeof json !== 'string' || json === '') return;
    try {
      const e = JSON.parse(json, untagDates) as BackupEntry<V>;
      if (typeof e.sheet === 'string' && typeof e.cell === 'string') map.set(backupKey(e.sheet, e.cell), e);
    } catch {
      // A damaged row cannot be restored; the others still are.
    }
  });
  return map;
}

/** The backup sheet's rows, header first. */
export function backupRows(b: Backup<unknown>): string[][] {
  return [BACKUP_HEADER, ...[...b.values()].map((e) => [e.sheet, e.cell, JSON.stringify(tagDates(e))])];
}

/** Drops entries that no longer record anything (a mark whose finding went away). */
export function pruneBackup(b: Backup<unknown>): void {
  for (const [k, e] of b) if (!e.overwritten && !e.marked) b.delete(k);
}

/**
 * The one rule for "the user has not changed it since": selfeval wrote this cell and it still holds exactly
 * that number. Undo and a repeated fix leave any other value as the user made it.
 */
export function stillHoldsWritten(e: BackupEntry<unknown>, current: unknown): boolean {
  return e.overwritten && e.written !== undefined && typeof current === 'number' && current === e.written;
}

/**
 * Puts back, in the grids about to be analysed, the original of every cell selfeval wrote and the user has
 * not changed since, so that fixing a fixed workbook plans exactly what the first fix did.
 */
export function substituteOriginals<V>(grids: SheetGrid[], backup: Backup<V>, toCell: (e: BackupEntry<V>) => Cell | undefined): void {
  for (const e of backup.values()) {
    const g = grids.find((x) => x.name === e.sheet);
    const at = parseAddr(e.cell);
    if (!g || !at) continue;
    const rows = g.rows as Array<Array<Cell | undefined> | undefined>;
    const cur = rows[at.r]?.[at.c]?.value;
    if (!stillHoldsWritten(e, cur?.t === 'number' ? cur.v : undefined)) continue;
    const row = [...(rows[at.r] ?? [])];
    row[at.c] = toCell(e);
    rows[at.r] = row;
  }
}

export const RESULT_HEADER = ['序号', '工作表', '表格', '单元格', '级别', '代码', '说明'];
export const RESULT_WIDTHS = [6, 16, 24, 9, 7, 30, 80];
const SEVERITY_WORD: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export interface ResultRowOut {
  values: Array<string | number>;
  /** The cell the row links to (column 单元格). */
  link: { sheet: string; cell: string } | null;
  severity: Severity | null;
}

/** The 校验结果 sheet's rows after the header. */
export function resultSheetRows(plan: WritePlan): ResultRowOut[] {
  const rows: ResultRowOut[] = plan.results.map((r, k) => ({
    values: [k + 1, sanitizeText(r.sheet, 100), r.table, r.cell, SEVERITY_WORD[r.severity], r.code, r.message],
    link: { sheet: r.sheet, cell: r.cell },
    severity: r.severity,
  }));
  for (const s of plan.skipped)
    rows.push({
      values: [
        rows.length + 1,
        sanitizeText(s.sheet, 100),
        '',
        s.cell,
        '提示',
        'FORMULA_KEPT',
        sanitizeText(`单元格含公式“=${s.formula}”，未写入计算值${s.value}（如需覆盖公式，请选择“覆盖含公式的得分单元格”/ --overwrite-formulas）`),
      ],
      link: { sheet: s.sheet, cell: s.cell },
      severity: 'info',
    });
  for (const h of plan.held)
    rows.push({
      values: [rows.length + 1, sanitizeText(h.sheet, 100), '', h.cell, '提示', 'WRITE_HELD_BACK', sanitizeText(`计算值${h.value}未写入：${h.reason}`)],
      link: { sheet: h.sheet, cell: h.cell },
      severity: 'info',
    });
  if (rows.length === 0) rows.push({ values: ['', '', '', '', '', '', '未发现问题'], link: null, severity: null });
  return rows;
}

/** The HYPERLINK formula to a cell (without '='), with the sheet name quoted for Excel and LibreOffice. */
export function linkFormula(sheet: string, cell: string): string {
  const ref = `'${sheet.replace(/'/g, "''")}'!${cell}`;
  return `HYPERLINK("#${ref.replace(/"/g, '""')}","${cell}")`;
}

export const FILL_COLOR = { error: '#FFC7CE', warning: '#FFEB9C' } as const;

export { BACKUP_SHEET };
