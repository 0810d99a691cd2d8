/** 执行率 and its score (domain §4): 全年执行数 ÷ 全年预算数, from the 年度资金总额 row or the sums of its sources. */
import { BudgetBlock, BudgetColumn } from './model';
import { Profile } from './profiles';
import { D, mulDiv2, roundTo, sumExact } from './decimal';

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
    const vals: number[] = [];
    for (const row of b.sources) {
      const a = row.amounts[col]?.amount;
      if (a && a.kind === 'number') vals.push(a.value);
    }
    if (vals.length) sums[col] = sumExact(vals);
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
  if (b.weight.kind === 'number') {
    weight = b.weight.value;
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
    const r = executed / annual;
    // To 6 decimals: the float quotient decides unless it sits near a half, then the exact decimal one does.
    const c = r * 1e6;
    rate = Math.abs(c - Math.floor(c) - 0.5) > 1e-6 ? Math.round(c) / 1e6 : roundTo(new D(executed).div(annual), 6);
    score = executed <= 0 ? 0 : mulDiv2(weight, Math.min(executed, annual), annual);
  }
  return { annual, executed, initial: num(b, 'initial'), usedSourceSums, rate, weight, weightFrom, score, sums };
}
