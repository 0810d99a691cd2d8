/**
 * What both hosts keep in the very-hidden backup sheet. Pure data: each host
 * stores cell values in its own form (`V`), and reads and writes the sheets with its own API.
 */
import { BACKUP_SHEET } from './own-sheets';
import { Cell, SheetGrid, parseAddr } from './grid';

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
export function substituteOriginals<V>(
  grids: SheetGrid[],
  backup: Backup<V>,
  toCell: (e: BackupEntry<V>) => Cell | undefined,
): void {
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

export { BACKUP_SHEET };
