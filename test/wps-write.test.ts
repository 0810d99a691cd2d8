/**
 * The WPS host writes back and undoes over the strict fake ET (test/support/fake-et.ts), under every switch
 * combination: check → write back → write back → undo leaves every cell as it was; what it writes is what the
 * .xlsx host writes; a backup written in WPS is restored by the CLI and the reverse; protection refuses before
 * anything changes; a failure part-way is undone.
 */
import { fixXlsx, restoreXlsx, checkXlsx } from '../src/hosts/xlsx';
import { workbookToGrids } from '../src/hosts/xlsx/read';
import { loadWorkbook } from '../src/hosts/xlsx/load';
import { WpsHost, PROFILE_NAME } from '../src/hosts/wps/host';
import { UserError } from '../src/engine/errors';
import { BACKUP_SHEET, RESULT_SHEET } from '../src/engine/own-sheets';
import { FILL_COLOR, RESULT_WIDTHS } from '../src/engine/resultsheet';
import { ALL_SWITCHES, EtBookData, EtSwitches, fakeEt } from './support/fake-et';
import { etDataFromXlsx, etDataToXlsx } from './support/fake-et-xlsx';
import { workbookCases } from './support/cases';
import { mofProject, tableWithFinding } from './fixtures/specs';
import { ExcelAdapter } from '../src/hosts/excel/adapter';
import { ALL_CAPABILITIES, fakeBookFromXlsx, fakeRun, snapshotBook } from './support/fake-excel';
import { specsToBuffer } from './fixtures/write-xlsx';

const cases = workbookCases();

/** Every sheet's name, visibility and non-empty cells, for comparing a workbook before and after. */
function state(book: EtBookData) {
  return book.sheets.map((s) => ({
    name: s.name,
    visible: s.visible,
    cells: Object.fromEntries(
      [...s.cells]
        .filter(
          ([, x]) => x.v !== null || x.f || x.error || x.fmt !== 'General' || x.fill !== null || x.comment !== null,
        )
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([a, x]) => [a, { ...x }]),
    ),
  }));
}

const copy = (d: EtBookData): EtBookData => structuredClone(d);

function host(data: EtBookData, sw: EtSwitches = ALL_SWITCHES[0]) {
  const et = fakeEt(data, sw);
  return { ...et, wps: new WpsHost(() => et.app) };
}

const label = (s: EtSwitches) =>
  `empty ${s.empty}, errors as ${s.errors}, one row ${s.flattenOneRow ? 'flat' : 'nested'}, mixed ${s.mixed}`;

/** The user's sheets' cells as the .xlsx host reads them (values, formulas, formats). */
async function userGrids(bytes: Uint8Array) {
  const wb = await loadWorkbook(bytes);
  return workbookToGrids(wb).map((g) => ({ name: g.name, rows: JSON.parse(JSON.stringify(g.rows)) }));
}

describe('WPS write-back and undo over the fake ET', () => {
  describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    it(`check → write → write → undo restores every cell, under all ${ALL_SWITCHES.length} switch combinations`, async () => {
      const original = await etDataFromXlsx(await c.bytes());
      const before = state(original);
      for (const sw of ALL_SWITCHES) {
        const data = copy(original);
        const activeName = data.sheets[data.active].name;
        const { wps, counter } = host(data, sw);
        await wps.check('all');
        const first = await wps.writeBack('all');
        const afterFirst = state(data);
        const second = await wps.writeBack('all');
        // The second write-back plans and writes exactly what the first did.
        expect({ sw: label(sw), writes: second.plan.writes }).toEqual({ sw: label(sw), writes: first.plan.writes });
        expect(state(data)).toEqual(afterFirst);
        expect(data.sheets.map((s) => s.name)).toContain(BACKUP_SHEET);
        expect(data.sheets.find((s) => s.name === BACKUP_SHEET)!.visible).toBe(2);
        expect(data.sheets[data.active].name).toBe(activeName);
        const u = await wps.undo();
        expect(u.hadBackup).toBe(true);
        expect(u.kept).toEqual([]);
        expect({ sw: label(sw), state: state(data) }).toEqual({ sw: label(sw), state: before });
        expect(counter.writesWhileUpdating).toBe(0);
        expect([data.screenUpdating, data.displayAlerts]).toEqual([true, true]);
      }
    });

    it('writes what the .xlsx host writes, and finds what it finds', async () => {
      const bytes = await c.bytes();
      const data = await etDataFromXlsx(bytes);
      const { wps } = host(data);
      const checked = await wps.check('all');
      const viaXlsx = await checkXlsx(bytes);
      expect(checked.map((a) => a.report)).toEqual(viaXlsx.sheets);
      const r = await wps.writeBack('all');
      const fixed = await fixXlsx(bytes);
      expect(r.plan.writes).toEqual(fixed.plan.writes);
      const saved = await etDataToXlsx(data);
      expect(await userGrids(saved)).toEqual(await userGrids(fixed.bytes));
      // Marked and written cells carry selfeval's fill (BGR written, RGB read back) and note, as in the file.
      const fixedData = await etDataFromXlsx(fixed.bytes);
      for (const m of r.plan.marks) {
        const mine = data.sheets.find((s) => s.name === m.sheet)!.cells.get(m.cell)!;
        const theirs = fixedData.sheets.find((s) => s.name === m.sheet)!.cells.get(m.cell)!;
        expect([m.cell, mine.fill, mine.comment]).toEqual([m.cell, theirs.fill, theirs.comment]);
      }
    });

    it('a workbook fixed in WPS is restored by the CLI, and one fixed by the CLI is undone in WPS', async () => {
      const bytes = await c.bytes();
      const original = await etDataFromXlsx(bytes);
      // WPS → CLI
      const data = copy(original);
      await host(data).wps.writeBack('all');
      const restored = await restoreXlsx(await etDataToXlsx(data));
      expect(restored.hadBackup).toBe(true);
      expect(state(await etDataFromXlsx(restored.bytes))).toEqual(state(original));
      // CLI → WPS
      const fixed = await etDataFromXlsx((await fixXlsx(bytes)).bytes);
      const u = await host(fixed).wps.undo();
      expect(u.hadBackup).toBe(true);
      expect(state(fixed)).toEqual(state(original));
    });
  });

  it('Excel, WPS and the .xlsx host write the same cells, and Excel undoes a workbook fixed in WPS', async () => {
    const caps = ALL_CAPABILITIES;
    const excel = (book: Awaited<ReturnType<typeof fakeBookFromXlsx>>) =>
      new ExcelAdapter(fakeRun(book, { syncs: 0 }), caps, { platform: 'desktop' });
    for (const c of cases) {
      const bytes = await c.bytes();
      const data = await etDataFromXlsx(bytes);
      const viaWps = await host(data).wps.writeBack('all');
      const book = await fakeBookFromXlsx(bytes);
      const viaExcel = await excel(book).writeBack('all');
      expect({ c: c.name, writes: viaExcel.plan.writes }).toEqual({ c: c.name, writes: viaWps.plan.writes });
      for (const w of viaWps.plan.writes) {
        const inWps = data.sheets.find((x) => x.name === w.sheet)!.cells.get(w.cell)!;
        const inExcel = book.sheets.find((x) => x.name === w.sheet)!.cells.get(w.cell)!;
        expect([c.name, w.cell, inExcel.v, inExcel.fmt]).toEqual([c.name, w.cell, inWps.v, inWps.fmt]);
      }
      const fixedInWps = await fakeBookFromXlsx(await etDataToXlsx(data));
      const original = snapshotBook(await fakeBookFromXlsx(bytes));
      expect(snapshotBook(fixedInWps)).not.toEqual(original); // WPS changed it: there is something to undo
      const u = await excel(fixedInWps).undo();
      expect(u.hadBackup).toBe(true);
      expect({ c: c.name, book: snapshotBook(fixedInWps) }).toEqual({ c: c.name, book: original });
    }
  });

  it('lays 校验结果 out as every host does: widths, wrapped text, top-aligned, landscape one page wide, header repeated and frozen', async () => {
    const data = await etDataFromXlsx(await cases[1].bytes());
    await host(data).wps.writeBack('all');
    const sheet = data.sheets.find((x) => x.name === RESULT_SHEET)!;
    expect(RESULT_WIDTHS.map((_w, c) => sheet.colWidths.get(c))).toEqual(RESULT_WIDTHS);
    expect(sheet.page).toEqual({ orientation: 2, zoom: false, wide: 1, tall: false, titleRows: '$1:$1' });
    expect(sheet.frozenRows).toBe(1);
    expect(data.sheets.filter((x) => x.frozenRows).map((x) => x.name)).toEqual([RESULT_SHEET]); // not the user's
    expect(sheet.cells.get('A1')!.bold).toBe(true);
    expect(sheet.cells.get('F2')!.wrap && sheet.cells.get('F2')!.top).toBe(true);
    expect(sheet.rowHeights.size).toBeGreaterThan(5);
    // The link column holds HYPERLINK formulas to the cells, as the .xlsx host writes them.
    expect(sheet.cells.get('C2')!.f).toMatch(/^=HYPERLINK\("#'[^']+'!/);
  });

  it('marks in the documented colours: Interior.Color gets BGR, so #FFC7CE is written as 0xCEC7FF', async () => {
    const data = await etDataFromXlsx(await cases[1].bytes());
    const { wps } = host(data);
    const r = await wps.writeBack('all');
    const err = r.plan.marks.find((m) => m.look === 'error')!;
    expect(data.sheets.find((s) => s.name === err.sheet)!.cells.get(err.cell)!.fill).toBe(0xcec7ff);
    expect(FILL_COLOR.error).toBe('#FFC7CE');
  });

  it('refuses a protected sheet or structure before changing anything, and says so in Chinese', async () => {
    for (const lock of ['sheet', 'structure'] as const) {
      const data = await etDataFromXlsx(await cases[1].bytes());
      if (lock === 'sheet') data.sheets.forEach((s) => (s.protect = true));
      else data.protectStructure = true;
      const before = state(data);
      const { wps, counter } = host(data);
      const e = await wps.writeBack('all').catch((x: unknown) => x);
      expect(e).toBeInstanceOf(UserError);
      expect((e as UserError).message).toMatch(lock === 'sheet' ? /受保护，未做任何修改/ : /工作簿结构受保护/);
      expect(counter.writes).toBe(0);
      expect(state(data)).toEqual(before);
    }
  });

  it('a failure part-way, at any one of its calls, is put right by undo', async () => {
    const original = await etDataFromXlsx(await cases[1].bytes());
    const full = copy(original);
    const total = (await (async () => {
      const h = host(full);
      await h.wps.writeBack('all');
      return h.counter.writes;
    })()) as number;
    expect(total).toBeGreaterThan(20);
    for (let at = 1; at <= total; at++) {
      const data = copy(original);
      const h = host(data);
      h.counter.failAfterWrites = at;
      await expect(h.wps.writeBack('all')).rejects.toThrow();
      h.counter.failAfterWrites = undefined;
      await h.wps.undo();
      expect({ at, state: state(data) }).toEqual({ at, state: state(original) });
    }
  });

  it('keeps the user’s comment and white fill on a marked cell, and gives them back on undo', async () => {
    const data = await etDataFromXlsx(await cases[1].bytes());
    const { wps } = host(data);
    const plan = (await wps.writeBack('all')).plan;
    await wps.undo();
    const m = plan.marks.find((x) => x.look === 'error')!;
    const cell = data.sheets.find((s) => s.name === m.sheet)!.cells.get(m.cell)!;
    cell.comment = '用户的批注';
    cell.fill = 0xffffff; // a white fill, not "no fill"
    const before = state(data);
    await wps.writeBack('all');
    expect(cell.comment).toBe(m.note);
    await wps.undo();
    expect(state(data)).toEqual(before);
  });

  it('leaves a written cell the user changed since as the user made it', async () => {
    const data = await etDataFromXlsx(await cases[1].bytes());
    const { wps } = host(data);
    const w = (await wps.writeBack('all')).plan.writes[0];
    data.sheets.find((s) => s.name === w.sheet)!.cells.get(w.cell)!.v = 1234;
    const u = await wps.undo();
    expect(u.kept).toEqual([`${w.sheet}!${w.cell}`]);
    expect(data.sheets.find((s) => s.name === w.sheet)!.cells.get(w.cell)!.v).toBe(1234);
    expect(data.sheets.map((s) => s.name)).not.toContain(RESULT_SHEET);
  });

  it('keeps the profile in a hidden name, and goes to a cell on another sheet', async () => {
    const bytes = await specsToBuffer([mofProject('甲'), tableWithFinding('乙')]);
    const data = await etDataFromXlsx(bytes);
    const { wps } = host(data);
    expect(wps.savedProfile()).toBeNull();
    await wps.saveProfile('hunan');
    expect(wps.savedProfile()).toBe('hunan');
    expect(data.names).toEqual([{ name: PROFILE_NAME, refersTo: '="hunan"', visible: false }]);
    await wps.select('乙', 'F12');
    expect(data.sheets[data.active].name).toBe('乙');
    expect(data.selection).toEqual({ sheet: '乙', cell: 'F12' });
  });

  it('the profile kept in WPS is used by the CLI, kept through fix and restore, read by Excel and read back in WPS', async () => {
    const data = await etDataFromXlsx(await cases[0].bytes());
    await host(data).wps.saveProfile('hunan');
    const saved = await etDataToXlsx(data);
    const checked = await checkXlsx(saved);
    const tables = checked.sheets.flatMap((x) => x.tables);
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables)
      expect([t.profile, t.profileReason]).toEqual(['hunan', expect.stringMatching(/工作簿中保存/)]);
    // --profile still wins.
    const forced = (await checkXlsx(saved, { profile: 'mof2020' })).sheets.flatMap((x) => x.tables);
    expect(forced.map((t) => t.profile)).toEqual(tables.map(() => 'mof2020'));
    // ExcelJS would drop the name; fix and restore put it back, and WPS reads it again.
    const fixed = await fixXlsx(saved);
    const back = await etDataFromXlsx(fixed.bytes);
    expect(host(back).wps.savedProfile()).toBe('hunan');
    const restored = await restoreXlsx(fixed.bytes);
    expect(host(await etDataFromXlsx(restored.bytes)).wps.savedProfile()).toBe('hunan');
    // Excel reads the same name (the pane starts from it when Excel has no choice of its own for the workbook).
    const inExcel = new ExcelAdapter(fakeRun(await fakeBookFromXlsx(saved), { syncs: 0 }), ALL_CAPABILITIES);
    expect(await inExcel.workbookProfile()).toBe('hunan');
    const plainExcel = new ExcelAdapter(
      fakeRun(await fakeBookFromXlsx(await cases[0].bytes()), { syncs: 0 }),
      ALL_CAPABILITIES,
    );
    expect(await plainExcel.workbookProfile()).toBeNull();
    // A workbook without the name is chosen table by table, as before.
    const plain = (await checkXlsx(await cases[0].bytes())).sheets.flatMap((x) => x.tables);
    expect(plain.every((t) => !/工作簿中保存/.test(t.profileReason ?? ''))).toBe(true);
  });

  it('serves whichever workbook is active at each action (one pane for every open workbook)', async () => {
    const a = fakeEt(await etDataFromXlsx(await specsToBuffer([mofProject('甲')])), ALL_SWITCHES[0]).app;
    const b = fakeEt(await etDataFromXlsx(await specsToBuffer([mofProject('乙')])), ALL_SWITCHES[0]).app;
    let active = a;
    const wps = new WpsHost(() => active);
    expect((await wps.check('all')).map((x) => x.report.name)).toEqual(['甲']);
    active = b;
    expect((await wps.check('all')).map((x) => x.report.name)).toEqual(['乙']);
  });

  it('checks only the active sheet when asked, and explains a missing workbook', async () => {
    const data = await etDataFromXlsx(await specsToBuffer([mofProject('甲'), mofProject('乙')]));
    data.active = 1;
    const { wps } = host(data);
    expect((await wps.check('active')).map((a) => a.report.name)).toEqual(['乙']);
    const none = new WpsHost(() => ({ ActiveWorkbook: null }) as never);
    const e = await none.check('all').then(
      () => null,
      (x: unknown) => none.explain(x),
    );
    expect(e?.message).toMatch(/没有打开的工作簿/);
    expect(none.explain(new Error('boom')).message).toMatch(/WPS 表格未能完成操作（boom）/);
  });
});
