import { cellsOf, messagesOf } from '../../../test/support/check';
import { clone, mofProject, set } from '../../../test/fixtures/specs';

describe('SCORE_MISMATCH', () => {
  it('reports a full score for a shortfall (450 of ≥500 → 18)', () => {
    const s = set(set(clone(mofProject()), 'F12', '450人次'), 'I12', '部分培训延期');
    expect(cellsOf(s, 'SCORE_MISMATCH')).toEqual(['H12']);
    expect(messagesOf(s, 'SCORE_MISMATCH')[0]).toMatch(/^得分20与按规则计算的18不一致/);
  });
  it('negative target scored by ratio: ≤15 with 20 → 分值 × 15/20', () => {
    const s = set(set(set(clone(mofProject()), 'E13', '≤15天'), 'F13', '20天'), 'I13', '审批延迟');
    expect(messagesOf(s, 'SCORE_MISMATCH')[0]).toContain('11.25');
  });
  it('target =0次 with an actual above 0 scores 0', () => {
    const s = set(set(set(clone(mofProject()), 'E13', '=0次'), 'F13', '1次'), 'I13', '发生一次事故');
    expect(messagesOf(s, 'SCORE_MISMATCH')[0]).toContain('计算的0不一致');
  });
  it('a completion rate against a target in another unit scores 分值 × rate (=365天 with 98% → 14.7)', () => {
    const s = set(set(set(clone(mofProject()), 'E13', '=365天'), 'F13', '98%'), 'I13', '系统维护停机7天');
    expect(messagesOf(s, 'SCORE_MISMATCH')[0]).toMatch(/^得分15与按规则计算的14.7不一致/);
    const zero = set(set(clone(mofProject()), 'E13', '=0次'), 'F13', '100%');
    expect(cellsOf(zero, 'SCORE_MISMATCH')).toEqual([]);
  });
  it('near miss: rounding half-up in decimal (4.745 → 4.75)', () => {
    // 分值 5 × 94.9/100 = 4.745 → 4.75
    const s = clone(mofProject());
    set(s, 'E13', '=100%');
    set(s, 'F13', '94.9%');
    set(s, 'G13', 5);
    set(s, 'H13', 4.75);
    set(s, 'I13', '个别学员未通过');
    expect(cellsOf(s, 'SCORE_MISMATCH')).toEqual([]);
    set(s, 'H13', 4.74);
    expect(cellsOf(s, 'SCORE_MISMATCH')).toEqual(['H13']);
  });
});

describe('SCORE_MISMATCH on a deadline met to a degree', () => {
  const deadline = (actual: string, score: number) =>
    set(set(set(clone(mofProject()), 'E14', '2023年12月底前'), 'F14', actual), 'H14', score);
  it('scores a completion rate against a deadline as 分值 × rate (90% of 15 = 13.5)', () => {
    expect(cellsOf(deadline('90%', 15), 'SCORE_MISMATCH')).toEqual(['H14']);
    expect(cellsOf(deadline('90%', 13.5), 'SCORE_MISMATCH')).toEqual([]);
  });
  it('near miss: 100% against =2023年 is the full score, with no UNIT_MISMATCH', () => {
    const s = set(set(clone(mofProject()), 'E14', '=2023年'), 'F14', '100%');
    expect(cellsOf(s, 'SCORE_MISMATCH')).toEqual([]);
    expect(cellsOf(s, 'UNIT_MISMATCH')).toEqual([]);
  });
});
