import { gradeOf, lessBy, near, round2, sumExact } from './score';
import { PROFILES } from './profiles';
import { unitScale } from './score';

describe('decimal arithmetic', () => {
  it('rounds half-up in decimal', () => {
    expect(round2(4.745)).toBe(4.75); // binary 4.745 is 4.74499…
    expect(round2(1.005)).toBe(1.01);
    expect(round2(2.675)).toBe(2.68);
    expect(round2(9.994999)).toBe(9.99);
  });
  it('sums amounts exactly', () => {
    expect(sumExact([0.1, 0.2])).toBe(0.3);
    expect(sumExact([1282.5, 0.01, 0.02])).toBe(1282.53);
    expect(sumExact([1 / 3, 1 / 3, 1 / 3])).toBeCloseTo(1, 12); // more than 6 decimals: decimal fallback
    expect(sumExact([])).toBe(0);
  });
  it('compares at the tolerance boundary in decimal', () => {
    expect(near(7.5, 7.495)).toBe(false); // exactly 0.005 apart: not equal
    expect(near(7.5, 7.4951)).toBe(true);
    expect(near(0.95, 0.95005, 0.00005)).toBe(false);
    expect(lessBy(9.995, 10, 0.005)).toBe(false);
    expect(lessBy(9.9949, 10, 0.005)).toBe(true);
  });
  it('grades totals', () => {
    const p = PROFILES.mof2020;
    expect([95, 90, 89.99, 80, 79.5, 60, 59.99].map((t) => gradeOf(t, p))).toEqual([
      '优',
      '优',
      '良',
      '良',
      '中',
      '中',
      '差',
    ]);
  });
});

describe('units that differ by 万/亿/千', () => {
  it('scales between them', () => {
    expect(unitScale('万人', '人')).toBe(10000);
    expect(unitScale('元', '万元')).toBe(0.0001);
    expect(unitScale('人', '人次')).toBeNull();
    expect(unitScale('', '人')).toBeNull();
  });
});
