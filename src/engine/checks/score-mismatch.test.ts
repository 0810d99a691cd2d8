import { checkTester } from '../../../test/support/check-tester';
import { mofProject } from '../../../test/fixtures/specs';
import { scoreMismatch } from './score-mismatch';

/** 分值 5 × 94.9 ÷ 100 = 4.745, which rounds half-up in decimal to 4.75. */
const halfUp = (H13: number) => ({ E13: '=100%', F13: '94.9%', G13: 5, H13, I13: '个别学员未通过' });
const deadline = (F14: string, H14: number) => ({ E14: '2023年12月底前', F14, H14 });

checkTester.run(scoreMismatch, {
  base: mofProject,
  valid: [
    { name: 'rounding half-up in decimal (4.745 → 4.75)', cells: halfUp(4.75) },
    { name: 'units that differ only by 万 are converted (0.052万人次 = 520人次)', cells: { F12: '0.052万人次' } },
    { name: '100% completion against =0次 is the full score', cells: { E13: '=0次', F13: '100%' } },
    { name: '90% of a deadline scored 90% of 15', cells: deadline('90%', 13.5) },
    { name: '100% against =2023年 is the full score', cells: { E14: '=2023年', F14: '100%' } },
  ],
  invalid: [
    {
      name: 'a full score for a shortfall (450 of ≥500 → 18)',
      cells: { F12: '450人次', I12: '部分培训延期' },
      findings: [{ cell: 'H12', messageId: 'differs', message: /^得分20与按规则计算的18不一致/ }],
    },
    {
      name: '4.74 where 4.745 rounds to 4.75',
      cells: halfUp(4.74),
      findings: [{ cell: 'H13', messageId: 'differs' }],
    },
    {
      name: 'a negative target scored by ratio: ≤15 with 20 → 分值 × 15 ÷ 20',
      cells: { E13: '≤15天', F13: '20天', I13: '审批延迟' },
      findings: [{ cell: 'H13', messageId: 'differs', message: /计算的11.25不一致/ }],
    },
    {
      name: 'a target of =0次 with an actual above 0 scores 0',
      cells: { E13: '=0次', F13: '1次', I13: '发生一次事故' },
      findings: [{ cell: 'H13', messageId: 'differs', message: /计算的0不一致/ }],
    },
    {
      name: 'a completion rate against a target in another unit scores 分值 × rate (=365天 with 98% → 14.7)',
      cells: { E13: '=365天', F13: '98%', I13: '系统维护停机7天' },
      findings: [{ cell: 'H13', messageId: 'differs', message: /^得分15与按规则计算的14.7不一致/ }],
    },
    {
      name: '0.045万人次 is 450人次, a shortfall',
      cells: { F12: '0.045万人次' },
      findings: [{ cell: 'H12', messageId: 'differs' }],
    },
    {
      name: '90% of a deadline scored the full 15',
      cells: deadline('90%', 15),
      findings: [{ cell: 'H14', messageId: 'differs', message: /计算的13.5不一致/ }],
    },
  ],
});
