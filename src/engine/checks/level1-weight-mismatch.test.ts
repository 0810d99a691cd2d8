import { checkTester } from '../../../test/support/check-tester';
import { hunanProject } from '../../../test/fixtures/specs';
import { level1WeightMismatch } from './level1-weight-mismatch';

checkTester.run(level1WeightMismatch, {
  base: hunanProject,
  profile: 'hunan',
  valid: [{ name: 'label weights that add up, in full-width brackets', cells: { B13: '成本指标（20分）' } }],
  invalid: [
    {
      name: 'a 一级指标 label weight its indicators do not add up to',
      cells: { B13: '成本指标 (25分)' },
      findings: [{ cell: 'B13', messageId: 'differs', message: /标明25分，但其下各指标分值合计20分/ }],
    },
  ],
});
