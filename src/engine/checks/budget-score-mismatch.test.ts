import { cellsOf } from '../../../test/support/check';
import { clone, mofProject, set } from '../../../test/fixtures/specs';

describe('BUDGET_SCORE_MISMATCH', () => {
  it('reports an execution score that is not 分值 × 执行率', () => {
    expect(cellsOf(set(clone(mofProject()), 'H5', 9), 'BUDGET_SCORE_MISMATCH')).toEqual(['H5']);
  });
  it('caps the score at 分值 when over-executed', () => {
    const s = set(set(set(clone(mofProject()), 'E5', 250), 'E6', 240), 'H5', 10.42);
    expect(cellsOf(s, 'BUDGET_SCORE_MISMATCH')).toEqual(['H5']);
  });
  it('near miss: rounding half-up in decimal (1282.5/1350 × 10 = 9.5) and 0.004 off', () => {
    expect(cellsOf(set(clone(mofProject()), 'H5', 9.504), 'BUDGET_SCORE_MISMATCH')).toEqual([]);
    expect(cellsOf(set(clone(mofProject()), 'H5', 9.505), 'BUDGET_SCORE_MISMATCH')).toEqual(['H5']);
  });
});
