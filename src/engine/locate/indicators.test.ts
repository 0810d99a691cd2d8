import { GridView } from '../grid';
import { MOF_INDICATOR_HEADER, SheetSpec, blockHeader, toGrid } from '../../../test/fixtures/specs';
import { indexLabels } from './labels';
import { isPlaceholderName, readIndicators } from './indicators';

function block(rows: SheetSpec['rows'], merges: string[] = []) {
  const view = new GridView(toGrid({ name: 't', rows, merges }));
  indexLabels(view, () => undefined);
  return readIndicators(
    view,
    rows.findIndex((r) => r.includes('一级指标')),
    0,
    9,
    rows.length - 1,
  );
}

const HEAD = [...MOF_INDICATOR_HEADER];

describe('indicator block', () => {
  it('reads a two-row header: 年度指标值 split below, 实际完成值/分值/得分 merged down from above', () => {
    const b = block(
      [
        ['绩效指标', null, null, '年度指标值', null, null, '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', null, null, null, null],
        ['产出指标', '数量指标', '补助经费', '﹦', 72890, '元', 72890, 10, 9, null],
      ],
      ['A1:C1', 'D1:F1', 'G1:G2', 'H1:H2', 'I1:I2', 'J1:J2'],
    );
    expect(b.missing).toEqual([]);
    expect(b.cols).toMatchObject({
      level1: 0,
      level3: 2,
      targetOp: 3,
      target: 4,
      targetUnit: 5,
      actual: 6,
      weight: 7,
      score: 8,
      note: 9,
    });
    expect(b.indicators[0].target.raw).toBe('=72890元');
  });
  it('skips template rows and names them; ends at the first row that is not an indicator', () => {
    const b = block([
      HEAD,
      [null, '产出指标', '数量指标', '培训人次', '≥500人次', '520人次', 90, 90, null],
      [null, null, null, '指标2：', null, null, null, null, null],
      [null, null, null, '……', null, null, null, null, null],
      ['其他需要说明事项', '无'],
      [null, '效益指标', '社会效益指标', '不是指标', '≥1', '1', 10, 10, null],
    ]);
    expect(b.indicators.map((i) => i.name)).toEqual(['培训人次']);
    expect(b.templateRows.map((a) => a.r)).toEqual([2, 3]);
  });
  it('reads the 其中 and indented rows under a ★ item as its details, not as indicators', () => {
    const b = block([
      HEAD,
      [null, '产出指标', '数量指标', '★补助种植面积', '29.5亩', '29.5亩', 20, 20, null],
      [null, null, null, '其中桃树种植面积', '1.5亩', '1.5亩', null, null, null],
      [null, null, null, '   梨树种植面积', '6亩', '6亩', null, null, null],
      [null, null, null, '种植作物成活率', '95%', '95%', 10, 10, null],
    ]);
    expect(b.indicators.map((i) => i.name)).toEqual(['★补助种植面积', '种植作物成活率']);
  });
  it('near miss: an unstarred row without weight or score is an indicator missing both', () => {
    const b = block([
      HEAD,
      [null, '产出指标', '数量指标', '培训人次', '≥500人次', '520人次', 90, 90, null],
      [null, null, null, '培训天数', '≥5天', '5天', null, null, null],
    ]);
    expect(b.indicators.map((i) => i.name)).toEqual(['培训人次', '培训天数']);
  });
  it('reads a second block header as part of the same block and sums the block weights', () => {
    const b = block([
      blockHeader(1),
      [null, '产出指标', '质量指标', '合格率', '100%', '100%', 40],
      blockHeader(2),
      [null, '产出指标', '进度指标', '上报', '100%', '100%', 40],
    ]);
    expect(b.indicators).toHaveLength(2);
    expect(b.blockWeight).toBe(80);
    expect(b.weightsByBlock).toBe(true);
    expect(b.missing).toEqual([]);
  });
  it('reads the operator from a 指标方向 column and 正向/反向 as ≥/≤', () => {
    const head = [
      '绩效指标',
      '一级指标',
      '二级指标',
      '三级指标',
      '指标性质',
      '指标方向',
      '年度指标值',
      '实际完成值',
      '计量单位',
      '分值',
      '得分',
    ];
    const b = block([
      head,
      [null, '产出指标', '数量指标', '指标1:租车次数', '正向', '小于等于', 1, 1, '次', 8, 8],
      [null, null, null, '指标2:宣传次数', '反向', null, 3, 2, '次', 7, 7],
    ]);
    expect(b.indicators.map((i) => i.target.op)).toEqual(['le', 'le']);
    expect(b.indicators[0].name).toBe('指标1:租车次数');
  });
  it('knows a template placeholder name from a filled one', () => {
    for (const n of ['指标1：', '指标2:', '……', '...', '/', '指标1：/', '']) expect(isPlaceholderName(n)).toBe(true);
    for (const n of ['指标1：培训人次', '培训人次', '其中桃树']) expect(isPlaceholderName(n)).toBe(false);
  });
});
