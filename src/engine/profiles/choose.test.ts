import { analyzeSheet } from '..';
import { clone, hunanProject, mofProject, set, toGrid } from '../../../test/fixtures/specs';

const tableOf = (s: ReturnType<typeof mofProject>, profile?: string) =>
  analyzeSheet(toGrid(s), { profile }).report.tables[0];

describe('profile chosen by the table', () => {
  it('takes hunan when the 一级指标 labels carry the Hunan weights', () => {
    const t = tableOf(hunanProject());
    expect(t.profile).toBe('hunan');
    expect(t.profileReason).toContain('成本指标20分');
  });
  it('takes hunan when 成本指标 stands as a 一级指标, labels or not', () => {
    const s = set(
      set(set(set(clone(hunanProject()), 'B13', '成本指标'), 'B16', '产出指标'), 'B18', '效益指标'),
      'B21',
      '满意度指标',
    );
    expect(tableOf(s).profile).toBe('hunan');
  });
  it('takes the profile whose 执行率 weight the table writes (20 → hubei)', () => {
    expect(tableOf(set(set(clone(mofProject()), 'F5', 20), 'H5', 19)).profile).toBe('hubei');
  });
  it('keeps the default when labels match no profile, and says the labels rule', () => {
    const s = set(set(clone(mofProject()), 'B12', '产出指标(70分)'), 'B15', '效益指标(10分)');
    const t = tableOf(s);
    expect(t.profile).toBe('mof2020');
    expect(t.profileReason).toContain('以标签为准');
  });
  it('near miss: a plain MOF table is scored with the default, and --profile forces one', () => {
    expect(tableOf(mofProject()).profile).toBe('mof2020');
    expect(tableOf(hunanProject(), 'mof2020').profile).toBe('mof2020');
    expect(tableOf(hunanProject(), 'mof2020').profileReason).toContain('用户指定');
  });
});
