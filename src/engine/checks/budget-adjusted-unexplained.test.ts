import { cellsOf } from '../../../test/support/check';
import { clone, sichuanProject, set } from '../../../test/fixtures/specs';

describe('BUDGET_ADJUSTED_UNEXPLAINED', () => {
  it('reports an adjusted budget whose 原因 is blank, at 全年预算数', () => {
    expect(cellsOf(set(clone(sichuanProject()), 'I6', null), 'BUDGET_ADJUSTED_UNEXPLAINED')).toEqual(['D6']);
  });
  it('treats template text as blank', () => {
    expect(
      cellsOf(
        set(clone(sichuanProject()), 'I6', '结合自评情况，说明预算调整原因（100字以内）'),
        'BUDGET_ADJUSTED_UNEXPLAINED',
      ),
    ).toEqual(['D6']);
  });
  it('near miss: a reason is given, or the budget was not adjusted', () => {
    expect(cellsOf(sichuanProject(), 'BUDGET_ADJUSTED_UNEXPLAINED')).toEqual([]);
    const s = set(set(set(clone(sichuanProject()), 'I6', null), 'C6', 130), 'C7', 130);
    expect(cellsOf(s, 'BUDGET_ADJUSTED_UNEXPLAINED')).toEqual([]);
  });
});
