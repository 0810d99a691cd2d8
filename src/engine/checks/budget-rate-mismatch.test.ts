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
  describe('a rate shown to fewer decimals than computed (206.9 ÷ 240 = 86.2083%)', () => {
    const base = () => set(clone(mofProject()), 'E5', 206.9);
    it.each([
      ['86% as text', '86%'],
      ['0.86 shown as 0%', { value: { t: 'number' as const, v: 0.86 }, numFmt: '0%' }],
      ['86.21% shown to two decimals', pct(0.8621)],
      ['86.2 as percentage points', 86.2],
    ])('near miss: %s is the computed rate as the cell shows it', (_name, v) => {
      expect(cellsOf(set(base(), 'G5', v), 'BUDGET_RATE_MISMATCH')).toEqual([]);
    });
    it.each([
      ['87% as text', '87%'],
      ['86.20% shown to two decimals', pct(0.862)],
      ['86.3 as percentage points', 86.3],
    ])('reports %s', (_name, v) => {
      expect(cellsOf(set(base(), 'G5', v), 'BUDGET_RATE_MISMATCH')).toEqual(['G5']);
    });
  });
  it('near miss: the same rate as text, as percentage points, or within 0.00005', () => {
    expect(cellsOf(set(clone(mofProject()), 'G5', '95.00%'), 'BUDGET_RATE_MISMATCH')).toEqual([]);
    expect(cellsOf(set(clone(mofProject()), 'G5', 95), 'BUDGET_RATE_MISMATCH')).toEqual([]);
    expect(cellsOf(set(clone(mofProject()), 'G5', pct(0.95004)), 'BUDGET_RATE_MISMATCH')).toEqual([]);
    expect(cellsOf(set(clone(mofProject()), 'G5', pct(0.95006)), 'BUDGET_RATE_MISMATCH')).toEqual(['G5']);
  });
});
