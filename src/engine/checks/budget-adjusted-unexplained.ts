import { isTemplateText } from '../text';
import { near } from '../score';
import { msg, tableCheck } from './types';
import { fmt } from './util';

const messages = {
  unexplained: msg<{ initial: number; annual: number }>(
    (d) => `全年预算数${fmt(d.annual)}万元与年初预算数${fmt(d.initial)}万元不同，请在“原因”栏说明预算调整原因`,
    (d) => `Budget adjusted from ${fmt(d.initial)} to ${fmt(d.annual)} without a reason`,
  ),
};

export const budgetAdjustedUnexplained = tableCheck({
  meta: {
    code: 'BUDGET_ADJUSTED_UNEXPLAINED',
    severity: 'warning',
    description: '年初预算数与全年预算数不同（预算有调整），而表中的“原因”单元格为空或仍是模板文字',
    descriptionEn: 'The budget was adjusted and the reason cell is blank',
    cell: '全年预算数单元格',
    messages,
  },
  run({ table }) {
    const b = table.budget;
    if (!b || !b.total || !b.reasonAt) return [];
    const ini = b.total.amounts.initial;
    const ann = b.total.amounts.annual;
    if (!ini || !ann || ini.amount.kind !== 'number' || ann.amount.kind !== 'number') return [];
    if (near(ini.amount.value, ann.amount.value)) return [];
    const reason = b.reason.trim();
    if (reason !== '' && !/^[-—/无]+$/.test(reason) && !isTemplateText(reason)) return [];
    return [
      {
        at: ann.at,
        messageId: 'unexplained' as const,
        data: { initial: ini.amount.value, annual: ann.amount.value },
      },
    ];
  },
});
