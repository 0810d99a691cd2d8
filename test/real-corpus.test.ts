/**
 * The real corpus (test/fixtures/real): published tables, expectations written by hand before the engine ran.
 * Done means: no false error or warning, every expected finding found by code and cell, totals within 0.01,
 * and each table scored with the profile its labels imply.
 */
import { loadCorpus } from './fixtures/real/corpus';
import { judge } from './fixtures/real/judge';

const corpus = loadCorpus();

describe('real corpus', () => {
  it('holds the transcribed tables, each with its source', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(11);
    for (const t of corpus) {
      // An address, or — for a page stored without one — a statement that says so, then its publisher and date.
      expect(t.meta.source).toMatch(/^(https?:\/\/|no address in the stored copy — .*发布时间 \d{4}-\d\d-\d\d)/);
      expect(t.meta.province).toBeTruthy();
      expect(t.meta.year).toMatch(/^20\d\d$/);
      // Decided by hand for every table: its profile, and its total unless the copy is cut short or it has none.
      expect(`${t.file}: ${t.profile}`).toMatch(/: \w+$/);
      if (!t.truncated) expect(`${t.file}: ${t.total !== null || t.totalNone}`).toMatch(/: true$/);
    }
  });

  describe.each(corpus.map((t) => [t.file, t] as const))('%s', (_name, t) => {
    const v = judge(t);
    it('raises no error or warning that was not expected', () => {
      expect([...v.falseErrors, ...v.falseWarnings]).toEqual([]);
    });
    it('finds every expected finding at its cell', () => {
      expect(v.missed).toEqual([]);
    });
    if (t.total !== null && !t.truncated)
      it('computes the total', () => {
        expect(v.computedTotal).not.toBeNull();
        expect(Math.abs((v.computedTotal ?? NaN) - (t.total as number))).toBeLessThan(0.01);
      });
    if (t.profile !== null)
      it(`is scored with the ${t.profile} profile`, () => {
        expect(v.profile).toBe(t.profile);
      });
  });
});
