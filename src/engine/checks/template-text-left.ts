import { isTemplateText } from '../text';
import { TableCheck } from './types';
import { q } from './util';

export const templateTextLeft: TableCheck = {
  meta: {
    code: 'TEMPLATE_TEXT_LEFT',
    severity: 'warning',
    description: '单元格仍是模板中的填写说明（如“…（100字以内）”“结合自评情况，说明…”），未替换为实际内容',
    descriptionEn: "A cell still holds the template's instruction text",
    cell: '该单元格',
  },
  scope: 'table',
  run({ table }) {
    return table.textCells
      .filter((c) => isTemplateText(c.text))
      .map((c) => ({
        at: c.at,
        zh: `单元格仍是模板说明文字${q(c.text, 24)}，请替换为实际内容`,
        en: 'Template instruction text left in the cell',
      }));
  },
};
