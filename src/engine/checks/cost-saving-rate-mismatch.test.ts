import { checkTester } from '../../../test/support/check-tester';
import { mofProject } from '../../../test/fixtures/specs';
import { costSavingRateMismatch } from './cost-saving-rate-mismatch';

// 年初 200, 全年 240, 执行 228: (200 − 228) ÷ 200 = −14%, (240 − 228) ÷ 240 = 5%.
const saving = (actual: string) => ({ D16: '成本节约率', E16: '≥5%', F16: actual });
const noInitial = { C5: null, C6: null, C7: null, C8: null };

checkTester.run(costSavingRateMismatch, {
  base: mofProject,
  valid: [
    { name: '(全年 − 执行) ÷ 全年', cells: saving('5%') },
    { name: 'the same with decimals', cells: saving('5.00%') },
  ],
  invalid: [
    {
      name: 'a saving rate that matches neither formula names both',
      cells: saving('8%'),
      findings: [{ cell: 'F16', messageId: 'differs', message: /按年初预算应为-14%，按全年预算应为5%/ }],
    },
    {
      name: 'without a 年初预算数 the message names only the 全年 rate',
      cells: { ...saving('8%'), ...noInitial },
      findings: [{ cell: 'F16', messageId: 'differs', message: /^(?!.*年初).*按全年预算应为5%$/ }],
    },
  ],
});
