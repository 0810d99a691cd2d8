import { checkTester } from '../../../test/support/check-tester';
import { mofProject, pct } from '../../../test/fixtures/specs';
import { budgetRateLow } from './budget-rate-low';

checkTester.run(budgetRateLow, {
  base: mofProject,
  valid: [{ name: 'exactly 90%', cells: { E5: 216, E6: 206, G5: pct(0.9), H5: 9 } }],
  invalid: [
    {
      name: '执行率 below 90%, at the rate cell',
      cells: { E5: 180, E6: 170, G5: pct(0.75), H5: 7.5 },
      findings: [{ cell: 'G5', messageId: 'low', message: /75%低于90%/ }],
    },
  ],
});
