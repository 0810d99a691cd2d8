import { checkTester } from '../../../test/support/check-tester';
import { mofProject, pct } from '../../../test/fixtures/specs';
import { budgetOverExecuted } from './budget-over-executed';

checkTester.run(budgetOverExecuted, {
  base: mofProject,
  valid: [{ name: 'executed exactly the budget', cells: { E5: 240, E6: 220, E7: 20 } }],
  invalid: [
    {
      name: '全年执行数 above 全年预算数, in the total and in the source row',
      cells: { E5: 250, E6: 240, G5: pct(1.041667) },
      findings: [
        { cell: 'E5', messageId: 'over' },
        { cell: 'E6', messageId: 'over' },
      ],
    },
  ],
});
