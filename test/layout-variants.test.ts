/** Layout variants SPEC §2 says real submissions have. */
import { analyzeSheet } from '../src/engine';
import { SheetSpec, clone, departmentTable, hunanProject, pct, toGrid } from './fixtures/specs';

function codes(spec: SheetSpec, profile?: string): string[] {
  return analyzeSheet(toGrid(spec), { profile }).report.tables.flatMap((t) =>
    t.findings.map((f) => `${f.code}@${f.cell}`),
  );
}

describe('layout variants', () => {
  it('一体化 export with 权重 before the split target, no 年初预算数 column, and a second header row under 年度指标值', () => {
    const s: SheetSpec = {
      name: '变体',
      rows: [
        ['部门预算项目支出绩效自评表(2023年度)'],
        ['项目名称', '城市道路养护'],
        ['主管部门', '市住建局', null, null, '实施单位', '市政工程处'],
        ['资金情况', '年度预算数(万元)', '全年预算数(A)', '全年执行数(B)', '执行率(B/A)', '权重', '得分'],
        [null, '总额', 300, 291, '97.00%', 10, 9.7],
        [null, '其中:财政资金', 300, 291, null, null, null],
        [
          '绩效指标(90分)',
          '一级指标',
          '二级指标',
          '三级指标',
          '权重',
          '年度指标值',
          null,
          null,
          '全年实际值',
          '得分',
          '未完成原因及拟采取的改进措施',
        ],
        [null, null, null, null, null, '指标性质', '指标值', '度量单位'],
        [null, '产出指标', '数量指标', '道路养护里程', 50, '≥', 120, '公里', '118公里', 50, null],
        [null, '效益指标', '社会效益指标', '道路完好率', 30, '≥', 95, '%', pct(0.96), 30, null],
        [null, '满意度指标', '服务对象满意度指标', '市民满意度', 10, '≥', 85, '%', '88%', 10, null],
        ['合计', 100, 99.7],
      ],
      merges: ['A4:A6', 'A7:A11', 'F7:H7'],
    };
    const r = analyzeSheet(toGrid(s)).report;
    const t = r.tables[0];
    expect(t.budget).toMatchObject({ rate: 0.97, score: 9.7, rateCell: 'E5', scoreCell: 'G5' });
    expect(t.indicators.map((i) => [i.target, i.actual, i.weight, i.computedScore])).toEqual([
      ['≥120公里', '118公里', 50, 49.17],
      ['≥95%', '96%', 30, 30],
      ['≥85%', '88%', 10, 10],
    ]);
    // 118 of ≥120 → 50 × 118/120 = 49.17, entered 50; the 合计 row adds up as entered.
    expect(codes(s)).toEqual(['SCORE_MISMATCH@J9', 'DEVIATION_NOTE_MISSING@K9']);
  });

  it('Hunan table with 成本指标 listed last', () => {
    const s = clone(hunanProject());
    const cost = s.rows.slice(12, 15);
    const rest = s.rows.slice(15, 21);
    s.rows = [...s.rows.slice(0, 12), ...rest, ...cost, s.rows[21]];
    s.merges = s.merges.filter((m) => !/^B1[3-9]|^B2/.test(m));
    const t = analyzeSheet(toGrid(s), { profile: 'hunan' }).report.tables[0];
    expect(t.indicators.map((i) => i.level1)).toEqual([
      '产出指标',
      '产出指标',
      '效益指标',
      '效益指标',
      '满意度指标',
      '成本指标',
    ]);
    // The empty 二级指标 rows are named once (SPEC §2.5), never a finding per row.
    expect(codes(s, 'hunan')).toEqual(['TEMPLATE_ROWS_SKIPPED@D16', 'TOTAL_WEIGHT_MISMATCH@G22']);
  });

  it('a department table without a 总分 row is complete', () => {
    const s = clone(departmentTable());
    s.rows = s.rows.slice(0, 17);
    s.merges = s.merges.filter((m) => m !== 'B18:F18');
    expect(codes(s).filter((c) => c.startsWith('LAYOUT'))).toEqual([]);
    expect(analyzeSheet(toGrid(s)).report.tables[0].total.computedScore).toBe(96.5);
  });
});

describe('department splits', () => {
  it('reads an income amount that stands a few columns right of its label', () => {
    const s = clone(departmentTable());
    s.rows[5] = [null, '一般公共预算:', null, 1300, null, '其中:基本支出:', 1000];
    const budget = () => codes(s).filter((c) => c.startsWith('BUDGET'));
    expect(budget()).toEqual([]);
    s.rows[5][3] = 1250;
    expect(budget()).toEqual(['BUDGET_SOURCES_MISMATCH@D4']);
  });
});
