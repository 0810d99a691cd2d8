import { cellsOf } from '../../../test/support/check';
import { clone, mofProject, set } from '../../../test/fixtures/specs';

describe('BUDGET_VALUE_INVALID', () => {
  it('reports text in an amount cell', () => {
    expect(cellsOf(set(clone(mofProject()), 'E6', '约218'), 'BUDGET_VALUE_INVALID')).toEqual(['E6']);
  });
  it('reports an error value', () => {
    expect(cellsOf(set(clone(mofProject()), 'D5', '#REF!'), 'BUDGET_VALUE_INVALID')).toEqual(['D5']);
  });
  it('near miss: numbers written as text with separators, and dashes for empty', () => {
    const s = set(set(clone(mofProject()), 'D5', '240.00'), 'E8', '—');
    expect(cellsOf(s, 'BUDGET_VALUE_INVALID')).toEqual([]);
    expect(cellsOf(set(clone(mofProject()), 'D5', '1,240'), 'BUDGET_VALUE_INVALID')).toEqual([]);
  });
});
