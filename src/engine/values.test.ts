import { gridFromArrays } from './grid';
import {
  gradeQualitative,
  parseActual,
  parseSplitTarget,
  parseTarget,
  parseTargetText,
  readAmount,
  readRate,
} from './values';

const text = (v: string) => ({ value: { t: 'text' as const, v } });
const num = (v: number, numFmt?: string) => ({ value: { t: 'number' as const, v }, numFmt });

describe('targets (domain §3)', () => {
  const cases: Array<[string, string, number | null, string]> = [
    ['≥500人次', 'ge', 500, '人次'],
    ['>=95%', 'ge', 95, '%'],
    ['＞＝95%', 'ge', 95, '%'],
    ['≧3次', 'ge', 3, '次'],
    ['不低于90%', 'ge', 90, '%'],
    ['不少于1,000人', 'ge', 1000, '人'],
    ['95%以上', 'ge', 95, '%'],
    ['>0%', 'gt', 0, '%'],
    ['＞80分', 'gt', 80, '分'],
    ['≤15万元/公里', 'le', 15, '万元/公里'],
    ['<=5%', 'le', 5, '%'],
    ['≦2天', 'le', 2, '天'],
    ['不高于10%', 'le', 10, '%'],
    ['不超过3个工作日', 'le', 3, '个工作日'],
    ['30天以内', 'le', 30, '天'],
    ['5%以下', 'le', 5, '%'],
    ['<1%', 'lt', 1, '%'],
    ['=100%', 'eq', 100, '%'],
    ['＝0次', 'eq', 0, '次'],
    ['\uFE66365天', 'eq', 365, '天'],
    ['100', 'eq', 100, ''],
    ['≥60公斤/人/月', 'ge', 60, '公斤/人/月'],
    ['2023年', 'le', 20231231, '日期'],
    ['2023年12月31日前', 'le', 20231231, '日期'],
    ['2023年6月底前', 'le', 20230630, '日期'],
    ['≥90百分比', 'ge', 90, '%'],
    ['≥ 1.5 万元', 'ge', 1.5, '万元'],
    ['≥90%（含）', 'ge', 90, '%'],
    ['100%（全覆盖）', 'eq', 100, '%'],
    ['90%以上（含90%）', 'ge', 90, '%'],
    ['≤2小时内', 'le', 2, '小时'],
    ['3个工作日之内', 'le', 3, '个工作日'],
    ['达到100%。', 'ge', 100, '%'],
    ['≥1次/年', 'ge', 1, '次/年'],
  ];
  for (const [raw, op, value, unit] of cases)
    it(`${raw} → ${op} ${value} ${unit}`, () => {
      const t = parseTargetText(raw);
      expect(t.type).toBe('quantitative');
      expect(t.op).toBe(op);
      expect(t.q?.value).toBe(value);
      expect(t.q?.unit).toBe(unit);
      expect(t.nonstandardOp).toBeNull();
    });
  it('reads the typo 》 as > and 《 as <, flagged', () => {
    expect(parseTargetText('》90%')).toMatchObject({ op: 'gt', nonstandardOp: '》' });
    expect(parseTargetText('《5%')).toMatchObject({ op: 'lt', nonstandardOp: '《' });
  });
  it('qualitative and unparseable targets', () => {
    for (const t of ['有效维护', '健全', '明显提升', '达到预期']) expect(parseTargetText(t).type).toBe('qualitative');
    for (const t of ['≥', '90%-95%', '1:1', '≥百分之九十']) expect(parseTargetText(t).type).toBe('unparseable');
    for (const t of ['', '—', '-', '/']) expect(parseTargetText(t).type).toBe('empty');
  });
  it('reads the split form 指标性质 | 指标值 | 度量单位 as one target', () => {
    expect(parseSplitTarget(text('≥'), num(90), text('%'))).toMatchObject({
      raw: '≥90%',
      op: 'ge',
      q: { value: 90, percent: true },
    });
    expect(parseSplitTarget(text('﹦'), num(100), text('%'))).toMatchObject({ op: 'eq', q: { value: 100 } });
    expect(parseSplitTarget(text('定性'), text('按时足额'), undefined)).toMatchObject({
      type: 'qualitative',
      text: '按时足额',
    });
    expect(parseSplitTarget(text('定量'), num(0.95, '0%'), undefined)).toMatchObject({
      op: 'eq',
      q: { value: 95, percent: true },
    });
  });
});

describe('actuals', () => {
  it('reads numbers, % formats, text with units, operators and dates', () => {
    expect(parseActual(num(0.97, '0.00%')).q).toMatchObject({ value: 97, percent: true });
    expect(parseActual(text('88.5%')).q).toMatchObject({ value: 88.5, percent: true });
    expect(parseActual(text('1,000人次')).q).toMatchObject({ value: 1000, unit: '人次' });
    expect(parseActual(text('≥266米'))).toMatchObject({ op: 'ge', q: { value: 266, unit: '米' } });
    expect(parseActual({ value: { t: 'date', v: '2023-12-20' } }).q).toMatchObject({ value: 20231220, date: true });
    expect(parseActual(text('完成')).type).toBe('text');
    expect(parseActual({ value: { t: 'error', v: '#DIV/0!' } }).type).toBe('error');
    expect(parseActual(text('—')).type).toBe('empty');
  });
  it('grades qualitative actuals', () => {
    expect(gradeQualitative('有效维护', '有效维护')).toBe('达成');
    for (const a of ['达成', '已完成', '有效', '100%']) expect(gradeQualitative(a, '健全')).toBe('达成');
    for (const a of ['基本达成', '部分完成', '较好']) expect(gradeQualitative(a, '健全')).toBe('部分达成');
    for (const a of ['未达成', '无', '差', '未建立']) expect(gradeQualitative(a, '健全')).toBe('未达成');
    expect(gradeQualitative('正在推进', '健全')).toBeNull();
  });
});

describe('amounts and rates', () => {
  it('reads amounts', () => {
    expect(readAmount(num(1282.5))).toEqual({ kind: 'number', value: 1282.5 });
    expect(readAmount(text('1,282.50'))).toEqual({ kind: 'number', value: 1282.5 });
    expect(readAmount(text('—'))).toEqual({ kind: 'empty' });
    expect(readAmount(text('约100')).kind).toBe('invalid');
  });
  it('reads rates as fractions', () => {
    // `shown`: the decimals of the percentage the cell shows.
    expect(readRate(num(0.95, '0.00%'))).toEqual({ kind: 'number', value: 0.95, shown: 2 });
    expect(readRate(num(0.86, '0%'))).toEqual({ kind: 'number', value: 0.86, shown: 0 });
    expect(readRate(text('95.00%'))).toEqual({ kind: 'number', value: 0.95, shown: 2 });
    expect(readRate(text('86%'))).toEqual({ kind: 'number', value: 0.86, shown: 0 });
    expect(readRate(num(95))).toEqual({ kind: 'number', value: 0.95, shown: 0 });
    expect(readRate(num(86.2))).toEqual({ kind: 'number', value: 0.862, shown: 1 });
    expect(readRate(num(0.95))).toEqual({ kind: 'number', value: 0.95, shown: 0 });
    expect(readRate(text('#DIV/0!')).kind).toBe('invalid');
  });
  it('builds grids from arrays with errors recognised', () => {
    const g = gridFromArrays('s', [['#DIV/0!', 1, 'x']]);
    expect(g.rows[0]?.[0]?.value).toEqual({ t: 'error', v: '#DIV/0!' });
  });
});

describe('target cells', () => {
  it('shows a %-formatted number target as the user sees it', () => {
    expect(parseTarget(num(0.95, '0%'))).toMatchObject({ raw: '95%', op: 'eq', q: { value: 95, percent: true } });
    expect(parseTarget(num(500))).toMatchObject({ raw: '500', q: { value: 500, percent: false } });
  });
});
