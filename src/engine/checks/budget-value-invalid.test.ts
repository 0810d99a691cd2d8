import { checkTester } from '../../../test/support/check-tester';
import { mofProject } from '../../../test/fixtures/specs';
import { budgetValueInvalid } from './budget-value-invalid';

checkTester.run(budgetValueInvalid, {
  base: mofProject,
  valid: [
    { name: 'a number written as text, and a dash for empty', cells: { D5: '240.00', E8: '—' } },
    { name: 'a number with a thousands separator', cells: { D5: '1,240' } },
  ],
  invalid: [
    { name: 'text in an amount cell', cells: { E6: '约218' }, findings: [{ cell: 'E6', messageId: 'notNumber' }] },
    { name: 'an error value', cells: { D5: '#REF!' }, findings: [{ cell: 'D5', messageId: 'notNumber' }] },
  ],
});
