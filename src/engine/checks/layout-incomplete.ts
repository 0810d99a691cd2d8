import { msg, tableCheck } from './types';

const messages = {
  missing: msg<{ missing: string[] }>(
    (d) => `表格不完整，未找到：${d.missing.join('、')}。请对照标准模板补齐，否则相关检查无法进行`,
    (d) => `Incomplete table; not found: ${d.missing.join(', ')}`,
  ),
};

export const layoutIncomplete = tableCheck({
  meta: {
    code: 'LAYOUT_INCOMPLETE',
    severity: 'error',
    description: '表格缺少必需的区块或列（预算执行区块、绩效指标区块、分值/得分等列、总分行）',
    descriptionEn: 'A table lacks a required block or column',
    cell: '表格的第一个标签',
    messages,
  },
  run({ table }) {
    if (table.missing.length === 0) return [];
    return [
      {
        at: table.firstLabelAt,
        messageId: 'missing' as const,
        data: { missing: table.missing },
      },
    ];
  },
});
