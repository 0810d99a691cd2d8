import { checkTester } from '../../../test/support/check-tester';
import { clone, departmentTable, mofProject, set } from '../../../test/fixtures/specs';
import { budgetSourcesMismatch } from './budget-sources-mismatch';

/** mofProject with every source row left blank: only the total row has amounts. */
function sourcesBlank() {
  const s = clone(mofProject());
  for (const a of ['C6', 'D6', 'E6', 'C7', 'D7', 'E7', 'C8', 'D8', 'E8']) set(s, a, null);
  return s;
}

checkTester.run(budgetSourcesMismatch, {
  base: mofProject,
  valid: [
    { name: 'sums equal in decimal (0.1 + 0.2 = 0.3)', cells: { E5: 0.3, E6: 0.1, E7: 0.2 } },
    { name: 'sources left blank', spec: sourcesBlank },
    { name: 'a department table whose splits add up', spec: departmentTable },
  ],
  invalid: [
    {
      name: 'the 年度资金总额 cell of the column that does not add up',
      cells: { E7: 12 },
      findings: [{ cell: 'E5', messageId: 'total' }],
    },
    {
      name: 'a blank total row, each column at its own cell',
      cells: { C5: null, D5: null, E5: null },
      findings: [
        { cell: 'C5', messageId: 'blankTotal', message: /为空/ },
        { cell: 'D5', messageId: 'blankTotal' },
        { cell: 'E5', messageId: 'blankTotal' },
      ],
    },
    {
      name: "a department's income split that does not add up to 全年预算数",
      spec: departmentTable,
      cells: { C6: 1250 },
      findings: [{ cell: 'D4', messageId: 'income' }],
    },
    {
      name: "a department's expense split that does not add up to 全年执行数",
      spec: departmentTable,
      cells: { G8: 280 },
      findings: [{ cell: 'E4', messageId: 'expense' }],
    },
  ],
});
