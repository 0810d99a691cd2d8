/**
 * The Excel host against a fake Excel that follows Microsoft's documentation (test/support/fake-excel.ts cites
 * each behaviour): every round trip runs on the desktop and on the web (5 MB requests and answers).
 */
import * as fs from 'fs';
import * as path from 'path';
import {
  ExcelAdapter,
  ExcelUserError,
  Capabilities,
  explainOfficeError,
  isDateFormat,
  officeToCell,
  serialToIso,
  areasOf,
  isNoFill,
} from '../src/hosts/excel';
import { checkXlsx } from '../src/hosts/xlsx';
import { RESULT_SHEET, BACKUP_SHEET } from '../src/engine/writeplan';
import {
  ALL_CAPABILITIES,
  DESKTOP,
  FakeBook,
  FakeContext,
  FakeExcelMode,
  OfficeError,
  WEB,
  fakeBookFromXlsx,
  fakeRun,
  snapshotBook,
} from './support/fake-excel';
import { exampleFiles } from './support/tmp';
import { specsToBuffer } from './fixtures/write-xlsx';
import { SheetSpec, clone, mofProject, set, tableWithFinding } from './fixtures/specs';
import { addr } from '../src/engine/grid';

const ALL: Capabilities = ALL_CAPABILITIES;

type Counter = { syncs: number; failOnSync?: OfficeError | null; failAt?: FakeContext['failAt']; ctx?: FakeContext };

function adapter(
  book: FakeBook,
  caps: Capabilities = ALL,
  counter: Counter = { syncs: 0 },
  opts: { cellsPerSync?: number; cellsPerRead?: number } = {},
) {
  const platform = book.mode?.platform ?? 'desktop';
  return { a: new ExcelAdapter(fakeRun(book, counter), caps, { platform, ...opts }), counter };
}

const SCORE_CODES = ['SCORE_MISMATCH', 'BUDGET_RATE_MISMATCH', 'BUDGET_SCORE_MISMATCH', 'TOTAL_MISMATCH'];
const MODES: Array<[string, FakeExcelMode]> = [
  ['desktop', DESKTOP],
  ['web', WEB],
];
const bytesOf = (f: string) => new Uint8Array(fs.readFileSync(f));
const hunanFile = () => exampleFiles().find((f) => f.includes('02-'))!;

describe.each(MODES)('Excel adapter on the example workbooks (%s)', (_m, mode) => {
  for (const file of exampleFiles()) {
    const name = path.basename(file);

    it(`${name}: reads the same tables and findings as the xlsx host, in 3 syncs`, async () => {
      const book = await fakeBookFromXlsx(bytesOf(file), mode);
      const { a, counter } = adapter(book);
      const analyses = await a.check('all');
      expect(counter.syncs).toBe(3);
      expect(analyses.map((x) => x.report)).toEqual((await checkXlsx(bytesOf(file))).sheets);
    });

    it(`${name}: write back → write back again → undo leaves every cell as it was`, async () => {
      const book = await fakeBookFromXlsx(bytesOf(file), mode);
      const before = snapshotBook(book);
      const { a, counter } = adapter(book);
      const res = await a.writeBack('all');
      expect(counter.syncs).toBe(6);
      expect(book.sheets.map((s) => s.name)).toContain(RESULT_SHEET);
      expect(book.sheets.find((s) => s.name === BACKUP_SHEET)?.visibility).toBe('VeryHidden');
      // The written workbook re-checks clean of score errors, and the report returned by writeBack says so too.
      const after = await a.check('all');
      expect(res.after.map((x) => x.report)).toEqual(after.map((x) => x.report));
      const codes = after.flatMap((x) => x.report.tables.flatMap((t) => t.findings.map((f) => f.code)));
      for (const c of SCORE_CODES) expect(codes).not.toContain(c);
      // The second write-back keeps the very hidden backup (Worksheet.delete fails on it) and changes nothing more.
      const once = snapshotBook(book);
      await a.writeBack('all');
      expect(snapshotBook(book)).toEqual(once);
      expect(res.written).toBe(res.plan.writes.length);
      const u = await a.undo();
      expect(u.hadBackup).toBe(true);
      expect(u.kept).toEqual([]);
      expect(snapshotBook(book)).toEqual(before);
    });
  }
});

describe('Excel adapter: what a write-back does', () => {
  const hunan = (mode = DESKTOP) => fakeBookFromXlsx(bytesOf(hunanFile()), mode);

  it('writes values, fills and notes through the sheet’s notes, and keeps text as text in 校验结果', async () => {
    const book = await hunan();
    const { a } = adapter(book);
    await a.writeBack('all');
    const ws = book.sheets[0];
    expect(ws.cells.get('H13')?.v).toBe(18.75);
    // Written numbers look like their neighbours (issue #10): this 得分 column is General, like H12's entered 10.
    expect(ws.cells.get('H13')?.fmt).toBe(ws.cells.get('H12')?.fmt ?? 'General');
    expect(ws.cells.get('H13')?.fill).toEqual({ color: '#DDEBF7', pattern: 'Solid', tintAndShade: 0 });
    expect(ws.cells.get('G6')?.v).toBe(0.9);
    expect(ws.cells.get('I13')?.fill.color).toBe('#FFC7CE');
    expect(ws.cells.get('F4')?.fill.color).toBe('#FFEB9C');
    expect(book.notes.get(`${ws.name}!I13`)).toContain('DEVIATION_NOTE_MISSING');
    expect(book.notes.get(`${ws.name}!H13`)).toContain('原值 20 → 写入 18.75');
    const rs = book.sheets.find((s) => s.name === RESULT_SHEET)!;
    expect(rs.cells.get('A1')?.v).toBe('序号');
    expect(rs.cells.get('C2')?.f).toBe(`=HYPERLINK("#'${ws.name}'!F4","F4")`);
    for (const [, c] of rs.cells) if (c.f) expect(c.f).toMatch(/^=HYPERLINK\(/);
    expect(rs.pageLayout).toEqual({ orientation: 'Landscape', zoom: { horizontalFitToPages: 1 }, titleRows: '$1:$1' });
  });

  it('never turns hostile text into a formula in Excel', async () => {
    const s = set(set(clone(mofProject()), 'B2', "=cmd|' /C calc'!A0"), 'F12', '450人次');
    set(s, 'D12', '=HYPERLINK("http://evil","x")');
    const book = await fakeBookFromXlsx(await specsToBuffer([s]));
    const { a } = adapter(book);
    await a.writeBack('all');
    const rs = book.sheets.find((x) => x.name === RESULT_SHEET)!;
    const formulas = [...rs.cells.values()].filter((c) => c.f).map((c) => c.f);
    expect(formulas.every((f) => /^=HYPERLINK\("#'/.test(f!))).toBe(true);
    // The table's title stands inside 说明 (F), after 【, and is text, never a formula.
    const messages = [...rs.cells.entries()].filter(([a]) => /^F\d+$/.test(a)).map(([, c]) => String(c.v));
    expect(messages.some((m) => m.startsWith("【=cmd|' /C calc'!A0】"))).toBe(true);
  });

  it('takes 6 syncs to write back 50 sheets, as for 1, and 3 to check', async () => {
    const sheets = Array.from({ length: 50 }, (_, i) => tableWithFinding(`表${i + 1}`));
    const book = await fakeBookFromXlsx(await specsToBuffer(sheets));
    const { a, counter } = adapter(book);
    await a.writeBack('all');
    expect(counter.syncs).toBe(6);
    const checkOnly = adapter(book);
    await checkOnly.a.check('all');
    expect(checkOnly.counter.syncs).toBe(3);
  });

  it('writes the backup in its own sync before any cell: a failure part-way through the cells is undone exactly', async () => {
    const book = await hunan();
    const before = snapshotBook(book);
    // Sync 6 writes the cells; it fails after 5 of its operations (Office does not roll back those).
    const counter: Counter = {
      syncs: 0,
      failAt: { sync: 6, afterOps: 5, error: new OfficeError('GeneralException', 'lost connection') },
    };
    const { a } = adapter(book, ALL, counter);
    await expect(a.writeBack('all')).rejects.toThrow('lost connection');
    expect(snapshotBook(book)).not.toEqual(before);
    expect(book.sheets.some((s) => s.name === BACKUP_SHEET)).toBe(true);
    await a.undo();
    expect(snapshotBook(book)).toEqual(before);
  });

  it('on the web, sends a write-back refused for its size again in halves, and undoes it exactly', async () => {
    // An 8 KB request limit instead of 5 MB makes this small workbook's backup and cells too large for one request.
    const book = await fakeBookFromXlsx(bytesOf(hunanFile()), { ...WEB, payloadBytes: 8_000 });
    const before = snapshotBook(book);
    const { a, counter } = adapter(book);
    const r = await a.writeBack('all');
    expect(counter.syncs).toBeGreaterThan(6);
    expect(book.sheets[0].cells.get('H13')?.v).toBe(18.75);
    expect(r.written).toBe(r.plan.writes.length);
    await a.undo();
    expect(snapshotBook(book)).toEqual(before);
  });

  it('splits a large write into several syncs', async () => {
    const book = await hunan();
    const { a, counter } = adapter(book, ALL, { syncs: 0 }, { cellsPerSync: 3 });
    await a.writeBack('all');
    expect(counter.syncs).toBeGreaterThan(6);
    await a.undo();
    expect(snapshotBook(book)).toEqual(snapshotBook(await hunan()));
  });

  it('refuses a protected sheet, and a protected workbook structure, before changing anything', async () => {
    for (const lock of [
      (b: FakeBook) => (b.sheets[0].protected = true),
      (b: FakeBook) => (b.structureProtected = true),
    ]) {
      const book = await hunan();
      lock(book);
      const before = snapshotBook(book);
      const { a } = adapter(book);
      await expect(a.writeBack('all')).rejects.toThrow(/受保护/);
      expect(snapshotBook(book)).toEqual(before);
    }
    // and undo refuses a structure protected after the write-back, changing nothing
    const book = await hunan();
    const { a } = adapter(book);
    await a.writeBack('all');
    book.structureProtected = true;
    const written = snapshotBook(book);
    await expect(a.undo()).rejects.toThrow(/保护工作簿/);
    expect(snapshotBook(book)).toEqual(written);
  });

  it('explains cell-edit mode and other Office errors, saying what to do', async () => {
    const book = await hunan();
    book.cellEditMode = true;
    const err = await adapter(book)
      .a.check('all')
      .catch((e) => explainOfficeError(e));
    expect(err).toBeInstanceOf(ExcelUserError);
    expect((err as ExcelUserError).message).toContain('单元格编辑状态');
    expect(explainOfficeError(new OfficeError('RequestPayloadSizeLimitExceeded', 'x')).message).toContain('5MB');
    expect(explainOfficeError(new OfficeError('InactiveWorkbook', 'x')).message).toContain('点击本工作簿');
    expect(explainOfficeError(new OfficeError('Weird', 'x')).message).toContain('Weird');
    expect(explainOfficeError(new OfficeError('Weird', 'x')).en).toContain('Save the workbook');
  });

  it('restores a white fill as white and no fill as none (no fill reads #FFFFFF too)', async () => {
    const book = await hunan();
    const ws = book.sheets[0];
    // The user's white fill on I13 (an empty cell).
    ws.cells.set('I13', {
      v: '',
      f: null,
      fmt: 'General',
      type: 'Empty',
      fill: { color: '#FFFFFF', pattern: null, tintAndShade: 0 },
    });
    const before = snapshotBook(book);
    const { a } = adapter(book);
    await a.writeBack('all');
    expect(ws.cells.get('I13')!.fill.color).toBe('#FFC7CE');
    await a.undo();
    expect(ws.cells.get('I13')!.fill).toEqual({ color: '#FFFFFF', pattern: null, tintAndShade: 0 });
    expect(ws.cells.get('I16')!.fill.tintAndShade).toBeNull(); // marked too, and back to no fill
    expect(snapshotBook(book)).toEqual(before);
  });

  it('a cell with a threaded comment gets its fill but no note, says so, and undo leaves it as it was', async () => {
    const book = await hunan();
    const ws = book.sheets[0];
    book.comments.set(`${ws.name}!I13`, '用户的讨论');
    const before = snapshotBook(book);
    const { a } = adapter(book);
    const r = await a.writeBack('all');
    expect(r.notesNotAttached).toBe(1);
    expect(book.notes.has(`${ws.name}!I13`)).toBe(false);
    expect(book.notes.get(`${ws.name}!I16`)).toContain('DEVIATION_NOTE_MISSING');
    expect(book.comments.get(`${ws.name}!I13`)).toBe('用户的讨论');
    await a.undo();
    expect(snapshotBook(book)).toEqual(before);
  });

  it('undo keeps a written cell the user changed afterwards', async () => {
    const book = await hunan();
    const { a } = adapter(book);
    await a.writeBack('all');
    book.sheets[0].cells.get('H13')!.v = 19;
    const u = await a.undo();
    expect(u.kept).toEqual([`${book.sheets[0].name}!H13`]);
    expect(book.sheets[0].cells.get('H13')!.v).toBe(19);
    expect(book.sheets[0].cells.get('H16')!.v).toBe(10);
  });

  it('degrades on older Excel: comments instead of notes (updated when marked again), and no merged areas', async () => {
    const book = await hunan();
    const before = snapshotBook(book);
    const caps = {
      ...ALL,
      mergedAreas: false,
      notes: false,
      fillPattern: false,
      suspendCalc: false,
      pageLayout: false,
      specialCells: false,
    };
    const { a } = adapter(book, caps);
    const r = await a.writeBack('all');
    expect(r.plan.writes.length).toBeGreaterThan(0);
    expect(book.notes.size).toBe(0);
    const key = `${book.sheets[0].name}!I13`;
    expect(book.comments.get(key)).toContain('DEVIATION_NOTE_MISSING');
    // Marked again with other words (English): selfeval's comment gets the new text.
    await a.writeBack('all', { lang: 'en' });
    expect(book.comments.get(key)).toContain('deviation note');
    await a.undo();
    expect(snapshotBook(book)).toEqual(before);
  });

  it('older Excel: undo still succeeds when the user deleted one of selfeval’s comments', async () => {
    const book = await hunan();
    const { a } = adapter(book, { ...ALL, notes: false });
    await a.writeBack('all');
    const [first] = [...book.comments.keys()];
    book.comments.delete(first);
    const u = await a.undo();
    expect(u.hadBackup).toBe(true);
    expect(book.comments.size).toBe(0);
    expect(book.sheets[0].cells.get('H13')?.v).toBe(20);
  });

  it('undo succeeds when the user deleted one of selfeval’s notes, and restores a note of the user’s own', async () => {
    const book = await hunan();
    book.notes.set(`${book.sheets[0].name}!I13`, '用户原有批注');
    const before = snapshotBook(book);
    const { a } = adapter(book);
    await a.writeBack('all');
    expect(book.notes.get(`${book.sheets[0].name}!I13`)).toContain('DEVIATION_NOTE_MISSING');
    book.notes.delete(`${book.sheets[0].name}!I16`);
    await a.undo();
    expect(snapshotBook(book)).toEqual(before);
  });

  it('checks only the active sheet when asked', async () => {
    const book = await fakeBookFromXlsx(bytesOf(exampleFiles().find((f) => f.includes('01-'))!));
    book.active = 1;
    const r = await adapter(book).a.check('active');
    expect(r.map((x) => x.report.name)).toEqual(['填表说明']);
  });

  it('undo with nothing to undo changes nothing', async () => {
    const book = await hunan();
    const before = snapshotBook(book);
    const { a, counter } = adapter(book);
    expect((await a.undo()).hadBackup).toBe(false);
    expect(counter.syncs).toBe(1);
    expect(snapshotBook(book)).toEqual(before);
  });

  it('keeps the chosen profile in the workbook’s settings', async () => {
    const store: Record<string, unknown> = {};
    const settings = {
      get: (k: string) => store[k] ?? null,
      set: (k: string, v: unknown) => (store[k] = v),
      saveAsync: (cb?: () => void) => cb?.(),
    };
    const a = new ExcelAdapter(fakeRun(await hunan(), { syncs: 0 }), ALL, { settings });
    expect(a.savedProfile()).toBeNull();
    await a.saveProfile('hunan');
    expect(a.savedProfile()).toBe('hunan');
  });
});

describe('Excel adapter within the documented read limits', () => {
  /** 60 sheets; one with 600 merged areas among its labels; the first with a formula filled from below its table down to the last row. */
  async function bigWorkbook(mode: FakeExcelMode): Promise<{ book: FakeBook; bytes: Uint8Array }> {
    const sheets: SheetSpec[] = Array.from({ length: 60 }, (_, i) =>
      set(clone(mofProject(`表${i + 1}`)), 'F12', i % 2 ? '450人次' : '520人次'),
    );
    const merged = sheets[59];
    for (let r = 20; r < 620; r++) {
      set(merged, `A${r}`, `备注${r}`);
      merged.merges.push(`A${r}:B${r}`);
    }
    const bytes = await specsToBuffer(sheets);
    const book = await fakeBookFromXlsx(bytes, mode);
    const first = book.sheets[0];
    for (let r = 29; r < 1048576; r++)
      first.cells.set(addr(r, 25), {
        v: 0,
        f: '=Y1*2',
        fmt: 'General',
        type: 'Double',
        fill: { color: '#FFFFFF', pattern: null, tintAndShade: null },
      });
    return { book, bytes };
  }

  it('checks 60 sheets, 600 merged areas and a formula filled to the last row in web mode, as the xlsx host reads the same tables', async () => {
    const { book, bytes } = await bigWorkbook(WEB);
    const { a, counter } = adapter(book);
    const analyses = await a.check('all');
    expect(analyses.map((x) => x.report)).toEqual((await checkXlsx(bytes)).sheets);
    // 3 syncs, one that fails on the 600 merged areas, then a bisection of the sheets and of that sheet's rows
    // (one sheet at a time would take 60 more).
    expect(counter.syncs).toBeLessThanOrEqual(20);
  }, 60000);

  it.each([
    ['a size error', { ...WEB, payloadBytes: 40_000 }],
    // One sheet's table is 153 cells: a limit of 100 cells a range makes each read of it fail once.
    ['values that come back null', { ...DESKTOP, maxReadCells: 100, largeRead: 'null' as const }],
    ['RangeExceedsLimit', { ...DESKTOP, maxReadCells: 100 }],
  ])(
    'reads a workbook too large for one answer again in smaller blocks (%s), with the same result',
    async (_name, mode) => {
      const sheets = Array.from({ length: 12 }, (_, i) => tableWithFinding(`表${i + 1}`));
      const bytes = await specsToBuffer(sheets);
      const book = await fakeBookFromXlsx(bytes, mode);
      const { a, counter } = adapter(book, ALL, { syncs: 0 }, { cellsPerRead: 100_000 });
      const chunked = await a.check('all');
      expect(chunked.map((x) => x.report)).toEqual((await checkXlsx(bytes)).sheets);
      expect(counter.syncs).toBeGreaterThan(3);
      // and writes back and undoes on that path too
      const before = snapshotBook(book);
      await a.writeBack('all');
      expect(book.sheets[0].cells.get('H12')?.v).toBe(18);
      await a.undo();
      expect(snapshotBook(book)).toEqual(before);
    },
  );
});

describe('Office values', () => {
  it('reads dates, errors and formulas', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat('0.00%')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
    expect(serialToIso(45291)).toBe('2023-12-31');
    expect(officeToCell(45291, 45291, 'yyyy-mm-dd', 'Double')?.value).toEqual({ t: 'date', v: '2023-12-31' });
    expect(officeToCell('#DIV/0!', '=E5/D5', '0.00%', 'Error')).toEqual({
      value: { t: 'error', v: '#DIV/0!' },
      numFmt: '0.00%',
      formula: 'E5/D5',
    });
    expect(officeToCell('', '', 'General', 'Empty')).toBeUndefined();
  });
  it('reads RangeAreas addresses, sheet names with commas and quotes included', () => {
    expect(areasOf("'a,b'!A1:B2, 'a,b'!$D$4")).toEqual([
      { top: 0, left: 0, bottom: 1, right: 1 },
      { top: 3, left: 3, bottom: 3, right: 3 },
    ]);
    expect(areasOf('')).toEqual([]);
  });
  it('tells no fill from a white fill by tintAndShade, and takes white as none where it cannot', () => {
    expect(isNoFill({ color: '#FFFFFF', pattern: null, tintAndShade: null })).toBe(true);
    expect(isNoFill({ color: '#FFFFFF', pattern: null, tintAndShade: 0 })).toBe(false);
    expect(isNoFill({ color: '#FFFFFF', pattern: null })).toBe(true);
    expect(isNoFill({ color: '#FFC7CE', pattern: 'Solid' })).toBe(false);
  });
});

describe('the fake follows the documentation', () => {
  it('throws when a property is read before sync or without load', async () => {
    const book = await fakeBookFromXlsx(await specsToBuffer([mofProject()]));
    const ctx = new FakeContext(book);
    const ws = ctx.workbook.worksheets.getItem(book.sheets[0].name);
    const rg = ws.getRange('A2');
    rg.load('values');
    expect(() => rg.values).toThrow(/PropertyNotLoaded/);
    await ctx.sync();
    expect(rg.values).toEqual([['项目名称']]);
    expect(() => rg.formulas).toThrow(/PropertyNotLoaded/);
    rg.values = [['改']];
    expect(book.sheets[0].cells.get('A2')?.v).toBe('项目名称'); // queued, not yet applied
    await ctx.sync();
    expect(book.sheets[0].cells.get('A2')?.v).toBe('改');
    expect(ctx.syncs).toBe(2);
  });
  it('refuses to delete a very hidden sheet (Worksheet.delete), and allows it once merely hidden', async () => {
    const book = await fakeBookFromXlsx(await specsToBuffer([mofProject(), mofProject('B')]));
    book.sheets[1].visibility = 'VeryHidden';
    const ctx = new FakeContext(book);
    ctx.workbook.worksheets.getItem('B').delete();
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    const ws = ctx.workbook.worksheets.getItem('B');
    ws.visibility = 'Hidden';
    ws.delete();
    await ctx.sync();
    expect(book.sheets.map((s) => s.name)).toEqual([book.sheets[0].name]);
  });
  it('fails merged areas above 512 in a range, answers over 5 MB on the web only, and reads over 5,000,000 cells nowhere', async () => {
    const book = await fakeBookFromXlsx(await specsToBuffer([mofProject()]), WEB);
    book.sheets[0].merges = Array.from({ length: 513 }, (_, i) => `A${i + 100}:B${i + 100}`);
    const ctx = new FakeContext(book);
    ctx.workbook.worksheets.getItem(book.sheets[0].name).getRange().getMergedAreasOrNullObject().load('address');
    await expect(ctx.sync()).rejects.toBeInstanceOf(OfficeError);
    const big = ctx.workbook.worksheets.getItem(book.sheets[0].name).getRangeByIndexes(0, 0, 250_000, 4);
    big.load('values,formulas,numberFormat,valueTypes');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
    const huge = ctx.workbook.worksheets.getItem(book.sheets[0].name).getRangeByIndexes(0, 0, 1_048_576, 5);
    huge.load('values');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'RangeExceedsLimit' });
  });
  it('takes a note on a Range or a local address of its sheet, never beside a threaded comment', async () => {
    const book = await fakeBookFromXlsx(await specsToBuffer([mofProject()]));
    const name = book.sheets[0].name;
    book.comments.set(`${name}!B2`, 'thread');
    const ctx = new FakeContext(book);
    const ws = ctx.workbook.worksheets.getItem(name);
    ws.notes.add(ws.getRange('A1'), 'n1');
    ws.notes.add('A2', 'n2');
    await ctx.sync();
    expect([...book.notes.keys()]).toEqual([`${name}!A1`, `${name}!A2`]);
    ws.notes.add(`'${name}'!A3`, 'qualified');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidCellAddress' });
    ws.notes.add('B2', 'beside a comment');
    await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
    expect(() => ctx.workbook.notes).toThrow(/not modelled/);
  });
});
