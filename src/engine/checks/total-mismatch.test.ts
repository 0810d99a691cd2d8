import { checkTester } from '../../../test/support/check-tester';
import { mofProject, mofWithoutIndicators, sichuanProject } from '../../../test/fixtures/specs';
import { totalMismatch } from './total-mismatch';

checkTester.run(totalMismatch, {
  base: mofProject,
  valid: [
    // 得分 18 entered for a full indicator is SCORE_MISMATCH; the total adds up as entered.
    { name: 'the sum of the entered scores, not the computed ones', cells: { H12: 18, H17: 97.5 } },
    { name: 'a 合计 row that adds up', spec: sichuanProject },
    // 99.5 − 20 + 19.995 = 99.495, which is 99.5 to two decimals, as a computed total is written.
    { name: 'the sum rounded half up to two decimals', cells: { H12: 19.995, H17: 99.5 } },
    { name: 'the sum to three decimals', cells: { H12: 19.995, H17: 99.495 } },
    // 99.5 against 9.5 rests on indicators that were never read: LAYOUT_INCOMPLETE says so, once.
    { name: 'no indicator under the header', spec: () => mofWithoutIndicators('none') },
    { name: 'only template rows under the header', spec: () => mofWithoutIndicators('template') },
    // 99.5 against 79.5 rests on the blank 20: SCORE_MISSING names H12, the total is not compared.
    { name: 'a weighted indicator whose score is blank', cells: { H12: null } },
    { name: 'a blank 执行率 score', cells: { H5: null } },
  ],
  invalid: [
    {
      name: 'the sum cut off instead of rounded (99.49 for 99.495)',
      cells: { H12: 19.995, H17: 99.49 },
      findings: [{ cell: 'H17', messageId: 'differs' }],
    },
    {
      name: 'near miss: a blank score of an item weighted 0 leaves the sum known',
      cells: { G16: 0, H16: null, G12: 30, H12: 30, H17: 98 },
      findings: [{ cell: 'H17', messageId: 'differs' }],
    },
    {
      name: 'a 总分 得分 that is not the sum of the entered scores',
      cells: { H17: 98 },
      findings: [{ cell: 'H17', messageId: 'differs', message: /总分98不等于执行率得分与各指标得分之和99.5/ }],
    },
    {
      name: 'a 合计 row whose numbers stand right after its label',
      spec: sichuanProject,
      cells: { C15: 98 },
      findings: [{ cell: 'C15', messageId: 'differs' }],
    },
  ],
});
