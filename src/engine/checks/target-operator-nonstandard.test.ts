import { checkTester } from '../../../test/support/check-tester';
import { mofProject } from '../../../test/fixtures/specs';
import { targetOperatorNonstandard } from './target-operator-nonstandard';

checkTester.run(targetOperatorNonstandard, {
  base: mofProject,
  valid: [
    { name: 'full-width ＞＝ is standard', cells: { E13: '＞＝90%' } },
    { name: 'small ﹦ is standard', cells: { E14: '﹦100%' } },
  ],
  invalid: [
    {
      name: '》 read as >',
      cells: { E13: '》90%' },
      findings: [{ cell: 'E13', messageId: 'typo', message: /“》”不是比较符号，已按“>”理解/ }],
    },
  ],
});
