import { cellsOf } from '../../../test/support/check';
import { clone, mofProject, set } from '../../../test/fixtures/specs';

describe('SCORE_EXCEEDS_WEIGHT', () => {
  it('reports 得分 above 分值', () => {
    expect(cellsOf(set(clone(mofProject()), 'H13', 16), 'SCORE_EXCEEDS_WEIGHT')).toEqual(['H13']);
    expect(cellsOf(set(clone(mofProject()), 'H5', 11), 'SCORE_EXCEEDS_WEIGHT')).toEqual(['H5']);
  });
  it('near miss: 得分 equal to 分值', () => {
    expect(cellsOf(mofProject(), 'SCORE_EXCEEDS_WEIGHT')).toEqual([]);
    expect(cellsOf(set(clone(mofProject()), 'H13', 15.004), 'SCORE_EXCEEDS_WEIGHT')).toEqual([]);
  });
});
