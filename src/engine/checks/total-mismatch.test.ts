import { cellsOf } from '../../../test/support/check';
import { clone, mofProject, set, sichuanProject } from '../../../test/fixtures/specs';

describe('TOTAL_MISMATCH', () => {
  it('reports a 总分 得分 that is not the sum of the entered scores', () => {
    expect(cellsOf(set(clone(mofProject()), 'H17', 98), 'TOTAL_MISMATCH')).toEqual(['H17']);
  });
  it('reads a 合计 row whose numbers stand right after its label', () => {
    expect(cellsOf(set(clone(sichuanProject()), 'C15', 98), 'TOTAL_MISMATCH')).toEqual(['C15']);
  });
  it('near miss: sum of entered scores (not computed ones)', () => {
    // 得分 18 entered for a full indicator: SCORE_MISMATCH, but the total adds up as entered.
    const s = set(set(clone(mofProject()), 'H12', 18), 'H17', 97.5);
    expect(cellsOf(s, 'TOTAL_MISMATCH')).toEqual([]);
    expect(cellsOf(sichuanProject(), 'TOTAL_MISMATCH')).toEqual([]);
  });
});
