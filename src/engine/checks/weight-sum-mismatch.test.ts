import { checkTester } from '../../../test/support/check-tester';
import { blockWeightedForm, mofProject } from '../../../test/fixtures/specs';
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

// Weights written only in the block labels, on a form with no 得分 column and no 总分 row (test/fixtures/real/12).
const noScores = { G5: null, G6: null, G7: null, G8: null, A9: null, G9: null, F3: null, F4: null };
checkTester.run(weightSumMismatch, {
  base: () => blockWeightedForm(),
  valid: [
    { name: 'label weights 20 + 40 + 40 = 100', profile: 'hubei', cells: noScores },
    { name: 'the same with 得分 columns and a 总分 row', profile: 'hubei' },
  ],
  invalid: [
    {
      name: 'label weights 20 + 98: at the block label that carries them, the form having no 总分 row or 分值 column',
      profile: 'hubei',
      cells: {
        ...noScores,
        A5: '年度绩效目标\n98分)',
        A7: null,
        B7: null,
        C7: null,
        D7: null,
        E7: null,
        F7: null,
        B8: null,
        C8: null,
        D8: null,
        E8: null,
        F8: null,
      },
      findings: [{ cell: 'A5', messageId: 'differs', message: /合计118分/ }],
    },
  ],
});
