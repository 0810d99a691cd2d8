import { checkTester } from '../../../test/support/check-tester';
import { hunanProject, mofWithoutIndicators } from '../../../test/fixtures/specs';
import { totalWeightMismatch } from './total-weight-mismatch';

checkTester.run(totalWeightMismatch, {
  base: hunanProject,
  profile: 'hunan',
  valid: [
    { name: 'a 总分 分值 of 100', cells: { G22: 100 } },
    // 100 against the budget's 10 rests on indicators that were never read: LAYOUT_INCOMPLETE says so, once.
    { name: 'no indicator under the header', spec: () => mofWithoutIndicators('none') },
  ],
  invalid: [
    {
      name: 'the Hunan 总分 分值 of 90 that leaves out the 10 execution points',
      findings: [{ cell: 'G22', messageId: 'differs', message: /总分行分值为90，但执行率分值与各指标分值合计100分/ }],
    },
  ],
});
