import { analyzeSheet, buildWritePlan } from '.';
import { clone, hunanProject, mofProject, set, toGrid } from '../../test/fixtures/specs';
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
  it('near miss: consistent weights write the computed scores and 总分', () => {
    const s = set(set(clone(mofProject()), 'H13', 14), 'H17', 90);
    const p = plan(s);
    expect(p.held).toEqual([]);
    expect(p.writes.map((w) => w.cell)).toEqual(expect.arrayContaining(['H13', 'H17']));
  });
});
