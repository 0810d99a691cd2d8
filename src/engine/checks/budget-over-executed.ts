import { FindingOf, msg, tableCheck } from './types';
import { fmt } from './util';

const messages = {
  over: msg<{ row: string; executed: number; annual: number }>(
    (d) => `${d.row || '该行'}全年执行数${fmt(d.executed)}万元超过全年预算数${fmt(d.annual)}万元，请核实或说明`,
    (d) => `Executed ${fmt(d.executed)} exceeds budget ${fmt(d.annual)}`,
  ),
};

export const budgetOverExecuted = tableCheck({
  meta: {
    code: 'BUDGET_OVER_EXECUTED',
    severity: 'warning',
    description: '全年执行数大于全年预算数（超预算执行），请核实',
    descriptionEn: 'Executed amount exceeds the adjusted budget',
    cell: '全年执行数单元格',
    messages,
  },
  run({ table }) {
    const b = table.budget;
    if (!b) return [];
    const out: Array<FindingOf<typeof messages>> = [];
    for (const row of [b.total, ...b.sources]) {
      if (!row) continue;
      const an = row.amounts.annual?.amount;
      const ex = row.amounts.executed;
      if (!an || an.kind !== 'number' || !ex || ex.amount.kind !== 'number') continue;
      if (ex.amount.value > an.value && !(an.value === 0 && row.role === 'total'))
        out.push({
          at: ex.at,
          messageId: 'over',
          data: { row: row.label.replace(/\s+/g, ''), executed: ex.amount.value, annual: an.value },
        });
    }
    return out;
  },
});
