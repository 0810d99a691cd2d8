import { Backup, BackupEntry } from './backup';
import { recordWriteBack, touchedCells } from './writeback';
import { backupEntry } from '../../test/support/backup';
import type { WritePlan } from './writeplan';

const entry = (cell: string, over: Partial<BackupEntry> = {}): BackupEntry => backupEntry({ cell, ...over });
const plan = (over: Partial<WritePlan>): WritePlan => ({
  lang: 'zh',
  writes: [],
  skipped: [],
  held: [],
  marks: [],
  results: [],
  ...over,
});
const write = (cell: string, value: number) => ({
  sheet: 'S',
  cell,
  value,
  numFmt: 'General',
  what: 'score' as const,
  previous: { t: 'empty' as const },
  shownBefore: '',
  shownAfter: '',
  reason: '',
});
const mark = (cell: string) => ({ sheet: 'S', cell, look: 'error' as const, note: 'n' });

describe('the write-back sequence', () => {
  it('touches written and marked cells, and cells an earlier run marked; not those of a removed sheet', () => {
    const backup: Backup = new Map([
      ['S!A1', entry('A1', { marked: true })],
      ['T!B2', { ...entry('B2', { marked: true }), sheet: 'T' }],
    ]);
    const t = touchedCells(plan({ writes: [write('H1', 9)], marks: [mark('I1')] }), backup, (s) => s === 'S');
    expect([...t.keys()].sort()).toEqual(['S!A1', 'S!H1', 'S!I1']);
  });
  it('records what is written and marked, lifts earlier marks not made again, and keeps those made again', () => {
    const backup: Backup = new Map([
      ['S!A1', entry('A1', { marked: true })],
      ['S!I1', entry('I1', { marked: true })],
      ['S!H1', entry('H1')],
    ]);
    const r = recordWriteBack(backup, plan({ writes: [write('H1', 9)], marks: [mark('I1')] }));
    expect(r.unmark.map((e) => e.cell)).toEqual(['A1']);
    expect([...r.markedAgain]).toEqual(['S!I1']);
    expect(backup.get('S!A1')).toMatchObject({ marked: false });
    expect(backup.get('S!I1')).toMatchObject({ marked: true });
    expect(backup.get('S!H1')).toMatchObject({ overwritten: true, written: 9 });
  });
});
