/** A backup entry for tests: cell A1 of sheet S, nothing recorded, with the fields a case sets. */
import { BackupEntry } from '../../src/engine/backup';

export function backupEntry(over: Partial<BackupEntry> = {}): BackupEntry {
  return {
    sheet: 'S',
    cell: 'A1',
    value: null,
    numFmt: null,
    fill: null,
    note: null,
    overwritten: false,
    marked: false,
    ...over,
  };
}
