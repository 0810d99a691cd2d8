/**
 * The WPS host reads the same grids as the .xlsx host, whatever way WPS turns out to give empty cells, error
 * cells, one-row blocks and mixed ranges (every switch of the fake, test/support/fake-et.ts): the same examples,
 * corpus tables and odd cells, compared cell by cell. Issue #14, first part: reading.
 */
import * as fs from 'fs';
import ExcelJS from 'exceljs';
import { SheetGrid, addr } from '../src/engine';
import { workbookToGrids } from '../src/hosts/xlsx/read';
import { readWorkbook } from '../src/hosts/wps/read';
import { ALL_SWITCHES } from './support/fake-et';
import { fakeEtFromXlsx } from './support/fake-et-xlsx';
import { SheetSpec, fx, pct } from './fixtures/specs';
import { specsToBuffer } from './fixtures/write-xlsx';
import { WorkbookCase, workbookCases } from './support/cases';
import { exampleFiles } from './support/tmp';

/** Every non-empty cell as "A1 → value, format, formula", and the merged areas, in a stable order. */
function normal(grids: SheetGrid[]): unknown {
  return grids.map((g) => {
    const cells: Record<string, unknown> = {};
    g.rows.forEach((row, r) =>
      row?.forEach((c, k) => {
        if (c) cells[addr(r, k)] = [c.value, c.numFmt ?? null, c.formula ?? null];
      }),
    );
    const merges = g.merges.map((m) => `${addr(m.top, m.left)}:${addr(m.bottom, m.right)}`).sort();
    return { name: g.name, cells, merges };
  });
}

/** Cells the tables rarely hold but WPS must give back right: errors, dates, booleans, formulas, mixed formats. */
const odd: SheetSpec[] = [
  {
    name: '杂项',
    rows: [
      ['错误值', { value: { t: 'error', v: '#DIV/0!' }, formula: '1/0' }, { value: { t: 'error', v: '#N/A' } }],
      ['日期', { value: { t: 'date', v: '2023-12-31' }, numFmt: 'yyyy-mm-dd' }, '2023年12月底前'],
      ['布尔', { value: { t: 'boolean', v: true } }, { value: { t: 'boolean', v: false } }],
      ['公式', fx('SUM(C5:D5)', 30), 10, 20],
      ['格式', pct(0.95), { value: { t: 'number', v: 9.5 }, numFmt: '0.00' }, 7],
      [null, null, null, null, null, '远处'],
    ],
    merges: ['A7:C8'],
  },
  { name: '一行', rows: [['项目名称', '某项目', 12.5, pct(0.9)]], merges: ['B1:C1'] },
  { name: '一格', rows: [['只有一格']], merges: [] },
  // Starts at C3, so the used range does not begin at A1; D4 is a target written "=100%": text, not a formula,
  // though WPS's Formula gives it back as "=100%".
  { name: '偏移', rows: [[], [], [null, null, '项目名称', '某项目'], [null, null, '年度指标值', '=100%']], merges: [] },
];

const cases: WorkbookCase[] = [...workbookCases(), { name: 'odd cells', bytes: () => specsToBuffer(odd) }];

async function xlsxGrids(bytes: Uint8Array): Promise<SheetGrid[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbookToGrids(wb);
}

const label = (s: (typeof ALL_SWITCHES)[number]) =>
  `empty ${s.empty}, errors as ${s.errors}, one row ${s.flattenOneRow ? 'flat' : 'nested'}, mixed ${s.mixed}`;

describe('WPS host reads what the .xlsx host reads', () => {
  describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    it(`under all ${ALL_SWITCHES.length} switch combinations`, async () => {
      const bytes = await c.bytes();
      const expected = normal(await xlsxGrids(bytes));
      for (const sw of ALL_SWITCHES) {
        const { book } = await fakeEtFromXlsx(bytes, sw);
        expect({ switches: label(sw), grids: normal(readWorkbook(book)) }).toEqual({
          switches: label(sw),
          grids: expected,
        });
      }
    });
  });

  it('the odd cells are what they should be (so the comparison above is not of two empty grids)', async () => {
    const grids = normal(await xlsxGrids(await specsToBuffer(odd))) as Array<{ cells: Record<string, unknown> }>;
    expect(grids[0].cells.B1).toEqual([{ t: 'error', v: '#DIV/0!' }, null, '1/0']);
    expect(grids[0].cells.B2).toEqual([{ t: 'date', v: '2023-12-31' }, 'yyyy-mm-dd', null]);
    expect(grids[0].cells.B3).toEqual([{ t: 'boolean', v: true }, null, null]);
    expect(grids[1].cells.D1).toEqual([{ t: 'number', v: 0.9 }, '0.00%', null]);
    expect(grids[3].cells.D4).toEqual([{ t: 'text', v: '=100%' }, null, null]);
  });

  it('asks WPS for no member the fake does not model, and reads a sheet in a handful of calls', async () => {
    const { book, counter } = await fakeEtFromXlsx(new Uint8Array(fs.readFileSync(exampleFiles()[0])), ALL_SWITCHES[0]);
    const grids = readWorkbook(book);
    expect(grids.length).toBeGreaterThan(0);
    // Per sheet: the used range, Value2, Formula and NumberFormat of each block, then merges row by row.
    expect(counter.reads).toBeLessThan(2000);
  });
});
