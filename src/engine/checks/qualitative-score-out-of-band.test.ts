import { checkTester } from '../../../test/support/check-tester';
import { departmentTable } from '../../../test/fixtures/specs';
import { qualitativeScoreOutOfBand } from './qualitative-score-out-of-band';

checkTester.run(qualitativeScoreOutOfBand, {
  base: departmentTable,
  valid: [
    { name: '达成 at the lower edge, 80%', cells: { H16: 24 } },
    { name: '部分达成 just under 80%', cells: { F16: '基本达成', H16: 23.9 } },
    { name: '部分达成 at its lower edge, 60%', cells: { F16: '基本达成', H16: 18 } },
  ],
  invalid: [
    {
      name: 'a 部分达成 actual scored in the 达成 band',
      cells: { F16: '基本达成', H16: 27 },
      findings: [{ cell: 'H16', messageId: 'outside', message: /（部分达成），得分应在18–24分/ }],
    },
    {
      name: 'a 未达成 actual scored 60% or more',
      cells: { F16: '未明显提升', H16: 18 },
      findings: [{ cell: 'H16', messageId: 'outside' }],
    },
  ],
});
