import { cellsOf } from '../../../test/support/check';
import { clone, hunanProject, set } from '../../../test/fixtures/specs';

describe('LEVEL1_WEIGHT_MISMATCH', () => {
  it('reports a 一级指标 label weight that its indicators do not add up to', () => {
    expect(cellsOf(set(clone(hunanProject()), 'B13', '成本指标 (25分)'), 'LEVEL1_WEIGHT_MISMATCH', 'hunan')).toEqual([
      'B13',
    ]);
  });
  it('near miss: label weights that add up, written with full-width brackets', () => {
    expect(cellsOf(set(clone(hunanProject()), 'B13', '成本指标（20分）'), 'LEVEL1_WEIGHT_MISMATCH', 'hunan')).toEqual(
      [],
    );
  });
});
