import { near, sumExact } from '../score';
import { AmountCell, BudgetColumn, SplitItem } from '../model';
import { RawFinding, TableCheck } from './types';
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

export const budgetSourcesMismatch: TableCheck = {
  meta: {
    code: 'BUDGET_SOURCES_MISMATCH',
    severity: 'error',
    description:
      '年度资金总额不等于各资金来源之和（逐列）；部门整体表的收入/支出性质分项之和不等于全年预算数/全年执行数',
    descriptionEn: 'The total does not equal the sum of its sources',
    cell: '该列的年度资金总额单元格',
  },
  scope: 'table',
  run({ table, scored }) {
    const b = table.budget;
    if (!b || !b.total) return [];
    const out: RawFinding[] = [];
    for (const col of ['initial', 'annual', 'executed'] as BudgetColumn[]) {
      const sum = scored.budget?.sums[col];
      const cell = b.total.amounts[col];
      if (sum === undefined || !cell || cell.amount.kind === 'invalid') continue;
      const total = value(cell);
      if (!near(total, sum)) {
        const blank = cell.amount.kind === 'empty';
        out.push({
          at: cell.at,
          zh: blank
            ? `年度资金总额的${COL_NAME[col]}为空，但各资金来源合计${fmt(sum)}万元（执行率按合计计算）`
            : `年度资金总额的${COL_NAME[col]}${fmt(total)}万元不等于各资金来源之和${fmt(sum)}万元`,
          en: `Total ${COL_NAME[col]} ${fmt(total)} ≠ sum of sources ${fmt(sum)}`,
        });
      }
    }
    if (table.kind === 'department') {
      const inc = sumItems(b.income);
      const annual = b.total.amounts.annual;
      if (inc !== null && annual && annual.amount.kind !== 'invalid' && !near(value(annual), inc))
        out.push({
          at: annual.at,
          zh: `按收入性质分的各项之和${fmt(inc)}万元不等于全年预算数${fmt(value(annual))}万元`,
          en: `Income split ${fmt(inc)} ≠ annual budget ${fmt(value(annual))}`,
        });
      const exp = sumItems(b.expense);
      const executed = b.total.amounts.executed;
      if (exp !== null && executed && executed.amount.kind !== 'invalid' && !near(value(executed), exp))
        out.push({
          at: executed.at,
          zh: `按支出性质分的基本支出与项目支出之和${fmt(exp)}万元不等于全年执行数${fmt(value(executed))}万元`,
          en: `Expense split ${fmt(exp)} ≠ executed ${fmt(value(executed))}`,
        });
    }
    return out;
  },
};
