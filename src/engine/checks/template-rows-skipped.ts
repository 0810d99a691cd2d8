import { addr } from '../grid';
import { TableCheck } from './types';

/** Not in domain §5's list (domain §2.5 asks for it): template rows named once per table, never a finding per row. */
export const templateRowsSkipped: TableCheck = {
  meta: {
    code: 'TEMPLATE_ROWS_SKIPPED',
    severity: 'info',
    description: '模板自带的待填行（“指标1：”“……”“/”或空名称，且无分值、无得分）不作为指标，每表列出一次',
    descriptionEn: 'Unfilled template rows (指标1：, ……, blank) are not indicators; listed once per table',
    cell: '第一个待填行的三级指标单元格',
  },
  scope: 'table',
  run({ table }) {
    const rows = table.templateRows;
    if (rows.length === 0) return [];
    const list = rows.map((at) => addr(at.r, at.c));
    const shown = list.length > 8 ? list.slice(0, 8).join('、') + ` 等${list.length}行` : list.join('、');
    return [
      {
        at: rows[0],
        zh: `模板自带的待填行未作为指标计分：${shown}。如需填写，请补全指标名称、分值与得分；否则可删除这些行`,
        en: `Unfilled template rows were not scored: ${list.slice(0, 8).join(', ')}${list.length > 8 ? ` and ${list.length - 8} more` : ''}`,
      },
    ];
  },
};
