import { labelKey, labelName, labelWeight } from './text';

describe('labels as published', () => {
  it.each([
    ['预算数(A)', '预算数'],
    ['执行率(B/A)', '执行率'],
    ['预算执行情况(万元)(20分)', '预算执行情况'],
    ['其中:财政拨款', '财政拨款'],
    ['1.项目名称:', '项目名称'],
    // A page that dropped one bracket of the suffix (test/fixtures/real/12): read as if it were whole.
    ['执行数B)', '执行数'],
    ['执行率B/A)', '执行率'],
    ['年初目标值(A', '年初目标值'],
    ['实际完成值(B', '实际完成值'],
    ['预算执行情况(万元)\n20分)', '预算执行情况'],
    ['年度绩效目标\n98分)', '年度绩效目标'],
    // Not a lost bracket: a name whose last bracket holds words, or no bracket at all.
    ['成本(万元', '成本(万元'],
    ['满意度', '满意度'],
  ])('%j → %s', (label, key) => expect(labelKey(label)).toBe(key));

  it.each([
    ['产出指标(50分)', 50],
    ['效益指标 (30分)', 30],
    ['预算执行情况(万元)\n20分)', 20],
    ['年度绩效目标\n98分)', 98],
    ['得分(20分*执行率)', null],
    ['指标1:完成20分)项', null],
    ['年度绩效目标', null],
  ])('the weight in %j is %s', (label, weight) => expect(labelWeight(label)).toBe(weight));

  it('a name loses its weight, bracket or not', () => {
    expect(labelName('成本指标 (20分)')).toBe('成本指标');
    expect(labelName('年度绩效目标\n98分)')).toBe('年度绩效目标');
  });
});
