import { checkTester } from '../../../test/support/check-tester';
import { mofProject } from '../../../test/fixtures/specs';
import { scoreFullNotAchieved } from './score-full-not-achieved';

/** A hand-judged >0% target with an actual of 0. */
const nothingDone = { E13: '>0%', F13: '0%', I13: '尚未开展' };

checkTester.run(scoreFullNotAchieved, {
  base: mofProject,
  valid: [{ name: 'a score below 分值 for the same shortfall', cells: { ...nothingDone, H13: 5 } }],
  invalid: [
    {
      name: '>0% with an actual of 0 and the full score',
      cells: nothingDone,
      findings: [{ cell: 'H13', messageId: 'full' }],
    },
    {
      name: 'a missed deadline with the full score',
      cells: { E13: '2023年6月30日前', F13: '2023年8月15日', I13: '招标延期' },
      findings: [{ cell: 'H13', messageId: 'full', message: /应低于分值15/ }],
    },
  ],
});
