import { checkTester } from '../../../test/support/check-tester';
import { SheetSpec } from '../../../test/fixtures/specs';
import { layoutPartial } from './layout-partial';

/** An older provincial form: weights only in the block labels, no 分值 column (test/fixtures/real/03). */
function blockWeighted(withWeightColumn = false): SheetSpec {
  const w = withWeightColumn ? ['分值'] : [];
  const v = (n: number): Array<number> => (withWeightColumn ? [n] : []);
  return {
    name: 'old',
    rows: [
      ['2020年度某项目绩效自评表'],
      ['项目名称', '某项目'],
      ['预算执行情况(万元)(20分)', null, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
      ['年度财政资金总额', null, 10, 10, '100%', 20],
      ['年度绩效目标1(40分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', ...w, '得分'],
      [null, '产出指标', '质量指标', '合格率', '100%', '100%', ...v(40), 40],
      ['年度绩效目标2(40分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', ...w, '得分'],
      [null, '产出指标', '进度指标', '按时上报', '100%', '100%', ...v(40), 40],
      ['总分', null, null, null, null, null, ...w.map(() => 100), 100],
    ],
    merges: ['A1:G1', 'A3:B3', 'A4:B4', 'A5:A6', 'A7:A8'],
  };
}

checkTester.run(layoutPartial, {
  base: () => blockWeighted(true),
  valid: [{ name: 'with a 分值 column nothing is partial' }],
  invalid: [
    {
      name: 'a form without a 分值 column says once that it is checked by block totals',
      spec: () => blockWeighted(),
      findings: [{ cell: 'B5', messageId: 'blockWeights' }],
    },
  ],
});
