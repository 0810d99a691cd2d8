import { cellsOf } from '../../../test/support/check';
import { clone, sichuanProject, set } from '../../../test/fixtures/specs';

describe('BLOCK_WEIGHT_MISMATCH', () => {
  it('reports 绩效指标(90分) when indicators sum to something else', () => {
    expect(cellsOf(set(clone(sichuanProject()), 'A11', '绩效指标(80分)'), 'BLOCK_WEIGHT_MISMATCH')).toEqual(['A11']);
  });
  it('reports 预算执行情况(10分) when the 权重 cell says otherwise', () => {
    expect(cellsOf(set(clone(sichuanProject()), 'A5', '预算执行情况(20分)'), 'BLOCK_WEIGHT_MISMATCH')).toEqual(['A5']);
  });
  it('near miss: block labels that agree', () => {
    expect(cellsOf(sichuanProject(), 'BLOCK_WEIGHT_MISMATCH')).toEqual([]);
  });
});
