import { cellsOf } from '../../../test/support/check';
import { clone, mofProject, set } from '../../../test/fixtures/specs';

describe('SCORE_MISSING', () => {
  it('reports an indicator with a weight but no score', () => {
    expect(cellsOf(set(clone(mofProject()), 'H13', null), 'SCORE_MISSING')).toEqual(['H13']);
  });
  it('reports the 执行率 row with no 得分', () => {
    expect(cellsOf(set(clone(mofProject()), 'H5', '—'), 'SCORE_MISSING')).toEqual(['H5']);
  });
  it('near miss: a blank 总分 得分 is not SCORE_MISSING (it is recomputed and written back)', () => {
    expect(cellsOf(set(clone(mofProject()), 'H17', null), 'SCORE_MISSING')).toEqual([]);
  });
  it('near miss: a score of 0 is a score; a placeholder row without weight needs none', () => {
    const s = set(set(set(clone(mofProject()), 'H13', 0), 'F13', '0%'), 'I13', '未开展考核');
    expect(cellsOf(s, 'SCORE_MISSING')).toEqual([]);
  });
});
