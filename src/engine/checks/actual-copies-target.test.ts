import { checkTester } from '../../../test/support/check-tester';
import { mofProject } from '../../../test/fixtures/specs';
import { actualCopiesTarget } from './actual-copies-target';

checkTester.run(actualCopiesTarget, {
  base: mofProject,
  valid: [
    { name: 'the measured value without an operator', cells: { F13: '90%' } },
    { name: 'an operator with another value than the target', cells: { F13: '≥95%' } },
  ],
  invalid: [
    {
      name: 'an actual that repeats the target with its operator',
      cells: { F13: '≥90%' },
      findings: [{ cell: 'F13', messageId: 'copies', message: /照抄了年度指标值/ }],
    },
  ],
});
