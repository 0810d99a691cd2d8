import { cellsOf } from '../../../test/support/check';
import { clone, mofProject, pct, set } from '../../../test/fixtures/specs';

describe('BUDGET_RATE_LOW', () => {
  it('reports 执行率 below 90% at the rate cell', () => {
    const s = set(set(set(set(clone(mofProject()), 'E5', 180), 'E6', 170), 'G5', pct(0.75)), 'H5', 7.5);
    expect(cellsOf(s, 'BUDGET_RATE_LOW')).toEqual(['G5']);
  });
  it('near miss: exactly 90%', () => {
    const s = set(set(set(set(clone(mofProject()), 'E5', 216), 'E6', 206), 'G5', pct(0.9)), 'H5', 9);
    expect(cellsOf(s, 'BUDGET_RATE_LOW')).toEqual([]);
  });
});
