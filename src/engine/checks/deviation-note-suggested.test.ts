import { checkTester } from '../../../test/support/check-tester';
import { mofProject } from '../../../test/fixtures/specs';
import { deviationNoteSuggested } from './deviation-note-suggested';

checkTester.run(deviationNoteSuggested, {
  base: mofProject,
  valid: [
    { name: '119% of the target', cells: { F12: '595人次' } },
    { name: '120% with a note', cells: { F12: '600人次', I12: '新增两期培训班' } },
    { name: 'under the profile threshold (guangxi 1.3)', cells: { F12: '600人次' }, profile: 'guangxi' },
  ],
  invalid: [
    {
      name: 'over-completion of 120% of a positive target',
      cells: { F12: '600人次' },
      findings: [{ cell: 'I12', messageId: 'loose' }],
    },
    {
      name: 'a negative target beaten by the factor',
      cells: { E13: '≤12天', F13: '10天', H13: 15 },
      findings: [{ cell: 'I13', messageId: 'loose' }],
    },
  ],
});
