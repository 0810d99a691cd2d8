import { near, RATE_TOLERANCE } from '../score';
import { rateEquals } from '../cells';
import { TableCheck } from './types';
import { pct, q } from './util';

export const budgetRateMismatch: TableCheck = {
  meta: {
    code: 'BUDGET_RATE_MISMATCH',
    severity: 'error',
    description:
      '填写的执行率与“全年执行数 ÷ 全年预算数”不一致，或不是百分比（空白不报：无可比较之数，写回时填入计算值）',
    descriptionEn: 'Entered execution rate differs from executed ÷ adjusted budget',
    cell: '执行率单元格',
    fixedByWriteBack: true,
  },
  scope: 'table',
  run({ table, scored }) {
    const b = table.budget;
    const rate = scored.budget?.rate ?? null;
    if (!b || !b.rateAt || rate === null) return [];
    const e = b.rate;
    // Nothing entered, nothing to compare: the write-back fills the cell (docs/rules.md).
    if (e.kind === 'empty') return [];
    // Equal, or the same rate shown to fewer decimals (86% for 86.2%): docs/rules.md.
    if (rateEquals(e, rate, RATE_TOLERANCE)) return [];
    const hint =
      scored.budget &&
      scored.budget.initial !== null &&
      scored.budget.annual !== null &&
      scored.budget.initial > 0 &&
      e.kind === 'number' &&
      scored.budget.executed !== null &&
      near(e.value, scored.budget.executed / scored.budget.initial, 0.0005)
        ? '（看起来用了年初预算数作分母，应使用全年预算数）'
        : '';
    return [
      {
        at: b.rateAt,
        zh:
          e.kind === 'invalid'
            ? `执行率${q(e.text)}不是百分比，按全年执行数÷全年预算数应为${pct(rate)}`
            : `执行率${pct(e.value)}与按全年执行数÷全年预算数计算的${pct(rate)}不一致${hint}`,
        en: `Execution rate ${e.kind === 'number' ? pct(e.value) : 'missing'} ≠ computed ${pct(rate)}`,
      },
    ];
  },
};
