/** Scoring per SPEC §4, in decimal arithmetic (decimal.js), rounded half-up to 2 decimals. */
import Decimal from 'decimal.js';
import { BudgetBlock, BudgetColumn, Indicator, TableModel } from './model';
import { Profile } from './profiles';
import { Grade, Op, gradeQualitative } from './values';

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
type Dec = InstanceType<typeof D>;

export const SCORE_TOLERANCE = 0.005;
export const RATE_TOLERANCE = 0.00005;

/** Rounds half-up to 2 decimals (4.745 → 4.75). */
export function round2(x: Dec | number): number {
  return new D(x).toDecimalPlaces(2, D.ROUND_HALF_UP).toNumber();
}

export function roundTo(x: Dec | number, dp: number): number {
  return new D(x).toDecimalPlaces(dp, D.ROUND_HALF_UP).toNumber();
}

/** Equal within tolerance, compared in decimal. */
export function near(a: number, b: number, tol = SCORE_TOLERANCE): boolean {
  return new D(a).minus(b).abs().lessThan(tol);
}

export type IndicatorKind = 'positive' | 'negative' | 'equal' | 'qualitative' | 'unknown';

export interface Evaluation {
  kind: IndicatorKind;
  computed: number | null;
  achieved: boolean | null;
  /** Over-completion beyond the profile threshold. */
  overCompleted: boolean;
  /** The actual, read as a completion rate (fraction), when it is one. */
  completionRate: number | null;
  grade: Grade | null;
  unitMismatch: 'units' | 'rate-below-100' | null;
  actualNotNumeric: boolean;
  actualCopiesTarget: boolean;
  actualMissing: boolean;
  /** Judged by hand: the score can't be computed but the indicator was not achieved (SPEC §4 ">0%" rule). */
  handJudged: boolean;
  needsDeviationNote: boolean;
}

function opKind(op: Op): IndicatorKind {
  return op === 'ge' || op === 'gt' ? 'positive' : op === 'le' || op === 'lt' ? 'negative' : 'equal';
}

function meets(a: number, op: Op, t: number): boolean {
  switch (op) {
    case 'ge':
    case 'eq':
      return a >= t;
    case 'gt':
      return a > t;
    case 'le':
      return a <= t;
    case 'lt':
      return a < t;
  }
}

export function evaluate(ind: Indicator, profile: Profile): Evaluation {
  const ev: Evaluation = {
    kind: 'unknown',
    computed: null,
    achieved: null,
    overCompleted: false,
    completionRate: null,
    grade: null,
    unitMismatch: null,
    actualNotNumeric: false,
    actualCopiesTarget: false,
    actualMissing: false,
    handJudged: false,
    needsDeviationNote: false,
  };
  const w = ind.weight !== null && Number.isFinite(ind.weight) ? new D(ind.weight) : null;
  const t = ind.target;
  const a = ind.actual;
  const full = (): number | null => (w ? round2(w) : null);
  const scaled = (f: Dec): number | null => (w ? round2(w.times(f)) : null);

  if (t.type === 'empty' || t.type === 'unparseable') {
    if (t.type === 'unparseable' && a.type === 'empty') ev.actualMissing = true;
    finish(ev, ind);
    return ev;
  }
  if (a.type === 'empty') {
    ev.kind = t.type === 'qualitative' ? 'qualitative' : opKind(t.op);
    ev.actualMissing = true;
    finish(ev, ind);
    return ev;
  }
  if (t.type === 'qualitative') {
    ev.kind = 'qualitative';
    if (a.type === 'number' && a.q && a.q.percent) {
      const rate = new D(a.q.value).div(100);
      ev.completionRate = rate.toNumber();
      ev.computed = scaled(D.min(rate, 1));
      ev.achieved = rate.gte(1);
      ev.overCompleted = rate.gte(profile.overCompletion);
      ev.grade = rate.gte(1) ? '达成' : null;
    } else {
      ev.grade = gradeQualitative(a.type === 'text' ? a.text : a.raw, t.text);
      ev.achieved = ev.grade === null ? null : ev.grade === '达成';
    }
    finish(ev, ind);
    return ev;
  }
  // Quantitative target.
  const tq = t.q!;
  ev.kind = opKind(t.op);
  if (a.type !== 'number' || !a.q) {
    ev.actualNotNumeric = true;
    finish(ev, ind);
    return ev;
  }
  let aq = a.q;
  if (a.op !== null && aq.value === tq.value && (aq.unit === '' || aq.unit === tq.unit)) ev.actualCopiesTarget = true;
  // An actual with no unit takes the target's unit; a bare fraction against a % target is a fraction.
  if (aq.unit === '' && !aq.date) {
    if (tq.percent && Math.abs(aq.value) <= 1.5 && tq.value > 1.5) aq = { ...aq, value: new D(aq.value).times(100).toNumber(), unit: '%', percent: true };
    else aq = { ...aq, unit: tq.unit, percent: tq.percent };
  }
  if (tq.date || aq.date) {
    if (tq.date && aq.date) {
      ev.achieved = meets(aq.value, t.op, tq.value);
      ev.computed = ev.achieved ? full() : null;
      ev.handJudged = !ev.achieved;
    } else ev.unitMismatch = 'units';
    finish(ev, ind);
    return ev;
  }
  if (aq.unit !== tq.unit) {
    if (aq.percent && !tq.percent) {
      // A completion rate against a target in another unit.
      const rate = new D(aq.value).div(100);
      ev.completionRate = rate.toNumber();
      ev.computed = scaled(D.min(rate, 1));
      ev.achieved = rate.gte(1);
      ev.overCompleted = rate.gte(profile.overCompletion);
      if (rate.lt(1)) ev.unitMismatch = 'rate-below-100';
    } else {
      ev.unitMismatch = 'units';
    }
    finish(ev, ind);
    return ev;
  }
  const av = new D(aq.value);
  const tv = new D(tq.value);
  ev.achieved = meets(aq.value, t.op, tq.value);
  if (tv.isZero()) {
    if (t.op === 'gt') {
      // ">0" not met: judged by hand.
      ev.computed = ev.achieved ? full() : null;
      ev.handJudged = !ev.achieved;
    } else if (t.op === 'ge') {
      ev.computed = full();
    } else {
      // "=0", "≤0", "<0": anything above 0 scores 0.
      ev.achieved = av.lte(0) && (t.op !== 'lt' || av.lt(0));
      ev.computed = av.gt(0) ? (w ? 0 : null) : full();
    }
  } else if (tv.isNegative()) {
    ev.computed = ev.achieved ? full() : null;
    ev.handJudged = !ev.achieved;
  } else if (ev.kind === 'negative') {
    if (ev.achieved) ev.computed = full();
    else if (profile.negative === 'linear') ev.computed = scaled(D.max(0, new D(1).minus(av.minus(tv).div(tv))));
    else ev.computed = av.isZero() ? full() : scaled(D.min(1, tv.div(av)));
    ev.overCompleted = av.lte(tv.div(profile.overCompletion));
  } else {
    ev.computed = scaled(D.max(0, D.min(1, av.div(tv))));
    ev.overCompleted = av.gte(tv.times(profile.overCompletion));
  }
  finish(ev, ind);
  return ev;
}

function finish(ev: Evaluation, ind: Indicator): void {
  const w = ind.weight !== null && Number.isFinite(ind.weight) ? ind.weight : null;
  const entered = ind.score !== null && Number.isFinite(ind.score) ? ind.score : null;
  // A shortfall is either side of the table's arithmetic: the computed score or the score entered.
  const below = (x: number | null): boolean => w !== null && x !== null && new D(x).lt(new D(w).minus(SCORE_TOLERANCE));
  ev.needsDeviationNote = ev.achieved === false || below(ev.computed) || below(entered);
}

export interface BudgetEval {
  /** Amounts used for 执行率 (the 年度资金总额 row, or the sums of its sources when it is blank/zero). */
  annual: number | null;
  executed: number | null;
  initial: number | null;
  usedSourceSums: boolean;
  rate: number | null;
  /** Unrounded rate for score computation. */
  weight: number;
  weightFrom: 'cell' | 'label' | 'profile';
  score: number | null;
  sums: Partial<Record<BudgetColumn, number>>;
}

function num(b: BudgetBlock, col: BudgetColumn): number | null {
  const a = b.total?.amounts[col]?.amount;
  return a && a.kind === 'number' ? a.value : null;
}

export function evaluateBudget(b: BudgetBlock, profile: Profile): BudgetEval {
  const sums: BudgetEval['sums'] = {};
  for (const col of ['initial', 'annual', 'executed'] as BudgetColumn[]) {
    let any = false;
    let s = new D(0);
    for (const row of b.sources) {
      const a = row.amounts[col]?.amount;
      if (a && a.kind === 'number') {
        any = true;
        s = s.plus(a.value);
      }
    }
    if (any) sums[col] = s.toNumber();
  }
  let annual = num(b, 'annual');
  let executed = num(b, 'executed');
  let usedSourceSums = false;
  if ((annual === null || annual === 0) && sums.annual !== undefined && sums.annual !== 0) {
    annual = sums.annual;
    usedSourceSums = true;
  }
  if ((executed === null || executed === 0) && usedSourceSums && sums.executed !== undefined) executed = sums.executed;
  let weight: number;
  let weightFrom: BudgetEval['weightFrom'];
  if (b.weight !== null && Number.isFinite(b.weight)) {
    weight = b.weight;
    weightFrom = 'cell';
  } else if (b.labelWeight !== null) {
    weight = b.labelWeight;
    weightFrom = 'label';
  } else {
    weight = profile.budgetWeight;
    weightFrom = 'profile';
  }
  let rate: number | null = null;
  let score: number | null = null;
  if (annual !== null && annual > 0 && executed !== null) {
    const r = new D(executed).div(annual);
    rate = roundTo(r, 6);
    score = round2(new D(weight).times(D.min(r, 1)));
  }
  return { annual, executed, initial: num(b, 'initial'), usedSourceSums, rate, weight, weightFrom, score, sums };
}

export interface ScoredTable {
  table: TableModel;
  budget: BudgetEval | null;
  evals: Evaluation[];
  /** 执行率分值 + Σ indicator 分值. */
  weightSum: number;
  computedTotal: number | null;
  grade: string | null;
}

export function gradeOf(total: number, profile: Profile): string {
  for (const [threshold, name] of profile.grades) if (total >= threshold) return name;
  return profile.grades[profile.grades.length - 1]?.[1] ?? '';
}

export function scoreTable(table: TableModel, profile: Profile): ScoredTable {
  const budget = table.budget ? evaluateBudget(table.budget, profile) : null;
  const evals = table.indicators.map((i) => evaluate(i, profile));
  let weightSum = new D(budget ? budget.weight : 0);
  for (const i of table.indicators) if (i.weight !== null && Number.isFinite(i.weight)) weightSum = weightSum.plus(i.weight);
  let total = new D(0);
  let any = false;
  if (budget) {
    const s = budget.score ?? finite(table.budget?.score ?? null);
    if (s !== null) {
      total = total.plus(s);
      any = true;
    }
  }
  table.indicators.forEach((ind, k) => {
    const s = evals[k].computed ?? finite(ind.score);
    if (s !== null) {
      total = total.plus(s);
      any = true;
    }
  });
  const computedTotal = any ? round2(total) : null;
  return {
    table,
    budget,
    evals,
    weightSum: weightSum.toNumber(),
    computedTotal,
    grade: computedTotal === null ? null : gradeOf(computedTotal, profile),
  };
}

export function finite(x: number | null): number | null {
  return x !== null && Number.isFinite(x) ? x : null;
}

export { D as Dec };
