import { checkTester } from '../../../test/support/check-tester';
import { mofProject } from '../../../test/fixtures/specs';
import { scoreMissing } from './score-missing';

checkTester.run(scoreMissing, {
  base: mofProject,
  valid: [
    { name: 'a blank 总分 得分 (it is recomputed and written back)', cells: { H17: null } },
    { name: 'a score of 0 is a score', cells: { H13: 0, F13: '0%', I13: '未开展考核' } },
  ],
  invalid: [
    {
      name: 'an indicator with a weight but no score',
      cells: { H13: null },
      findings: [{ cell: 'H13', messageId: 'missing' }],
    },
    {
      name: 'an indicator score that is not a number',
      cells: { H13: '满分' },
      findings: [{ cell: 'H13', messageId: 'notNumber' }],
    },
    { name: 'the 执行率 row with no 得分', cells: { H5: '—' }, findings: [{ cell: 'H5', messageId: 'budgetMissing' }] },
  ],
});
