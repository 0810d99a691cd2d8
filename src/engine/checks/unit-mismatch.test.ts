import { checkTester } from '../../../test/support/check-tester';
import { mofProject } from '../../../test/fixtures/specs';
import { unitMismatch } from './unit-mismatch';

checkTester.run(unitMismatch, {
  base: mofProject,
  valid: [
    { name: 'units that differ only by 万 are converted (0.052万人次)', cells: { F12: '0.052万人次' } },
    { name: 'an actual without unit takes the target unit', cells: { F12: 520 } },
    { name: '100% completion against another unit', cells: { F12: '100%' } },
    { name: '100% against =2023年', cells: { E14: '=2023年', F14: '100%' } },
  ],
  invalid: [
    { name: 'different units', cells: { F12: '520人' }, findings: [{ cell: 'F12', messageId: 'units' }] },
    {
      name: 'a completion rate below 100% against a target in another unit',
      cells: { F12: '90%', H12: 18, I12: '部分学员延期' },
      findings: [{ cell: 'F12', messageId: 'rateBelow100', message: /完成率90%/ }],
    },
  ],
});
