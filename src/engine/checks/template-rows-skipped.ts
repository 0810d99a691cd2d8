import { addr } from '../grid';
import { msg, tableCheck } from './types';

const messages = {
  skipped: msg<{ cells: string[] }>(
    (d) =>
      `模板自带的待填行未作为指标计分：${d.cells.length > 8 ? d.cells.slice(0, 8).join('、') + ` 等${d.cells.length}行` : d.cells.join('、')}。如需填写，请补全指标名称、分值与得分；否则可删除这些行`,
    (d) =>
      `Unfilled template rows were not scored: ${d.cells.slice(0, 8).join(', ')}${d.cells.length > 8 ? ` and ${d.cells.length - 8} more` : ''}`,
  ),
};

/** Not in domain §5's list (domain §2.5 asks for it): template rows named once per table, never a finding per row. */
export const templateRowsSkipped = tableCheck({
  meta: {
    code: 'TEMPLATE_ROWS_SKIPPED',
    severity: 'info',
    description: '模板自带的待填行（“指标1：”“……”“/”或空名称，且无分值、无得分）不作为指标，每表列出一次',
    descriptionEn: 'Unfilled template rows (指标1：, ……, blank) are not indicators; listed once per table',
    cell: '第一个待填行的三级指标单元格',
    messages,
  },
  run({ table }) {
    const rows = table.templateRows;
    if (rows.length === 0) return [];
    const list = rows.map((at) => addr(at.r, at.c));
    return [
      {
        at: rows[0],
        messageId: 'skipped' as const,
        data: { cells: list },
      },
    ];
  },
});
