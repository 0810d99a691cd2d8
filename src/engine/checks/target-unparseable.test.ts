import { cellsOf } from '../../../test/support/check';
import { clone, mofProject, set } from '../../../test/fixtures/specs';

describe('TARGET_UNPARSEABLE', () => {
  it('reports an operator with no number, and a range', () => {
    expect(cellsOf(set(clone(mofProject()), 'E13', '≥百分之九十'), 'TARGET_UNPARSEABLE')).toEqual(['E13']);
    expect(cellsOf(set(clone(mofProject()), 'E13', '90%-95%'), 'TARGET_UNPARSEABLE')).toEqual(['E13']);
  });
  it('near miss: qualitative text, dates, thousands separators and 以上', () => {
    for (const t of ['有效维护', '2023年12月31日前', '≥1,000人次', '95%以上', '不低于90%'])
      expect(cellsOf(set(clone(mofProject()), 'E13', t), 'TARGET_UNPARSEABLE')).toEqual([]);
  });
});
