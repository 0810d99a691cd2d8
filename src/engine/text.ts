/** Text folding used for label matching and template comparison. */

/**
 * A small bounded memo for pure functions of a cell's text: labels, targets and template texts repeat
 * across cells, tables and files. Results must be treated as immutable.
 */
export function memo<T>(fn: (s: string) => T): (s: string) => T {
  let cache = new Map<string, T>();
  return (s: string) => {
    let v = cache.get(s);
    if (v === undefined) {
      v = fn(s);
      if (cache.size >= 20000) cache = new Map();
      if (s.length <= 200) cache.set(s, v);
    }
    return v;
  };
}

/** NFKC (full-width → half-width, ﹦ → =), whitespace and line breaks removed. */
export const fold = memo((s: string): string => s.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, ''));

/**
 * A bracketed suffix that lost one of its brackets on the way to a web page: "执行数B)", "执行率B/A)", "20分)" (no
 * opening bracket) or "年初目标值(A" (no closing one). Only short letters, digits, /, *, % and 分/万元 count, so a
 * name that merely ends in ")" is left alone.
 */
const HALF_BRACKET = /(?:[A-Za-z0-9/*×%.]{1,6}(?:分|万元)?[)\]】]|[([【][A-Za-z0-9/*×%.]{1,6}(?:分|万元)?)$/;

/**
 * A label's key: folded, bracketed suffixes such as (万元), (10分), (盖章), (A) removed — also one that lost a
 * bracket (HALF_BRACKET) — leading "其中:" and trailing colons dropped, numbering like "1." removed.
 */
export const labelKey = memo((s: string): string => {
  let k = fold(s);
  k = k.replace(/[([【][^)\]】]*[)\]】]/g, '');
  k = k.replace(HALF_BRACKET, '');
  k = k.replace(/^其中[:：]?/, '');
  k = k.replace(/^\d+[.、]/, '');
  k = k.replace(/[:：]+$/, '');
  return k;
});

/** A block label's key without its numbering: 年度绩效目标1 → 年度绩效目标. */
export function blockKey(key: string): string {
  return key.replace(/\d+$/, '');
}

/** The weight written in a label such as "成本指标 (20分)" or "绩效指标(90分)"; null when none. */
export function labelWeight(s: string): number | null {
  const t = s.normalize('NFKC');
  // "(20分)", or "20分)" on a line of its own when a page dropped the opening bracket.
  const m = /[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]/.exec(t) ?? /(?:^|\n)\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*$/.exec(t);
  return m ? Number(m[1]) : null;
}

/** A label's name without its weight suffix ("成本指标 (20分)" → "成本指标"). */
export function labelName(s: string): string {
  return fold(s)
    .replace(/[(][^)]*分[)]/g, '')
    .replace(/\d+(?:\.\d+)?分[)]$/, '')
    .replace(/[:：]+$/, '');
}

export type LabelFamily = readonly string[];

/** Label families (keys as produced by labelKey). */
export const LABELS = {
  projectName: ['项目名称', '项目支出名称'],
  departmentName: ['预算部门名称', '部门名称', '预算单位名称'],
  authority: ['主管部门'],
  implementer: ['实施单位'],
  budgetBlock: ['项目资金', '资金情况', '预算执行情况', '年度预算申请', '项目资金情况', '预算资金情况', '资金投入'],
  initialBudget: ['年初预算数', '年初预算'],
  annualBudget: ['全年预算数', '调整后预算数', '全年预算', '预算数', '调整预算数'],
  executed: ['全年执行数', '预算执行数', '全年执行', '执行数', '实际执行数'],
  weight: ['分值', '权重'],
  rate: ['执行率', '预算执行率'],
  score: ['得分'],
  reason: ['原因', '原因说明', '偏差原因', '情况说明'],
  total: ['年度资金总额', '总额', '资金总额', '年度资金总量', '年度财政资金总额', '财政资金总额'],
  currentAppropriation: ['当年财政拨款', '本年财政拨款', '财政资金', '财政拨款'],
  carryOver: ['上年结转资金', '上年结转金额', '上年结转'],
  otherFunds: ['其他资金', '其它资金'],
  specialAccount: ['财政专户管理资金', '单位资金'],
  incomeHeader: ['按收入性质分'],
  expenseHeader: ['按支出性质分'],
  incomeItems: [
    '一般公共预算',
    '政府性基金拨款',
    '纳入专户管理的非税收入拨款',
    '国有资本经营预算',
    '其他资金',
    '其它资金',
  ],
  expenseItems: ['基本支出', '项目支出'],
  goal: ['年度总体目标', '总体目标', '项目基本情况'],
  indicatorBlock: ['绩效指标', '年度绩效指标', '年度绩效目标', '绩效目标'],
  level1: ['一级指标'],
  level2: ['二级指标'],
  level3: ['三级指标'],
  target: ['年度指标值', '指标值', '年度目标值', '年初目标值', '目标值'],
  targetOperator: ['指标性质'],
  targetDirection: ['指标方向'],
  targetUnit: ['度量单位', '计量单位'],
  actual: ['实际完成值', '完成值', '全年实际值', '实际值'],
  note: [
    '偏差原因分析及改进措施',
    '偏差原因分析',
    '未完成原因分析',
    '未完成原因及拟采取的改进措施',
    '未完成原因分析及改进措施',
    '偏差原因分析及改进',
    '未完成原因和改进措施',
  ],
  grandTotal: ['总分', '合计', '总计'],
  conclusion: [
    '评价结论',
    '存在问题',
    '改进措施',
    '自评结论',
    '其他需要说明事项',
    '其他需说明事项',
    '偏差大或目标未完成原因分析',
    '改进措施及结果应用方案',
    '项目负责人',
    '财务负责人',
    '填表人',
  ],
} as const;

/** A deviation note that is only a placeholder counts as blank. */
export function isPlaceholderNote(s: string): boolean {
  const f = fold(s).replace(/[。.]+$/, '');
  return f === '' || /^(无|暂无|没有|略|空|\/|\\|—+|-+|－+|–+|n\/?a)$/i.test(f);
}

const TEMPLATE_PATTERNS: RegExp[] = [
  /\(\d+字(以内|以下|左右)\)/,
  /^结合自评情况,?说明/,
  /^对照年度目标,?说明/,
  /^对照年初目标,?说明/,
  /^请(填写|简要说明|根据)/,
];

/** True when a cell still holds the template's instruction text. */
export const isTemplateText = memo((s: string): boolean => {
  if (s.length < 6) return false;
  const f = fold(s).replace(/，/g, ',');
  return TEMPLATE_PATTERNS.some((p) => p.test(f));
});

/** True for the dash-like placeholders that mean "empty" in a value cell. */
export function isDash(s: string): boolean {
  if (s.length > 12) return false; // a dash, however spaced, is short
  return /^(—+|-+|－+|–+|\/|\\|／)$/.test(fold(s));
}
