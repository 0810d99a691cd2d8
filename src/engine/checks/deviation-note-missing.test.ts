import { checkTester } from '../../../test/support/check-tester';
import { mofProject } from '../../../test/fixtures/specs';
import { deviationNoteMissing } from './deviation-note-missing';

/** 450 of ≥500 人次 trained, scored 18 of 20: a shortfall. */
const shortfall = { F12: '450人次', H12: 18 };
const blankNote = (I12: string) => ({
  name: `the placeholder ${I12} counts as blank`,
  cells: { ...shortfall, I12 },
  findings: [{ cell: 'I12', messageId: 'shortfall' }],
});

checkTester.run(deviationNoteMissing, {
  base: mofProject,
  valid: [
    { name: 'a shortfall with a real note', cells: { ...shortfall, I12: '受疫情影响部分培训延期，已列入下年计划' } },
    { name: 'every indicator achieved' },
  ],
  invalid: [
    {
      name: 'a shortfall with a blank note, at the note cell',
      cells: shortfall,
      findings: [{ cell: 'I12', messageId: 'shortfall', message: /未完全达成/ }],
    },
    ...['无', '/', '—', '略'].map(blankNote),
    blankNote('对照年度目标，说明未完成原因'),
    {
      name: 'a met target that lost points says so, never that it fell short',
      cells: { H13: 14 },
      findings: [{ cell: 'I13', messageId: 'deducted', message: /^(?!.*未完全达成).*已达成目标.*得分14低于分值15/ }],
    },
  ],
});
