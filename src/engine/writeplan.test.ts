import { analyzeSheet, buildWritePlan } from '.';
import {
  clone,
  hunanProject,
  mofProject,
  mofWithoutIndicators,
  set,
  tableWithFinding,
  toGrid,
} from '../../test/fixtures/specs';
import { loadCorpus } from '../../test/fixtures/real/corpus';

const plan = (s: ReturnType<typeof mofProject>) => buildWritePlan([analyzeSheet(toGrid(s))]);

describe('write plan: never make a table worse', () => {
  it('holds back the scores of a group whose 一级指标 label contradicts its 分值, and the 总分', () => {
    // A typo: 40 where the 产出指标（20分） group says 20 (weights sum to 110); the entered scores are right.
    const s = set(set(clone(hunanProject()), 'G16', 30), 'H16', 9.5);
    const p = plan(s);
    // H17 already holds its computed 10: nothing to write or hold there.
    expect(p.held.map((h) => h.cell).sort()).toEqual(['H16', 'H22']);
    expect(p.writes.map((w) => w.cell)).not.toContain('H22');
    expect(p.held[0].reason).toContain('请先更正分值');
  });
  it('never writes a 总分 above the full score (a real table whose weights add up to 110)', () => {
    const t = loadCorpus().find((x) => x.file.startsWith('01-'))!;
    const p = buildWritePlan([analyzeSheet(t.grid)]);
    expect(p.writes.filter((w) => w.what === 'total')).toEqual([]);
    expect(p.held.map((h) => h.cell)).toContain('H23');
  });
  it('never writes a 总分 when no indicator was read under the header (it would be the budget score alone)', () => {
    for (const rows of ['none', 'template'] as const) {
      const s = mofWithoutIndicators(rows);
      const total = rows === 'none' ? 'H12' : 'H14';
      const an = analyzeSheet(toGrid(set(s, total, null))); // a blank 总分 得分: fix filled in 9.5
      expect(an.report.tables[0].total).toMatchObject({ computedScore: null, grade: null });
      const p = buildWritePlan([an]);
      expect(p.writes.map((w) => w.cell)).not.toContain(total);
      expect(p.held).toEqual([]);
    }
  });
  it('never writes a partial 总分: an indicator with no actual and no score leaves the total unknown', () => {
    const s = set(set(set(clone(mofProject()), 'F13', null), 'H13', null), 'H17', null);
    const an = analyzeSheet(toGrid(s));
    expect(an.report.tables[0].total).toMatchObject({ computedScore: null, grade: null });
    expect(buildWritePlan([an]).writes.map((w) => w.cell)).not.toContain('H17');
  });
  it('near miss: consistent weights write the computed scores and 总分', () => {
    const s = set(set(clone(mofProject()), 'H13', 14), 'H17', 90);
    const p = plan(s);
    expect(p.held).toEqual([]);
    expect(p.writes.map((w) => w.cell)).toEqual(expect.arrayContaining(['H13', 'H17']));
  });
});

describe('write plan: each written cell explains itself and looks like its neighbours', () => {
  const num = (v: number, numFmt?: string) => ({ value: { t: 'number' as const, v }, numFmt });
  const writeAt = (p: ReturnType<typeof plan>, cell: string) => p.writes.find((w) => w.cell === cell);
  const markAt = (p: ReturnType<typeof plan>, cell: string) => p.marks.find((m) => m.cell === cell);

  it.each([
    // [case, cells set on the clean MOF table, the cell written, its number format, shown before → after]
    ['a blank 执行率 is written as a percentage', [['G5', null]], 'G5', '0.00%', '（空）', '95.00%'],
    [
      'a wrong 执行率 keeps its own percent format',
      [['G5', { value: { t: 'number', v: 0.9 }, numFmt: '0%' }]],
      'G5',
      '0%',
      '90%',
      '95%',
    ],
    [
      'a score without a format takes its General neighbours (whole stays whole)',
      [['F12', '450人次']],
      'H12',
      'General',
      '20',
      '18',
    ],
    [
      'a score without a format takes the format its column shows',
      [
        ['F12', '450人次'],
        ['H13', num(15, '0.00')],
        ['H14', num(15, '0.00')],
        ['H15', num(30, '0.00')],
        ['H16', num(10, '0.00')],
      ],
      'H12',
      '0.00',
      '20',
      '18.00',
    ],
    [
      'a score keeps its own format',
      [
        ['F12', '450人次'],
        ['H12', num(20, '0.0')],
      ],
      'H12',
      '0.0',
      '20.0',
      '18.0',
    ],
  ] as Array<[string, Array<[string, unknown]>, string, string, string, string]>)(
    '%s',
    (_name, cells, cell, numFmt, before, after) => {
      const s = clone(mofProject());
      for (const [a, v] of cells) set(s, a, v as never);
      const w = writeAt(plan(s), cell);
      expect(w).toBeDefined();
      expect([w!.numFmt, w!.shownBefore, w!.shownAfter]).toEqual([numFmt, before, after]);
      expect(markAt(plan(s), cell)!.note).toContain(`原值 ${before} → 写入 ${after}`);
    },
  );

  it.each([
    ['text "95%"', '95%'],
    ['95 read as percentage points', 95],
    ['0.95 as a plain number', 0.95],
  ])('leaves a 执行率 equal in value alone: %s', (_name, v) => {
    const p = plan(set(clone(mofProject()), 'G5', v));
    expect(writeAt(p, 'G5')).toBeUndefined();
    expect(markAt(p, 'G5')).toBeUndefined();
  });
  it('near miss: a text 执行率 of another value is written, and its note quotes the text', () => {
    const p = plan(set(clone(mofProject()), 'G5', '90%'));
    expect(writeAt(p, 'G5')?.value).toBe(0.95);
    expect(markAt(p, 'G5')?.note).toContain('原值 90% → 写入 95.00%');
  });

  it('gives a cell both flagged and written one note with both, and the written fill once the write answers the finding', () => {
    const p = plan(tableWithFinding());
    const marks = p.marks.filter((m) => m.cell === 'H12');
    expect(marks).toHaveLength(1);
    expect(marks[0].note).toMatch(/\[错误 SCORE_MISMATCH\][^\n]*\n原值 20 → 写入 18/);
    expect(marks[0].look).toBe('written');
    // The 总分 had no finding of its own (99.5 = 9.5 + 90 before the write): written, with its own note.
    expect(markAt(p, 'H17')).toMatchObject({ look: 'written' });
    expect(markAt(p, 'H17')!.note).toContain('原值 99.5 → 写入 97.5');
  });
  it('keeps the finding fill where the write does not answer the finding (a low 执行率 stays low)', () => {
    const p = plan(set(set(clone(mofProject()), 'E5', 180), 'G5', null));
    expect(writeAt(p, 'G5')?.value).toBe(0.75);
    expect(markAt(p, 'G5')).toMatchObject({ look: 'warning' });
    expect(markAt(p, 'G5')!.note).toMatch(/BUDGET_RATE_LOW[\s\S]*原值 （空） → 写入 75.00%/);
  });
  it('writes notes and reasons in English when asked', () => {
    const s = tableWithFinding();
    const p = buildWritePlan([analyzeSheet(toGrid(s), { lang: 'en' })], { lang: 'en' });
    expect(p.lang).toBe('en');
    expect(markAt(p, 'H12')!.note).toContain('Original 20 → written 18');
    // Only quoted table content may be Chinese.
    const notes = p.marks.map((m) => m.note.replace(/"[^"]*"|“[^”]*”/g, '')).join('\n');
    expect(notes).not.toMatch(/[\u4e00-\u9fff]/);
  });
  it('says why a held-back value was not written, at its cell when it has a finding', () => {
    // 分值 typo 30 (group says 20) and an entered score 25 above it: H16 has findings and is held back.
    const p = plan(set(set(clone(hunanProject()), 'G16', 30), 'H16', 25));
    expect(p.held.map((h) => h.cell)).toContain('H16');
    expect(markAt(p, 'H16')!.note).toMatch(/计算值 \S+ 未写入：.*请先更正分值/);
  });
});
