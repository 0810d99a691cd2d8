/** Odd but legal sheets (issue: hostile and broken input, part 3). */
import { Cell, analyzeSheet, gridFromArrays, SheetGrid } from '../src/engine';
import { SheetSpec, clone, mofProject, set, tableWithFinding, toGrid } from './fixtures/specs';

function codes(g: SheetGrid): string[] {
  return analyzeSheet(g).report.tables.flatMap((t) => t.findings.map((f) => `${f.code}@${f.cell}`));
}

/** Moves a spec down by `rows` and right by `cols`. */
function shift(spec: SheetSpec, rows: number, cols: number): SheetSpec {
  const s = clone(spec);
  s.rows = [
    ...Array.from({ length: rows }, () => []),
    ...s.rows.map((r) => [...Array.from({ length: cols }, () => null), ...r]),
  ];
  const colName = (c: number) => String.fromCharCode(65 + c);
  s.merges = s.merges.map((m) =>
    m.replace(
      /([A-Z]+)(\d+)/g,
      (_x, col: string, row: string) => colName(col.charCodeAt(0) - 65 + cols) + String(Number(row) + rows),
    ),
  );
  return s;
}

describe('odd but legal sheets', () => {
  it('finds a table that starts in column D, and names cells accordingly', () => {
    const r = analyzeSheet(toGrid(shift(mofProject(), 3, 3))).report;
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].range).toBe('D4:L20');
    expect(r.tables[0].budget?.rateCell).toBe('J8');
    expect(r.tables[0].findings).toEqual([]);
  });

  it('finds two tables side by side', () => {
    const a = mofProject('并排');
    const b = tableWithFinding();
    const s: SheetSpec = {
      name: '并排',
      rows: a.rows.map((row, i) => [...row, ...Array(9 - row.length).fill(null), null, ...b.rows[i]]),
      merges: [...a.merges],
    };
    for (const m of b.merges)
      s.merges.push(
        m.replace(
          /([A-Z]+)(\d+)/g,
          (_x, col: string, row: string) => String.fromCharCode(col.charCodeAt(0) + 10) + row,
        ),
      );
    const r = analyzeSheet(toGrid(s)).report;
    expect(r.tables.map((t) => t.range)).toEqual(['A1:I17', 'K1:S17']);
    expect(r.tables[0].findings).toEqual([]);
    expect(r.tables[1].findings.map((f) => `${f.code}@${f.cell}`)).toEqual([
      'SCORE_MISMATCH@R12',
      'DEVIATION_NOTE_MISSING@S12',
    ]);
  });

  it('finds a table far down a 100,000-row sheet with noise above it', () => {
    const spec = mofProject('长表');
    const rows: Array<Array<string | number | null>> = [];
    for (let i = 0; i < 99000; i++) rows.push(i % 7 === 0 ? [`流水${i}`, i, i * 1.5] : []);
    const grid = gridFromArrays('长表', [...rows, ...(spec.rows as Array<Array<string | number | null>>)], []);
    const withMerges = { ...grid, merges: toGrid(shift(spec, 99000, 0)).merges };
    const r = analyzeSheet(withMerges).report;
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].range).toBe('A99001:I99017');
    expect(r.tables[0].total.computedScore).toBe(99.5);
  });

  it('reads numbers stored as text', () => {
    const s = clone(mofProject());
    for (const [a, v] of [
      ['C5', '200'],
      ['D5', '240.00'],
      ['E5', '228'],
      ['G12', '20'],
      ['H12', '20'],
      ['H5', '9.50'],
      ['H17', '99.5'],
    ] as const)
      set(s, a, v);
    expect(codes(toGrid(s))).toEqual([]);
  });

  it('reports formulas that return errors instead of failing', () => {
    const s = clone(mofProject());
    set(s, 'G5', { value: { t: 'error', v: '#DIV/0!' }, formula: 'E5/D5', numFmt: '0.00%' } as Cell);
    set(s, 'H12', { value: { t: 'error', v: '#REF!' }, formula: '#REF!*2' } as Cell);
    set(s, 'F13', { value: { t: 'error', v: '#N/A' }, formula: 'VLOOKUP(1,X:X,2,0)' } as Cell);
    expect(codes(toGrid(s))).toEqual(
      expect.arrayContaining(['BUDGET_RATE_MISMATCH@G5', 'SCORE_MISSING@H12', 'ACTUAL_NOT_NUMERIC@F13']),
    );
  });

  it('reports a date where an amount belongs', () => {
    const s = set(clone(mofProject()), 'D6', { value: { t: 'date', v: '2023-02-20' } } as Cell);
    expect(codes(toGrid(s))).toContain('BUDGET_VALUE_INVALID@D6');
  });

  it('survives merged ranges that cross blocks', () => {
    const s = clone(mofProject());
    s.merges = s.merges.filter((m) => m !== 'A4:A8' && m !== 'A9:A10');
    s.merges.push('A4:A10'); // 项目资金 merged down into 年度总体目标's rows
    s.rows[8][0] = null;
    const r = analyzeSheet(toGrid(s)).report;
    expect(r.tables).toHaveLength(1);
    expect(r.tables[0].budget?.rate).toBe(0.95);
    expect(r.tables[0].indicators).toHaveLength(5);
  });

  it('ignores a sheet of noise and charts-only sheets without failing', () => {
    const r = analyzeSheet(gridFromArrays('图表', [], [])).report;
    expect(r.findings.map((f) => f.code)).toEqual(['LAYOUT_NOT_FOUND']);
  });
});

describe('odd but legal workbooks', () => {
  it('reads hidden rows and columns like any others', async () => {
    const { specsToWorkbook } = await import('./fixtures/write-xlsx');
    const { checkXlsx } = await import('../src/hosts/xlsx');
    const wb = specsToWorkbook([mofProject()]);
    const ws = wb.worksheets[0];
    ws.getRow(13).hidden = true;
    ws.getColumn(9).hidden = true;
    ws.getCell('F13').value = '80%'; // a shortfall in the hidden row, its note column hidden too
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const r = await checkXlsx(bytes);
    expect(r.sheets[0].tables[0].findings.map((f) => `${f.code}@${f.cell}`)).toEqual([
      'SCORE_MISMATCH@H13',
      'DEVIATION_NOTE_MISSING@I13',
    ]);
  });
});
