/**
 * Undo in WPS: every cell recorded in the backup goes back (a written cell the user changed since keeps the
 * user's value), then 校验结果 and the backup sheet are removed. Protection is checked before anything changes.
 * The backup may have been written by any host (engine/backup-portable.ts).
 */
import { stillHoldsWritten } from '../../engine/backup';
import type { UndoResult } from '../workbook-host';
import { EtApplication } from './et';
import { restoreLook, restoreValue, scalar } from './cells';
import { activeBook } from './errors';
import { sheetNamed, sheetsOf } from './read';
import { reactivate, readBackup, removeOwnSheets } from './sheets';
import { BACKUP_SHEET } from '../../engine/own-sheets';
import { quietly, refuseProtected } from './write';

export function undo(app: EtApplication): UndoResult {
  const book = activeBook(app);
  if (!sheetNamed(book, BACKUP_SHEET)) return { restored: 0, kept: [], hadBackup: false };
  const activeName = book.ActiveSheet.Name;
  const byName = new Map(sheetsOf(book).map((s) => [s.Name, s]));
  const entries = [...readBackup(book).values()].filter((e) => byName.has(e.sheet));
  refuseProtected(
    book,
    [...new Set(entries.map((e) => e.sheet))].map((n) => byName.get(n)!),
    'undo',
  );
  const kept: string[] = [];
  quietly(app, () => {
    for (const e of entries) {
      const rg = byName.get(e.sheet)!.Range(e.cell);
      if (e.overwritten) {
        if (stillHoldsWritten(e, scalar(rg.Value2))) restoreValue(rg, e.value, e.numFmt);
        else kept.push(`${e.sheet}!${e.cell}`);
      }
      if (e.marked) restoreLook(rg, e);
    }
    removeOwnSheets(book);
    reactivate(book, activeName);
  });
  return { restored: entries.length, kept, hadBackup: true };
}
