import { checkTester } from '../../../test/support/check-tester';
import { mofProject } from '../../../test/fixtures/specs';
import { templateTextLeft } from './template-text-left';

checkTester.run(templateTextLeft, {
  base: mofProject,
  valid: [{ name: 'a real text that mentions 说明', cells: { F10: '已对照年度目标完成全部培训，说明会已召开' } }],
  invalid: [
    {
      name: 'the instruction for 年度总体目标',
      cells: { B10: '结合自评情况，说明年度总体目标（100字以内）' },
      findings: [{ cell: 'B10', messageId: 'left' }],
    },
    {
      name: 'an instruction with half-width punctuation',
      cells: { F10: '对照年度目标,说明完成情况(200字以内)' },
      findings: [{ cell: 'F10', messageId: 'left' }],
    },
  ],
});
