import { near, RATE_TOLERANCE } from '../score';
import { rateEquals } from '../cells';
import { msg, tableCheck } from './types';
import { pct, q } from './util';

/** A rate equal to executed ÷ 年初预算数 points at the usual mistake: the wrong denominator. */
const hintOf = (d: { initialDenominator: boolean }): string =>
  d.initialDenominator ? '（看起来用了年初预算数作分母，应使用全年预算数）' : '';

/** Two rates a reviewer would call the same figure: within 0.05 percentage points (114.0% and 114.04%). */
const SAME_RATE_SHOWN = 0.0005;

const messages = {
  notPercent: msg<{ text: string; computed: number }>(
    (d) => `执行率${q(d.text)}不是百分比，按全年执行数÷全年预算数应为${pct(d.computed)}`,
    (d) => `Execution rate ${q(d.text)} is not a percentage; computed ${pct(d.computed)}`,
  ),
  differs: msg<{ entered: number; computed: number; initialDenominator: boolean }>(
    (d) => `执行率${pct(d.entered)}与按全年执行数÷全年预算数计算的${pct(d.computed)}不一致${hintOf(d)}`,
    (d) => `Execution rate ${pct(d.entered)} ≠ computed ${pct(d.computed)}`,
  ),
};

export const budgetRateMismatch = tableCheck({
  meta: {
    code: 'BUDGET_RATE_MISMATCH',
    severity: 'error',
    description:
      '填写的执行率与“全年执行数 ÷ 全年预算数”不一致，或不是百分比（空白不报：无可比较之数，写回时填入计算值）',
    descriptionEn: 'Entered execution rate differs from executed ÷ adjusted budget',
    cell: '执行率单元格',
    fixedByWriteBack: true,
    messages,
  },
  run({ table, scored }) {
    const b = table.budget;
    const rate = scored.budget?.rate ?? null;
    if (!b || !b.rateAt || rate === null) return [];
    const e = b.rate;
    // Nothing entered, nothing to compare: the write-back fills the cell (docs/rules.md).
    if (e.kind === 'empty') return [];
    // Equal, or the same rate shown to fewer decimals (86% for 86.2%): docs/rules.md.
    if (rateEquals(e, rate, RATE_TOLERANCE)) return [];
    if (e.kind === 'invalid')
      return [{ at: b.rateAt, messageId: 'notPercent', data: { text: e.text, computed: rate } }];
    const sb = scored.budget;
    const initialDenominator =
      !!sb &&
      sb.initial !== null &&
      sb.initial > 0 &&
      sb.executed !== null &&
      near(e.value, sb.executed / sb.initial, SAME_RATE_SHOWN);
    return [{ at: b.rateAt, messageId: 'differs', data: { entered: e.value, computed: rate, initialDenominator } }];
  },
});
