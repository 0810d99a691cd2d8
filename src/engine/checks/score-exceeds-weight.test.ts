import { checkTester } from '../../../test/support/check-tester';
import { mofProject } from '../../../test/fixtures/specs';
import { scoreExceedsWeight } from './score-exceeds-weight';

checkTester.run(scoreExceedsWeight, {
  base: mofProject,
  valid: [{ name: '得分 equal to 分值' }, { name: '0.004 over is rounding', cells: { H13: 15.004 } }],
  invalid: [
    {
      name: 'an indicator 得分 above its 分值',
      cells: { H13: 16 },
      findings: [{ cell: 'H13', messageId: 'indicator' }],
    },
    {
      name: 'the 执行率 得分 above its 分值',
      cells: { H5: 11 },
      findings: [{ cell: 'H5', messageId: 'budget', message: /执行率得分11超过分值10/ }],
    },
  ],
});
