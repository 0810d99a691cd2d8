import { near, sumExact } from '../score';
import { AmountCell, BudgetColumn, SplitItem } from '../model';
import { FindingOf, msg, tableCheck } from './types';
import { fmt } from './util';

const COL_NAME: Record<BudgetColumn, string> = { initial: '年初预算数', annual: '全年预算数', executed: '全年执行数' };

function sumItems(items: SplitItem[]): number | null {
  const nums = items.map((i) => i.value.amount).filter((a) => a.kind === 'number') as Array<{ value: number }>;
  if (nums.length === 0) return null;
  return sumExact(nums.map((a) => a.value));
}

function value(c: AmountCell | undefined): number {
  return c && c.amount.kind === 'number' ? c.amount.value : 0;
}

const messages = {
  blankTotal: msg<{ column: BudgetColumn; sum: number }>(
    (d) => `年度资金总额的${COL_NAME[d.column]}为空，但各资金来源合计${fmt(d.sum)}万元（执行率按合计计算）`,
    (d) => `Total ${COL_NAME[d.column]} ${fmt(0)} ≠ sum of sources ${fmt(d.sum)}`,
  ),
  total: msg<{ column: BudgetColumn; total: number; sum: number }>(
    (d) => `年度资金总额的${COL_NAME[d.column]}${fmt(d.total)}万元不等于各资金来源之和${fmt(d.sum)}万元`,
    (d) => `Total ${COL_NAME[d.column]} ${fmt(d.total)} ≠ sum of sources ${fmt(d.sum)}`,
  ),
  income: msg<{ split: number; annual: number }>(
    (d) => `按收入性质分的各项之和${fmt(d.split)}万元不等于全年预算数${fmt(d.annual)}万元`,
    (d) => `Income split ${fmt(d.split)} ≠ annual budget ${fmt(d.annual)}`,
  ),
  expense: msg<{ split: number; executed: number }>(
    (d) => `按支出性质分的基本支出与项目支出之和${fmt(d.split)}万元不等于全年执行数${fmt(d.executed)}万元`,
    (d) => `Expense split ${fmt(d.split)} ≠ executed ${fmt(d.executed)}`,
  ),
};

export const budgetSourcesMismatch = tableCheck({
  meta: {
    code: 'BUDGET_SOURCES_MISMATCH',
    severity: 'error',
    description:
      '年度资金总额不等于各资金来源之和（逐列）；部门整体表的收入/支出性质分项之和不等于全年预算数/全年执行数',
    descriptionEn: 'The total does not equal the sum of its sources',
    cell: '该列的年度资金总额单元格',
    messages,
  },
  run({ table, scored }) {
    const b = table.budget;
    if (!b || !b.total) return [];
    const out: Array<FindingOf<typeof messages>> = [];
    for (const column of ['initial', 'annual', 'executed'] as BudgetColumn[]) {
      const sum = scored.budget?.sums[column];
      const cell = b.total.amounts[column];
      if (sum === undefined || !cell || cell.amount.kind === 'invalid') continue;
      const total = value(cell);
      if (near(total, sum)) continue;
      out.push(
        cell.amount.kind === 'empty'
          ? { at: cell.at, messageId: 'blankTotal', data: { column, sum } }
          : { at: cell.at, messageId: 'total', data: { column, total, sum } },
      );
    }
    if (table.kind === 'department') {
      const inc = sumItems(b.income);
      const annual = b.total.amounts.annual;
      if (inc !== null && annual && annual.amount.kind !== 'invalid' && !near(value(annual), inc))
        out.push({ at: annual.at, messageId: 'income', data: { split: inc, annual: value(annual) } });
      const exp = sumItems(b.expense);
      const executed = b.total.amounts.executed;
      if (exp !== null && executed && executed.amount.kind !== 'invalid' && !near(value(executed), exp))
        out.push({ at: executed.at, messageId: 'expense', data: { split: exp, executed: value(executed) } });
    }
    return out;
  },
});
