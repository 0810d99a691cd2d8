import { cellsOf } from '../../../test/support/check';
import { clone, mofProject, set } from '../../../test/fixtures/specs';

describe('WEIGHT_SUM_MISMATCH', () => {
  it('reports weights that do not add up to 100, at the 总分 分值 cell', () => {
    const s = set(set(clone(mofProject()), 'G16', 5), 'H16', 5);
    expect(cellsOf(s, 'WEIGHT_SUM_MISMATCH')).toEqual(['G17']);
  });
  it('points at the 分值 header when there is no 总分 分值', () => {
    const s = set(set(set(set(clone(mofProject()), 'G16', 5), 'H16', 5), 'G17', null), 'H17', 94.5);
    expect(cellsOf(s, 'WEIGHT_SUM_MISMATCH')).toEqual(['G11']);
  });
  it('uses the profile execution weight (hubei 20)', () => {
    expect(cellsOf(mofProject(), 'WEIGHT_SUM_MISMATCH', 'hubei')).toEqual([]);
  });
  it('near miss: weights adding up to 100', () => {
    expect(cellsOf(mofProject(), 'WEIGHT_SUM_MISMATCH')).toEqual([]);
  });
});
