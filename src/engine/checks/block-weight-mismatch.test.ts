import { checkTester } from '../../../test/support/check-tester';
import { blockWeightedForm, sichuanProject } from '../../../test/fixtures/specs';
import { blockWeightMismatch } from './block-weight-mismatch';

checkTester.run(blockWeightMismatch, {
  base: sichuanProject,
  valid: [
    { name: 'block labels that agree with the weights' },
    { name: 'a form without a 分值 column, whose block labels are the only weights', spec: () => blockWeightedForm() },
  ],
  invalid: [
    {
      name: '绩效指标(80分) when the indicators sum to 90',
      cells: { A11: '绩效指标(80分)' },
      findings: [{ cell: 'A11', messageId: 'indicators' }],
    },
    {
      name: '预算执行情况(20分) when the 权重 cell says 10',
      cells: { A5: '预算执行情况(20分)' },
      findings: [{ cell: 'A5', messageId: 'budget' }],
    },
  ],
});
