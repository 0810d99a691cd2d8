import { checkTester } from '../../../test/support/check-tester';
import { sichuanProject } from '../../../test/fixtures/specs';
import { budgetAdjustedUnexplained } from './budget-adjusted-unexplained';

checkTester.run(budgetAdjustedUnexplained, {
  base: sichuanProject,
  valid: [
    { name: 'a reason is given' },
    { name: 'the budget was not adjusted', cells: { I6: null, C6: 130, C7: 130 } },
  ],
  invalid: [
    {
      name: 'an adjusted budget whose 原因 is blank, at 全年预算数',
      cells: { I6: null },
      findings: [{ cell: 'D6', messageId: 'unexplained' }],
    },
    {
      name: 'template text counts as blank',
      cells: { I6: '结合自评情况，说明预算调整原因（100字以内）' },
      findings: [{ cell: 'D6', messageId: 'unexplained' }],
    },
  ],
});
