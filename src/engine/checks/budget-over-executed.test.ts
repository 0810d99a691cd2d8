import { cellsOf } from '../../../test/support/check';
import { clone, mofProject, set } from '../../../test/fixtures/specs';

describe('BUDGET_OVER_EXECUTED', () => {
  it('reports 全年执行数 above 全年预算数', () => {
    const s = set(set(set(clone(mofProject()), 'E5', 250), 'E6', 240), 'G5', {
      value: { t: 'number', v: 1.041667 },
      numFmt: '0.00%',
    });
    expect(cellsOf(s, 'BUDGET_OVER_EXECUTED')).toEqual(['E5', 'E6']);
  });
  it('near miss: executed exactly the budget', () => {
    const s = set(set(set(clone(mofProject()), 'E5', 240), 'E6', 220), 'E7', 20);
    expect(cellsOf(s, 'BUDGET_OVER_EXECUTED')).toEqual([]);
  });
});
