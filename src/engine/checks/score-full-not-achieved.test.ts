import { cellsOf } from '../../../test/support/check';
import { clone, mofProject, set } from '../../../test/fixtures/specs';

describe('SCORE_FULL_NOT_ACHIEVED', () => {
  it('reports a hand-judged >0% target with actual 0 and the full score', () => {
    const s = set(set(set(clone(mofProject()), 'E13', '>0%'), 'F13', '0%'), 'I13', '尚未开展');
    expect(cellsOf(s, 'SCORE_FULL_NOT_ACHIEVED')).toEqual(['H13']);
  });
  it('reports a missed deadline with the full score', () => {
    const s = set(set(set(clone(mofProject()), 'E13', '2023年6月30日前'), 'F13', '2023年8月15日'), 'I13', '招标延期');
    expect(cellsOf(s, 'SCORE_FULL_NOT_ACHIEVED')).toEqual(['H13']);
  });
  it('near miss: a score below 分值 for the same shortfall', () => {
    const s = set(set(set(set(clone(mofProject()), 'E13', '>0%'), 'F13', '0%'), 'I13', '尚未开展'), 'H13', 5);
    expect(cellsOf(s, 'SCORE_FULL_NOT_ACHIEVED')).toEqual([]);
  });
});
