import { checkTester } from '../../../test/support/check-tester';
import { mofProject } from '../../../test/fixtures/specs';
import { budgetScoreMismatch } from './budget-score-mismatch';

checkTester.run(budgetScoreMismatch, {
  base: mofProject,
  valid: [
    { name: 'rounding half-up in decimal: 1282.5 ÷ 1350 × 10 = 9.5, and 9.504 is 0.004 off', cells: { H5: 9.504 } },
  ],
  invalid: [
    {
      name: 'an execution score that is not 分值 × 执行率',
      cells: { H5: 9 },
      findings: [{ cell: 'H5', messageId: 'differs' }],
    },
    { name: '0.005 off', cells: { H5: 9.505 }, findings: [{ cell: 'H5', messageId: 'differs' }] },
    {
      name: 'the score is capped at 分值 when over-executed',
      cells: { E5: 250, E6: 240, H5: 10.42 },
      findings: [{ cell: 'H5', messageId: 'differs', message: /与按规则计算的10不一致/ }],
    },
  ],
});
