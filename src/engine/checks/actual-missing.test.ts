import { checkTester } from '../../../test/support/check-tester';
import { mofProject } from '../../../test/fixtures/specs';
import { actualMissing } from './actual-missing';

checkTester.run(actualMissing, {
  base: mofProject,
  valid: [{ name: 'an actual of 0 is a value', cells: { F13: 0, I13: '培训延期，明年补训' } }],
  invalid: [
    {
      name: 'a target with a blank 实际完成值',
      cells: { F13: null },
      findings: [{ cell: 'F13', messageId: 'missing' }],
    },
    { name: 'a dash is no value', cells: { F13: '—' }, findings: [{ cell: 'F13', messageId: 'missing' }] },
  ],
});
