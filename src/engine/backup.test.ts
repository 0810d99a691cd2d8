import { backupRows, parseBackupRows, pruneBackup } from './backup';
import { backupEntry } from '../../test/support/backup';

const entry = backupEntry;

describe('backup sheet rows', () => {
  it('round-trips entries, dates included', () => {
    const b = new Map([
      ['S!A1', entry({ value: new Date('2023-12-31T00:00:00Z'), overwritten: true, written: 5 })],
      ['S!B2', entry({ cell: 'B2', value: { formula: 'A1*2', result: 4 }, numFmt: '0.00', marked: true })],
    ]);
    const back = parseBackupRows(backupRows(b));
    expect(back.get('S!A1')?.value).toEqual(new Date('2023-12-31T00:00:00Z'));
    expect(back.get('S!B2')).toEqual(b.get('S!B2'));
  });
  it('skips damaged rows and keeps the rest', () => {
    const rows = backupRows(new Map([['S!A1', entry({ overwritten: true })]]));
    rows.push(['S', 'C3', '{not json']);
    rows.push(['S', 'C4', '']);
    expect([...parseBackupRows(rows).keys()]).toEqual(['S!A1']);
  });
  it('prunes entries that record nothing', () => {
    const b = new Map([
      ['S!A1', entry({})],
      ['S!A2', entry({ cell: 'A2', marked: true })],
    ]);
    pruneBackup(b);
    expect([...b.keys()]).toEqual(['S!A2']);
  });
});
