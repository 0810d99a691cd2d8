import { checkTester } from '../../../test/support/check-tester';
import { SheetSpec, sichuanProject } from '../../../test/fixtures/specs';
import { blockWeightMismatch } from './block-weight-mismatch';

/** An old form without a 分值 column: the block labels are its only weights. */
function blockLabelsOnly(): SheetSpec {
  const h = (n: number) => [
    `年度绩效目标${n}(40分)`,
    '一级指标',
    '二级指标',
    '三级指标',
    '年初目标值(A)',
    '实际完成值(B)',
    '得分',
  ];
  return {
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
}

checkTester.run(blockWeightMismatch, {
  base: sichuanProject,
  valid: [
    { name: 'block labels that agree with the weights' },
    { name: 'a form without a 分值 column, whose block labels are the only weights', spec: blockLabelsOnly },
  ],
  invalid: [
    {
      name: '绩效指标(80分) when the indicators sum to 90',
      cells: { A11: '绩效指标(80分)' },
      findings: [{ cell: 'A11', messageId: 'indicators' }],
    },
    {
      name: '预算执行情况(20分) when the 权重 cell says 10',
      cells: { A5: '预算执行情况(20分)' },
      findings: [{ cell: 'A5', messageId: 'budget' }],
    },
  ],
});
