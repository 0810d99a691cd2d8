import { SheetCheck } from './types';

export const layoutNotFound: SheetCheck = {
  meta: {
    code: 'LAYOUT_NOT_FOUND',
    severity: 'info',
    description: '工作表中没有绩效自评表（基础数据表、说明、空表等），不作检查',
    descriptionEn: 'The sheet holds no self-evaluation table',
    cell: 'A1',
  },
  scope: 'sheet',
  run({ view, tables }) {
    if (tables.length > 0) return [];
    return [
      {
        at: { r: 0, c: 0 },
        zh: `工作表“${view.name}”中未发现绩效自评表，已跳过（如这是自评表，请确认含“项目名称”或“预算部门名称”等标签）`,
        en: `No self-evaluation table found in sheet "${view.name}"; skipped`,
      },
    ];
  },
};
