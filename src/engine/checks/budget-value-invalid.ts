import { AmountCell } from '../model';
import { FindingOf, msg, tableCheck } from './types';
import { q } from './util';

const messages = {
  notNumber: msg<{ text: string }>(
    (d) => `预算金额${q(d.text)}不是数字，请填写以万元为单位的数值`,
    (d) => `Budget amount "${d.text}" is not a number`,
  ),
};

export const budgetValueInvalid = tableCheck({
  meta: {
    code: 'BUDGET_VALUE_INVALID',
    severity: 'error',
    description: '预算金额不是数字（文字、错误值等）',
    descriptionEn: 'A budget amount is not a number',
    cell: '该金额单元格',
    messages,
  },
  run({ table }) {
    const b = table.budget;
    if (!b) return [];
    const cells: AmountCell[] = [];
    for (const row of [b.total, ...b.sources])
      if (row) cells.push(...Object.values(row.amounts).filter((x): x is AmountCell => !!x));
    for (const item of [...b.income, ...b.expense]) cells.push(item.value);
    const out: Array<FindingOf<typeof messages>> = [];
    for (const c of cells) {
      if (c.amount.kind !== 'invalid') continue;
      out.push({
        at: c.at,
        messageId: 'notNumber',
        data: { text: c.amount.text },
      });
    }
    return out;
  },
});
