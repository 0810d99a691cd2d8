import { checkTester } from '../../../test/support/check-tester';
import { mofProject } from '../../../test/fixtures/specs';
import { actualNotNumeric } from './actual-not-numeric';

checkTester.run(actualNotNumeric, {
  base: mofProject,
  valid: [{ name: 'text against a qualitative target', cells: { E13: '合格', F13: '达标' } }],
  invalid: [
    {
      name: '达标 against a quantitative target',
      cells: { F13: '达标' },
      findings: [{ cell: 'F13', messageId: 'noNumber' }],
    },
    { name: '已完成 against a count', cells: { F12: '已完成' }, findings: [{ cell: 'F12', messageId: 'noNumber' }] },
    {
      name: 'an error value',
      cells: { F13: '#DIV/0!' },
      findings: [{ cell: 'F13', messageId: 'error', message: /错误值/ }],
    },
  ],
});
