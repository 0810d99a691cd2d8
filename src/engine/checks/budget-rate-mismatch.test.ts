import { cellsOf, messagesOf } from '../../../test/support/check';
import { clone, mofProject, pct, set } from '../../../test/fixtures/specs';

describe('BUDGET_RATE_MISMATCH', () => {
  it('reports a rate computed on 年初预算数', () => {
    const s = set(clone(mofProject()), 'G5', pct(1.14));
    expect(cellsOf(s, 'BUDGET_RATE_MISMATCH')).toEqual(['G5']);
    expect(messagesOf(s, 'BUDGET_RATE_MISMATCH')[0]).toContain('年初预算数');
  });
  it('reports a wrong text rate and a rate that is not a percentage', () => {
    expect(cellsOf(set(clone(mofProject()), 'G5', '90%'), 'BUDGET_RATE_MISMATCH')).toEqual(['G5']);
    expect(cellsOf(set(clone(mofProject()), 'G5', '九成五'), 'BUDGET_RATE_MISMATCH')).toEqual(['G5']);
  });
  it('near miss: a blank rate has nothing to compare (the write-back fills it)', () => {
    expect(cellsOf(set(clone(mofProject()), 'G5', null), 'BUDGET_RATE_MISMATCH')).toEqual([]);
  });
  it('near miss: the same rate as text, as percentage points, or within 0.00005', () => {
    expect(cellsOf(set(clone(mofProject()), 'G5', '95.00%'), 'BUDGET_RATE_MISMATCH')).toEqual([]);
    expect(cellsOf(set(clone(mofProject()), 'G5', 95), 'BUDGET_RATE_MISMATCH')).toEqual([]);
    expect(cellsOf(set(clone(mofProject()), 'G5', pct(0.95004)), 'BUDGET_RATE_MISMATCH')).toEqual([]);
    expect(cellsOf(set(clone(mofProject()), 'G5', pct(0.95006)), 'BUDGET_RATE_MISMATCH')).toEqual(['G5']);
  });
});
