import { checkTester } from '../../../test/support/check-tester';
import { mofProject } from '../../../test/fixtures/specs';
import { weightSumMismatch } from './weight-sum-mismatch';

checkTester.run(weightSumMismatch, {
  base: mofProject,
  valid: [
    { name: 'weights adding up to 100' },
    { name: 'the profile execution weight is used (hubei 20)', profile: 'hubei' },
  ],
  invalid: [
    {
      name: 'weights that do not add up to 100, at the 总分 分值 cell',
      cells: { G16: 5, H16: 5 },
      findings: [{ cell: 'G17', messageId: 'differs', message: /合计95分，不等于满分100分/ }],
    },
    {
      name: 'at the 分值 header when there is no 总分 分值',
      cells: { G16: 5, H16: 5, G17: null, H17: 94.5 },
      findings: [{ cell: 'G11', messageId: 'differs' }],
    },
  ],
});
