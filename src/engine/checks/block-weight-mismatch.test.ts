import { cellsOf } from '../../../test/support/check';
import { clone, sichuanProject, set } from '../../../test/fixtures/specs';

describe('BLOCK_WEIGHT_MISMATCH', () => {
  it('reports 绩效指标(90分) when indicators sum to something else', () => {
    expect(cellsOf(set(clone(sichuanProject()), 'A11', '绩效指标(80分)'), 'BLOCK_WEIGHT_MISMATCH')).toEqual(['A11']);
  });
  it('reports 预算执行情况(10分) when the 权重 cell says otherwise', () => {
    expect(cellsOf(set(clone(sichuanProject()), 'A5', '预算执行情况(20分)'), 'BLOCK_WEIGHT_MISMATCH')).toEqual(['A5']);
  });
  it('near miss: a form without a 分值 column, whose block labels are the only weights', () => {
    const h = (n: number) => [
      `年度绩效目标${n}(40分)`,
      '一级指标',
      '二级指标',
      '三级指标',
      '年初目标值(A)',
      '实际完成值(B)',
      '得分',
    ];
    const s = {
      name: 'old',
      rows: [
        ['项目名称', '某项目'],
        ['预算执行情况(万元)(20分)', null, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
        ['年度财政资金总额', null, 10, 10, '100%', 20],
        h(1),
        [null, '产出指标', '质量指标', '合格率', '100%', '100%', 40],
        h(2),
        [null, '产出指标', '进度指标', '按时上报', '100%', '100%', 40],
        ['总分', null, null, null, null, null, 100],
      ],
      merges: ['A2:B2', 'A3:B3'],
    };
    expect(cellsOf(s, 'BLOCK_WEIGHT_MISMATCH')).toEqual([]);
    expect(cellsOf(s, 'LAYOUT_PARTIAL')).toEqual(['B4']);
  });
  it('near miss: block labels that agree', () => {
    expect(cellsOf(sichuanProject(), 'BLOCK_WEIGHT_MISMATCH')).toEqual([]);
  });
});
