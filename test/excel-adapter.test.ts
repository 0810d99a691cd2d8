import * as fs from 'fs';
import * as path from 'path';
import { ExcelAdapter, ExcelUserError, Capabilities, explainOfficeError, isDateFormat, officeToCell, serialToIso } from '../src/hosts/excel/adapter';
import { checkXlsx } from '../src/hosts/xlsx';
import { RESULT_SHEET, BACKUP_SHEET } from '../src/engine/writeplan';
import { FakeBook, OfficeError, fakeBookFromXlsx, fakeRun, snapshotBook } from './support/fake-excel';
import { exampleFiles } from './support/tmp';
import { specsToBuffer } from './fixtures/write-xlsx';
import { clone, mofProject, set } from './fixtures/specs';

const ALL: Capabilities = { mergedAreas: true, notes: true, comments: true, fillPattern: true, suspendCalc: true };

function adapter(book: FakeBook, caps: Capabilities = ALL, counter = { syncs: 0 } as { syncs: number; failOnSync?: OfficeError | null }, cellsPerSync?: number) {
  return { a: new ExcelAdapter(fakeRun(book, counter), caps, { cellsPerSync }), counter };
}

const SCORE_CODES = ['SCORE_MISMATCH', 'BUDGET_RATE_MISMATCH', 'BUDGET_SCORE_MISMATCH', 'TOTAL_MISMATCH'];

describe('Excel adapter on the example workbooks (fake context)', () => {
  for (const file of exampleFiles()) {
    const name = path.basename(file);
    const bytes = () => new Uint8Array(fs.readFileSync(file));

    it(`${name}: reads the same tables and findings as the xlsx host`, async () => {
      const book = await fakeBookFromXlsx(bytes());
      const { a, counter } = adapter(book);
      const analyses = await a.check('all');
      expect(counter.syncs).toBe(2);
      const viaXlsx = (await checkXlsx(bytes())).sheets;
      expect(analyses.map((x) => x.report)).toEqual(viaXlsx);
    });

    it(`${name}: check → write back → undo leaves every cell as it was`, async () => {
      const book = await fakeBookFromXlsx(bytes());
      const before = snapshotBook(book);
      const { a, counter } = adapter(book);
      const res = await a.writeBack('all');
      expect(counter.syncs).toBe(4);
      expect(book.sheets.map((s) => s.name)).toContain(RESULT_SHEET);
      expect(book.sheets.find((s) => s.name === BACKUP_SHEET)?.visibility).toBe('VeryHidden');
      // The written copy re-checks clean of score errors, and the report returned by writeBack says so too.
      const after = await a.check('all');
      expect(res.after.map((x) => x.report)).toEqual(after.map((x) => x.report));
      const codes = after.flatMap((x) => x.report.tables.flatMap((t) => t.findings.map((f) => f.code)));
      for (const c of SCORE_CODES) expect(codes).not.toContain(c);
      // Writing back again changes nothing more.
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
  async function hunan() {
    return fakeBookFromXlsx(new Uint8Array(fs.readFileSync(exampleFiles().find((f) => f.includes('02-'))!)));
  }

  it('writes values, fills and notes, and keeps text as text in 校验结果', async () => {
    const book = await hunan();
    const { a } = adapter(book);
    await a.writeBack('all');
    const ws = book.sheets[0];
    expect(ws.cells.get('H13')?.v).toBe(18.75);
    // Written numbers look like their neighbours (issue #10): this 得分 column is General, like H12's entered 10.
    expect(ws.cells.get('H13')?.fmt).toBe(ws.cells.get('H12')?.fmt ?? 'General');
    expect(ws.cells.get('H13')?.fill).toEqual({ color: '#DDEBF7', pattern: 'Solid' });
    expect(ws.cells.get('G6')?.v).toBe(0.9);
    expect(ws.cells.get('I13')?.fill).toEqual({ color: '#FFC7CE', pattern: 'Solid' });
    expect(ws.cells.get('F4')?.fill).toEqual({ color: '#FFEB9C', pattern: 'Solid' });
    expect(book.notes.get(`${ws.name}!I13`)).toContain('DEVIATION_NOTE_MISSING');
    const rs = book.sheets.find((s) => s.name === RESULT_SHEET)!;
    expect(rs.cells.get('A1')?.v).toBe('序号');
    expect(rs.cells.get('C2')?.f).toBe(`=HYPERLINK("#'${ws.name}'!F4","F4")`);
    for (const [, c] of rs.cells) if (c.f) expect(c.f).toMatch(/^=HYPERLINK\(/);
  });

  it('never turns hostile text into a formula in Excel', async () => {
    const s = set(set(clone(mofProject()), 'B2', '=cmd|\' /C calc\'!A0'), 'F12', '450人次');
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

  it('takes 4 syncs for 50 sheets as for 1', async () => {
    const sheets = Array.from({ length: 50 }, (_, i) => set(clone(mofProject(`表${i + 1}`)), 'F12', '450人次'));
    const book = await fakeBookFromXlsx(await specsToBuffer(sheets));
    const { a, counter } = adapter(book);
    await a.writeBack('all');
    expect(counter.syncs).toBe(4);
    const checkOnly = adapter(book);
    await checkOnly.a.check('all');
    expect(checkOnly.counter.syncs).toBe(2);
  });

  it('reads a workbook too large for one answer in row blocks, with the same result', async () => {
    const sheets = Array.from({ length: 12 }, (_, i) => set(clone(mofProject(`表${i + 1}`)), 'F12', '450人次'));
    const book = await fakeBookFromXlsx(await specsToBuffer(sheets));
    const normal = await adapter(book).a.check('all');
    const counter = { syncs: 0, maxCellReads: 2500 };
    const big = new ExcelAdapter(fakeRun(book, counter), ALL, { cellsPerRead: 400 });
    const chunked = await big.check('all');
    expect(chunked.map((x) => x.report)).toEqual(normal.map((x) => x.report));
    expect(counter.syncs).toBeGreaterThan(4);
    // and writes back and undoes on that path too
    const before = snapshotBook(book);
    await big.writeBack('all');
    expect(book.sheets[0].cells.get('H12')?.v).toBe(18);
    await big.undo();
    expect(snapshotBook(book)).toEqual(before);
  });

  it('refuses a protected sheet and changes nothing', async () => {
    const book = await hunan();
    book.sheets[0].protected = true;
    const before = snapshotBook(book);
    const { a } = adapter(book);
    await expect(a.writeBack('all')).rejects.toThrow(/受保护/);
    expect(snapshotBook(book)).toEqual(before);
  });

  it('explains cell-edit mode and other Office errors', async () => {
    const book = await hunan();
    const counter = { syncs: 0, failOnSync: new OfficeError('InvalidOperationInCellEditMode', 'edit mode') };
    const { a } = adapter(book, ALL, counter);
    const err = await a.check('all').catch((e) => explainOfficeError(e));
    expect(err).toBeInstanceOf(ExcelUserError);
    expect((err as ExcelUserError).message).toContain('单元格编辑状态');
    expect(explainOfficeError(new OfficeError('RequestPayloadSizeLimitExceeded', 'x')).message).toContain('5MB');
    expect(explainOfficeError(new OfficeError('Weird', 'x')).message).toContain('Weird');
  });

  it('splits a large write into several syncs', async () => {
    const book = await hunan();
    const { a, counter } = adapter(book, ALL, { syncs: 0 }, 3);
    await a.writeBack('all');
    expect(counter.syncs).toBeGreaterThan(4);
    const before = await hunan();
    await a.undo();
    expect(snapshotBook(book)).toEqual(snapshotBook(before));
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

  it('degrades on older Excel: comments instead of notes, and no merged areas', async () => {
    const book = await hunan();
    const before = snapshotBook(book);
    const { a } = adapter(book, { mergedAreas: false, notes: false, comments: true, fillPattern: false, suspendCalc: false });
    const r = await a.writeBack('all');
    expect(r.plan.writes.length).toBeGreaterThan(0);
    expect(book.notes.size).toBe(0);
    expect(book.comments.size).toBeGreaterThan(0);
    await a.undo();
    expect(snapshotBook(book)).toEqual(before);
  });

  it('older Excel: undo still succeeds when the user deleted one of selfeval’s comments', async () => {
    const book = await hunan();
    const caps = { mergedAreas: true, notes: false, comments: true, fillPattern: true, suspendCalc: true };
    const { a } = adapter(book, caps);
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
    const book = await fakeBookFromXlsx(new Uint8Array(fs.readFileSync(exampleFiles().find((f) => f.includes('01-'))!)));
    book.active = 1;
    const { a } = adapter(book);
    const r = await a.check('active');
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
});

describe('Office values', () => {
  it('reads dates, errors and formulas', () => {
    expect(isDateFormat('yyyy-mm-dd')).toBe(true);
    expect(isDateFormat('yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat('0.00%')).toBe(false);
    expect(isDateFormat('General')).toBe(false);
    expect(serialToIso(45291)).toBe('2023-12-31');
    expect(officeToCell(45291, 45291, 'yyyy-mm-dd', 'Double')?.value).toEqual({ t: 'date', v: '2023-12-31' });
    expect(officeToCell('#DIV/0!', '=E5/D5', '0.00%', 'Error')).toEqual({ value: { t: 'error', v: '#DIV/0!' }, numFmt: '0.00%', formula: 'E5/D5' });
    expect(officeToCell('', '', 'General', 'Empty')).toBeUndefined();
  });
});

describe('the fake context follows office-addin-mock rules', () => {
  it('throws when a property is read before sync or without load', async () => {
    const book = await fakeBookFromXlsx(await specsToBuffer([mofProject()]));
    const { FakeContext } = await import('./support/fake-excel');
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
});
