import { checkTester } from '../../../test/support/check-tester';
import { mofProject } from '../../../test/fixtures/specs';
import { targetUnparseable } from './target-unparseable';

checkTester.run(targetUnparseable, {
  base: mofProject,
  valid: ['有效维护', '2023年12月31日前', '≥1,000人次', '95%以上', '不低于90%'].map((E13) => ({
    name: `${E13} can be read`,
    cells: { E13 },
  })),
  invalid: [
    {
      name: 'an operator with no number',
      cells: { E13: '≥百分之九十' },
      findings: [{ cell: 'E13', messageId: 'unreadable' }],
    },
    { name: 'a range', cells: { E13: '90%-95%' }, findings: [{ cell: 'E13', messageId: 'unreadable' }] },
  ],
});
