import { cellsOf } from '../../../test/support/check';
import { clone, mofProject, set } from '../../../test/fixtures/specs';

// 年初 200, 全年 240, 执行 228: (200−228)/200 = −14%, (240−228)/240 = 5%.
function withSaving(actual: string) {
  return set(set(set(clone(mofProject()), 'D16', '成本节约率'), 'E16', '≥5%'), 'F16', actual);
}

describe('COST_SAVING_RATE_MISMATCH', () => {
  it('reports a saving rate that matches neither formula', () => {
    expect(cellsOf(withSaving('8%'), 'COST_SAVING_RATE_MISMATCH')).toEqual(['F16']);
  });
  it('near miss: (全年 − 执行) ÷ 全年', () => {
    expect(cellsOf(withSaving('5%'), 'COST_SAVING_RATE_MISMATCH')).toEqual([]);
    expect(cellsOf(withSaving('5.00%'), 'COST_SAVING_RATE_MISMATCH')).toEqual([]);
  });
});
