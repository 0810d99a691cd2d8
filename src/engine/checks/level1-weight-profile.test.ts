import { cellsOf } from '../../../test/support/check';
import { clone, hunanProject, mofProject, set } from '../../../test/fixtures/specs';

/** The Hunan table with its 一级指标 labels stripped of their weights. */
function hunanWithoutLabelWeights() {
  return set(
    set(set(set(clone(hunanProject()), 'B13', '成本指标'), 'B16', '产出指标'), 'B18', '效益指标'),
    'B21',
    '满意度指标',
  );
}

describe('LEVEL1_WEIGHT_PROFILE', () => {
  it('reports a 一级指标 total that differs from the profile default (Hunan weights, unlabelled, under mof2020)', () => {
    expect(cellsOf(hunanWithoutLabelWeights(), 'LEVEL1_WEIGHT_PROFILE', 'mof2020')).toEqual(['B16', 'B18']);
  });
  it('reports a MOF table whose 产出 weights moved to 效益', () => {
    const s = set(set(set(set(clone(mofProject()), 'G12', 10), 'H12', 10), 'G15', 40), 'H15', 40);
    expect(cellsOf(s, 'LEVEL1_WEIGHT_PROFILE')).toEqual(['B12', 'B15']);
  });
  it('near miss: weights written in the labels override the default; the same table under its own profile', () => {
    expect(cellsOf(hunanProject(), 'LEVEL1_WEIGHT_PROFILE', 'mof2020')).toEqual([]);
    expect(cellsOf(hunanWithoutLabelWeights(), 'LEVEL1_WEIGHT_PROFILE', 'hunan')).toEqual([]);
    expect(cellsOf(mofProject(), 'LEVEL1_WEIGHT_PROFILE')).toEqual([]);
  });
});
