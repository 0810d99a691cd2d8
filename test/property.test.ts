import fc from 'fast-check';
import { Cell, SheetGrid, analyzeSheet, buildWritePlan, gridsAfterWrites, parseAddr, parseRange } from '../src/engine';
import { LABELS as LABEL_FAMILIES } from '../src/engine/text';
import { SpecCell, clone, departmentTable, hunanProject, mofProject, sichuanProject, toGrid } from './fixtures/specs';

const LABELS: string[] = Object.values(LABEL_FAMILIES).flat();
const WORDS = [
  '≥500人次',
  '=0次',
  '95%',
  '》90%',
  '≤15天',
  '完成',
  '—',
  '/',
  '2023年12月31日前',
  '有效',
  '#DIV/0!',
  '1,000',
  '(100字以内)',
  '=1+1',
  '@cmd',
  '\u0007',
];

const cellArb: fc.Arbitrary<Cell | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.constantFrom(...LABELS, ...WORDS).map((v): Cell => ({ value: { t: 'text', v } })) },
  {
    weight: 3,
    arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((v): Cell => ({ value: { t: 'number', v } })),
  },
  {
    weight: 1,
    arbitrary: fc
      .double({ min: 0, max: 2, noNaN: true })
      .map((v): Cell => ({ value: { t: 'number', v }, numFmt: '0.00%' })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<Cell>(
      { value: { t: 'error', v: '#N/A' } },
      { value: { t: 'boolean', v: true } },
      { value: { t: 'date', v: '2023-06-30' } },
      { value: { t: 'number', v: 5 }, formula: 'A1+1' },
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }).map((v): Cell => ({ value: { t: 'text', v } })) },
);

const gridArb: fc.Arbitrary<SheetGrid> = fc
  .tuple(fc.integer({ min: 0, max: 24 }), fc.integer({ min: 1, max: 12 }))
  .chain(([rows, cols]) =>
    fc.record({
      rows: fc.array(fc.array(cellArb, { minLength: 0, maxLength: cols }), { minLength: rows, maxLength: rows }),
      merges: fc.array(
        fc
          .tuple(fc.nat(rows + 2), fc.nat(cols + 2), fc.nat(3), fc.nat(3))
          .map(([t, l, h, w]) => ({ top: t, left: l, bottom: t + h, right: l + w })),
        { maxLength: 6 },
      ),
    }),
  )
  .map(({ rows, merges }) => ({ name: 'P', rows, merges }));

/** Grids made of a real table with any of its cells replaced: the locator finds tables, the checks run. */
const tableGridArb: fc.Arbitrary<SheetGrid> = fc
  .tuple(
    fc.constantFrom(mofProject, hunanProject, departmentTable, sichuanProject),
    fc.array(fc.tuple(fc.nat(24), fc.nat(11), cellArb), { maxLength: 12 }),
  )
  .map(([make, edits]) => {
    const s = clone(make());
    for (const [r, c, v] of edits) {
      while (s.rows.length <= r) s.rows.push([]);
      s.rows[r][c] = (v ?? null) as SpecCell;
    }
    return toGrid(s);
  });

function inside(cell: string, range: string): boolean {
  const a = parseAddr(cell)!;
  const rg = parseRange(range)!;
  return a.r >= rg.top && a.r <= rg.bottom && a.c >= rg.left && a.c <= rg.right;
}

describe('engine properties (fast-check)', () => {
  it('never throws on arbitrary grids, and plans without throwing', () => {
    fc.assert(
      fc.property(fc.oneof(gridArb, tableGridArb), (g) => {
        const a = analyzeSheet(g);
        buildWritePlan([a]);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
  });

  it("puts every table finding inside its table's range", () => {
    fc.assert(
      fc.property(fc.oneof(gridArb, tableGridArb), (g) => {
        for (const t of analyzeSheet(g).report.tables)
          for (const f of t.findings)
            expect(`${f.cell} in ${t.range}: ${inside(f.cell, t.range)}`).toBe(`${f.cell} in ${t.range}: true`);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 400) },
    );
  });

  it('checking the result of a fix yields no score, rate or total mismatch outside the cells it held back', () => {
    const numbers = fc.oneof(
      fc.integer({ min: 0, max: 40 }),
      fc.double({ min: 0, max: 40, noNaN: true }).map((x) => Math.round(x * 1000) / 1000),
    );
    const arb = fc.record({
      make: fc.constantFrom(mofProject, hunanProject, departmentTable, sichuanProject),
      scores: fc.array(fc.tuple(fc.nat(24), numbers), { maxLength: 8 }),
      actuals: fc.array(
        fc.tuple(
          fc.nat(24),
          fc.constantFrom('450人次', '600人次', '80%', '100%', '0次', '3次', '20天', '达标', '基本达成', 0.5, 12),
        ),
        { maxLength: 6 },
      ),
      executed: fc.integer({ min: 0, max: 2000 }),
    });
    fc.assert(
      fc.property(arb, ({ make, scores, actuals, executed }) => {
        const s = clone(make());
        const scoreCol = s.rows.findIndex((r) => r.includes('得分'));
        for (const [r, v] of scores) if (s.rows[r] && scoreCol >= 0) s.rows[r][7] = v;
        for (const [r, v] of actuals) if (s.rows[r]) s.rows[r][5] = v;
        const totalRow = s.rows.findIndex((r) => r.some((c) => typeof c === 'string' && /总额/.test(c)));
        if (totalRow >= 0) s.rows[totalRow][4] = executed;
        const grid = toGrid(s);
        const plan = buildWritePlan([analyzeSheet(grid)]);
        const [fixed] = gridsAfterWrites([grid], plan);
        // A value the plan held back (inconsistent weights, a 总分 above the full score) keeps its mismatch: that is
        // the point of holding it back, and 校验结果 says why. Everywhere else the fix leaves no mismatch.
        const held = new Set(plan.held.map((h) => h.cell));
        const after = analyzeSheet(fixed).report.tables.flatMap((t) =>
          t.findings.filter((f) => !held.has(f.cell)).map((f) => f.code),
        );
        for (const c of ['SCORE_MISMATCH', 'BUDGET_RATE_MISMATCH', 'BUDGET_SCORE_MISMATCH', 'TOTAL_MISMATCH'])
          expect(after).not.toContain(c);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 300) },
    );
  });
});
