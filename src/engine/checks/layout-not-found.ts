import { msg, sheetCheck } from './types';

const messages = {
  none: msg<{ sheet: string }>(
    (d) => `工作表“${d.sheet}”中未发现绩效自评表，已跳过（如这是自评表，请确认含“项目名称”或“预算部门名称”等标签）`,
    (d) => `No self-evaluation table found in sheet "${d.sheet}"; skipped`,
  ),
};

export const layoutNotFound = sheetCheck({
  meta: {
    code: 'LAYOUT_NOT_FOUND',
    severity: 'info',
    description: '工作表中没有绩效自评表（基础数据表、说明、空表等），不作检查',
    descriptionEn: 'The sheet holds no self-evaluation table',
    cell: 'A1',
    messages,
  },
  run({ view, tables }) {
    if (tables.length > 0) return [];
    return [
      {
        at: { r: 0, c: 0 },
        messageId: 'none' as const,
        data: { sheet: view.name },
      },
    ];
  },
});
