/** Scoring per domain §4, in decimal arithmetic (decimal.js), rounded half-up to 2 decimals. */
import { Indicator, TableModel } from './model';
import { Profile } from './profiles';
import { Grade, Op, gradeQualitative, pointsValue, weighs } from './values';
import { BudgetEval, evaluateBudget } from './budget-score';

export type { BudgetEval };
export { evaluateBudget };
import {
  D,
  RATE_TOLERANCE,
  SCORE_TOLERANCE,
  geTimes,
  leDiv,
  lessBy,
  mulDiv2,
  near,
  round2,
  roundTo,
  sumExact,
} from './decimal';

export { RATE_TOLERANCE, SCORE_TOLERANCE, lessBy, mulDiv2, near, round2, roundTo, sumExact };

export type IndicatorKind = 'positive' | 'negative' | 'equal' | 'qualitative' | 'unknown';

/**
 * How an actual was set against its target. `none`: no target, an unreadable one, no actual, or no number for a
 * quantitative target; `quantity`: the same unit (after 万/亿/千, and a unitless actual taking the target's unit);
 * `completion-rate`: a percentage against a target in another unit, read as a completion rate (domain §4);
 * `units-differ`: units that cannot be compared.
 */
export type Comparison = 'none' | 'qualitative' | 'quantity' | 'dates' | 'completion-rate' | 'units-differ';

export interface Evaluation {
  kind: IndicatorKind;
  computed: number | null;
  achieved: boolean | null;
  /** Over-completion beyond the profile threshold. */
  overCompleted: boolean;
  /** The actual, read as a completion rate (fraction), when it is one. */
  completionRate: number | null;
  grade: Grade | null;
  /** How the actual was set against the target: what the score rests on. */
  compared: Comparison;
  /** Judged by hand: the score can't be computed but the indicator was not achieved (domain §4 ">0%" rule). */
  handJudged: boolean;
  needsDeviationNote: boolean;
}

/** The factor from one unit to another that differ only by 万/亿/千 (2.1万人 → 21000人); null otherwise. */
export function unitScale(from: string, to: string): number | null {
  if (from === to) return 1;
  if (!from || !to) return null;
  for (const [p, f] of [
    ['万', 1e4],
    ['亿', 1e8],
    ['千', 1e3],
  ] as const) {
    if (from === p + to) return f;
    if (to === p + from) return 1 / f;
  }
  return null;
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
    compared: 'none',
    handJudged: false,
    needsDeviationNote: false,
  };
  const w = pointsValue(ind.weight);
  const t = ind.target;
  const a = ind.actual;
  const full = (): number | null => (w !== null ? round2(w) : null);
  /** 分值 × min(1, n ÷ d), for n, d ≥ 0. */
  const ratio = (n: number, d: number): number | null =>
    w === null ? null : n >= d ? round2(w) : n <= 0 ? 0 : mulDiv2(w, n, d);

  if (t.type === 'empty' || t.type === 'unparseable') {
    finish(ev, ind);
    return ev;
  }
  if (a.type === 'empty') {
    ev.kind = t.type === 'qualitative' ? 'qualitative' : opKind(t.op);
    finish(ev, ind);
    return ev;
  }
  if (t.type === 'qualitative') {
    ev.kind = 'qualitative';
    ev.compared = 'qualitative';
    if (a.type === 'number' && a.q && a.q.percent) {
      const pctv = a.q.value;
      ev.completionRate = pctv / 100;
      ev.computed = ratio(pctv, 100);
      ev.achieved = pctv >= 100;
      ev.overCompleted = geTimes(pctv, 100, profile.overCompletion);
      ev.grade = pctv >= 100 ? '达成' : null;
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
    finish(ev, ind);
    return ev;
  }
  let aq = a.q;
  // An actual with no unit takes the target's unit; a bare fraction against a % target is a fraction.
  if (aq.unit === '' && !aq.date) {
    if (tq.percent && Math.abs(aq.value) <= 1.5 && tq.value > 1.5)
      aq = { ...aq, value: new D(aq.value).times(100).toNumber(), unit: '%', percent: true };
    else aq = { ...aq, unit: tq.unit, percent: tq.percent };
  }
  if (tq.date && aq.percent && !aq.date) {
    // A deadline met to a degree: the actual is a completion rate against a target in another unit (domain §4).
    rateAgainstOtherUnit(ev, aq.value, ratio, profile);
    finish(ev, ind);
    return ev;
  }
  if (tq.date || aq.date) {
    if (tq.date && aq.date) {
      ev.compared = 'dates';
      ev.achieved = meets(aq.value, t.op, tq.value);
      ev.computed = ev.achieved ? full() : null;
      ev.handJudged = !ev.achieved;
    } else ev.compared = 'units-differ';
    finish(ev, ind);
    return ev;
  }
  const scale = unitScale(aq.unit, tq.unit);
  if (scale !== null && scale !== 1) aq = { ...aq, value: new D(aq.value).times(scale).toNumber(), unit: tq.unit };
  if (aq.unit !== tq.unit) {
    if (aq.percent && !tq.percent) {
      rateAgainstOtherUnit(ev, aq.value, ratio, profile);
    } else {
      ev.compared = 'units-differ';
    }
    finish(ev, ind);
    return ev;
  }
  ev.compared = 'quantity';
  const av = aq.value;
  const tv = tq.value;
  ev.achieved = meets(av, t.op, tv);
  if (tv === 0) {
    if (t.op === 'gt') {
      // ">0" not met: judged by hand.
      ev.computed = ev.achieved ? full() : null;
      ev.handJudged = !ev.achieved;
    } else if (t.op === 'ge') {
      ev.computed = full();
    } else {
      // "=0", "≤0", "<0": anything above 0 scores 0.
      ev.achieved = av <= 0 && (t.op !== 'lt' || av < 0);
      ev.computed = av > 0 ? (w !== null ? 0 : null) : full();
    }
  } else if (tv < 0) {
    ev.computed = ev.achieved ? full() : null;
    ev.handJudged = !ev.achieved;
  } else if (ev.kind === 'negative') {
    if (ev.achieved) ev.computed = full();
    else if (profile.negative === 'linear')
      ev.computed = w === null ? null : round2(new D(w).times(D.max(0, new D(1).minus(new D(av).minus(tv).div(tv)))));
    else ev.computed = av === 0 ? full() : ratio(tv, av);
    ev.overCompleted = leDiv(av, tv, profile.overCompletion);
  } else {
    ev.computed = ratio(av, tv);
    ev.overCompleted = geTimes(av, tv, profile.overCompletion);
  }
  finish(ev, ind);
  return ev;
}

/** A completion rate (percentage points) against a target in another unit: score = 分值 × min(1, rate). */
function rateAgainstOtherUnit(
  ev: Evaluation,
  pctv: number,
  ratio: (n: number, d: number) => number | null,
  profile: Profile,
): void {
  ev.compared = 'completion-rate';
  ev.completionRate = pctv / 100;
  ev.computed = ratio(pctv, 100);
  ev.achieved = pctv >= 100;
  ev.overCompleted = geTimes(pctv, 100, profile.overCompletion);
}

function finish(ev: Evaluation, ind: Indicator): void {
  const w = pointsValue(ind.weight);
  const entered = pointsValue(ind.score);
  // A shortfall is either side of the table's arithmetic: the computed score or the score entered.
  const below = (x: number | null): boolean => w !== null && x !== null && lessBy(x, w, SCORE_TOLERANCE);
  ev.needsDeviationNote = ev.achieved === false || below(ev.computed) || below(entered);
}

export interface ScoredTable {
  table: TableModel;
  budget: BudgetEval | null;
  evals: Evaluation[];
  /** 执行率分值 + Σ indicator 分值. */
  weightSum: number;
  /** The profile's full score (100): no 总分 above it is ever written. */
  fullScore: number;
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
  const weights: number[] = budget ? [budget.weight] : [];
  if (table.weightsByBlock && table.indicatorBlockWeight !== null) weights.push(table.indicatorBlockWeight);
  else for (const i of table.indicators) if (i.weight.kind === 'number') weights.push(i.weight.value);
  const parts: number[] = [];
  // A weighted item with neither a computed nor an entered score leaves the total unknown, not smaller.
  let unknown = false;
  if (budget) {
    const s = budget.score ?? (table.budget ? pointsValue(table.budget.score) : null);
    if (s !== null) parts.push(s);
    else if (budget.weight > 0) unknown = true;
  }
  table.indicators.forEach((ind, k) => {
    const s = evals[k].computed ?? pointsValue(ind.score);
    if (s !== null) parts.push(s);
    else if (weighs(ind.weight)) unknown = true;
  });
  // No indicator read (none under the header, or no header): there is no total, not the budget score alone.
  const computedTotal = parts.length && table.indicators.length && !unknown ? round2(sumExact(parts)) : null;
  return {
    table,
    budget,
    evals,
    weightSum: sumExact(weights),
    fullScore: profile.totalWeight,
    computedTotal,
    grade: computedTotal === null ? null : gradeOf(computedTotal, profile),
  };
}

export { D as Dec };
