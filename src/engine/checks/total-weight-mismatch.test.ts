import { cellsOf } from '../../../test/support/check';
import { clone, hunanProject, set } from '../../../test/fixtures/specs';

describe('TOTAL_WEIGHT_MISMATCH', () => {
  it('reports the Hunan 总分 分值 of 90 that leaves out the 10 execution points', () => {
    expect(cellsOf(hunanProject(), 'TOTAL_WEIGHT_MISMATCH', 'hunan')).toEqual(['G22']);
  });
  it('near miss: 100', () => {
    expect(cellsOf(set(clone(hunanProject()), 'G22', 100), 'TOTAL_WEIGHT_MISMATCH', 'hunan')).toEqual([]);
  });
});
