import { AmountCell } from '../model';
import { RawFinding, TableCheck } from './types';
import { q } from './util';

export const budgetValueInvalid: TableCheck = {
  meta: {
    code: 'BUDGET_VALUE_INVALID',
    severity: 'error',
    description: '预算金额不是数字（文字、错误值等）',
    descriptionEn: 'A budget amount is not a number',
    cell: '该金额单元格',
  },
  scope: 'table',
  run({ table }) {
    const b = table.budget;
    if (!b) return [];
    const cells: AmountCell[] = [];
    for (const row of [b.total, ...b.sources])
      if (row) cells.push(...Object.values(row.amounts).filter((x): x is AmountCell => !!x));
    for (const item of [...b.income, ...b.expense]) cells.push(item.value);
    const out: RawFinding[] = [];
    for (const c of cells) {
      if (c.amount.kind !== 'invalid') continue;
      out.push({
        at: c.at,
        zh: `预算金额${q(c.amount.text)}不是数字，请填写以万元为单位的数值`,
        en: `Budget amount "${c.amount.text}" is not a number`,
      });
    }
    return out;
  },
};
