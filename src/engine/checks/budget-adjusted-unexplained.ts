import { isTemplateText } from '../text';
import { near } from '../score';
import { TableCheck } from './types';
import { fmt } from './util';

export const budgetAdjustedUnexplained: TableCheck = {
  meta: {
    code: 'BUDGET_ADJUSTED_UNEXPLAINED',
    severity: 'warning',
    description: '年初预算数与全年预算数不同（预算有调整），而表中的“原因”单元格为空或仍是模板文字',
    descriptionEn: 'The budget was adjusted and the reason cell is blank',
    cell: '全年预算数单元格',
  },
  scope: 'table',
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
        zh: `全年预算数${fmt(ann.amount.value)}万元与年初预算数${fmt(ini.amount.value)}万元不同，请在“原因”栏说明预算调整原因`,
        en: `Budget adjusted from ${fmt(ini.amount.value)} to ${fmt(ann.amount.value)} without a reason`,
      },
    ];
  },
};
