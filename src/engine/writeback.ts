/**
 * The write-back's sequence, one home for every host (domain §6): which cells it touches, and what the backup
 * records once the plan is applied. A host snapshots the touched cells the backup does not hold yet, calls
 * recordWriteBack, lifts the marks it returns, then writes values, marks and its two sheets.
 */
import { Backup, BackupEntry, backupKey } from './backup';
import type { WritePlan } from './writeplan';

export type CellRef = { sheet: string; cell: string };

/** Cells written or marked now, and cells marked by an earlier run (whose marks may be lifted). */
export function touchedCells<V>(
  plan: WritePlan,
  backup: Backup<V>,
  sheetExists: (sheet: string) => boolean = () => true,
): Map<string, CellRef> {
  const touched = new Map<string, CellRef>();
  for (const w of plan.writes) touched.set(backupKey(w.sheet, w.cell), w);
  for (const m of plan.marks) touched.set(backupKey(m.sheet, m.cell), m);
  for (const e of backup.values()) if (e.marked) touched.set(backupKey(e.sheet, e.cell), e);
  for (const [k, t] of touched) if (!sheetExists(t.sheet)) touched.delete(k); // a sheet removed since
  return touched;
}

/**
 * Brings the backup to what it records after the plan (new cells must already be snapshotted in it): written cells
 * keep the value written, marked cells are marked. Returns the earlier marks to lift (their cells get their own fill
 * and note back) and the keys of cells marked again (selfeval's note is already there).
 */
export function recordWriteBack<V>(
  backup: Backup<V>,
  plan: WritePlan,
): { unmark: Array<BackupEntry<V>>; markedAgain: Set<string> } {
  const now = new Set(plan.marks.map((m) => backupKey(m.sheet, m.cell)));
  const unmark: Array<BackupEntry<V>> = [];
  const markedAgain = new Set<string>();
  for (const [k, e] of backup) {
    if (!e.marked) continue;
    if (now.has(k)) markedAgain.add(k);
    else unmark.push(e);
    e.marked = false;
  }
  for (const w of plan.writes) {
    const e = backup.get(backupKey(w.sheet, w.cell));
    if (!e) continue;
    e.overwritten = true;
    e.written = w.value;
  }
  for (const m of plan.marks) {
    const e = backup.get(backupKey(m.sheet, m.cell));
    if (e) e.marked = true;
  }
  return { unmark, markedAgain };
}
