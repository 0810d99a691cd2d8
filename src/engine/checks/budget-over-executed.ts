import { RawFinding, TableCheck } from './types';
import { fmt } from './util';

export const budgetOverExecuted: TableCheck = {
  meta: {
    code: 'BUDGET_OVER_EXECUTED',
    severity: 'warning',
    description: '全年执行数大于全年预算数（超预算执行），请核实',
    descriptionEn: 'Executed amount exceeds the adjusted budget',
    cell: '全年执行数单元格',
  },
  scope: 'table',
  run({ table }) {
    const b = table.budget;
    if (!b) return [];
    const out: RawFinding[] = [];
    for (const row of [b.total, ...b.sources]) {
      if (!row) continue;
      const an = row.amounts.annual?.amount;
      const ex = row.amounts.executed;
      if (!an || an.kind !== 'number' || !ex || ex.amount.kind !== 'number') continue;
      if (ex.amount.value > an.value && !(an.value === 0 && row.role === 'total'))
        out.push({
          at: ex.at,
          zh: `${row.label.replace(/\s+/g, '') || '该行'}全年执行数${fmt(ex.amount.value)}万元超过全年预算数${fmt(an.value)}万元，请核实或说明`,
          en: `Executed ${fmt(ex.amount.value)} exceeds budget ${fmt(an.value)}`,
        });
    }
    return out;
  },
};
