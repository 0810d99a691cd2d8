/**
 * What the checks say together on one sheet — the cases where one check's finding must not bring another's with
 * it. Each check's own cases are tables beside it (src/engine/checks/*.test.ts); these run every check.
 */
import { analyzeSheet } from '../src/engine';
import { cellsOf, findings } from './support/check';
import { blockWeightedForm, clone, mofProject, set, toGrid } from './fixtures/specs';

describe('checks together', () => {
  it('an actual that copies its target is scored by its number: no SCORE_MISMATCH beside ACTUAL_COPIES_TARGET', () => {
    const s = set(clone(mofProject()), 'F13', '≥90%');
    expect(cellsOf(s, 'ACTUAL_COPIES_TARGET')).toEqual(['F13']);
    expect(cellsOf(s, 'SCORE_MISMATCH')).toEqual([]);
  });
  it('a blank 年度资金总额 row is reported, and 执行率 is computed from the sources', () => {
    const s = set(set(set(clone(mofProject()), 'C5', null), 'D5', null), 'E5', null);
    expect(cellsOf(s, 'BUDGET_SOURCES_MISMATCH')).toEqual(['C5', 'D5', 'E5']);
    expect(analyzeSheet(toGrid(s)).report.tables[0].budget?.rate).toBeCloseTo(0.95, 10);
  });
  it('a nonstandard operator read as its standard one brings no error with it (》90% → >90%, met by 95%)', () => {
    const s = set(clone(mofProject()), 'E13', '》90%');
    expect(cellsOf(s, 'TARGET_OPERATOR_NONSTANDARD')).toEqual(['E13']);
    expect(findings(s).filter((f) => f.severity === 'error')).toEqual([]);
  });
  it('a form without a 分值 column is said once to be partly checked, and raises no error', () => {
    const s = blockWeightedForm();
    expect(findings(s).map((f) => `${f.code}@${f.cell}`)).toEqual(['LAYOUT_PARTIAL@B5']);
  });
});
