import { isTemplateText } from '../text';
import { msg, tableCheck } from './types';
import { q } from './util';

const messages = {
  left: msg<{ text: string }>(
    (d) => `单元格仍是模板说明文字${q(d.text, 24)}，请替换为实际内容`,
    () => 'Template instruction text left in the cell',
  ),
};

export const templateTextLeft = tableCheck({
  meta: {
    code: 'TEMPLATE_TEXT_LEFT',
    severity: 'warning',
    description: '单元格仍是模板中的填写说明（如“…（100字以内）”“结合自评情况，说明…”），未替换为实际内容',
    descriptionEn: "A cell still holds the template's instruction text",
    cell: '该单元格',
    messages,
  },
  run({ table }) {
    return table.textCells
      .filter((c) => isTemplateText(c.text))
      .map((c) => ({
        at: c.at,
        messageId: 'left' as const,
        data: { text: c.text },
      }));
  },
});
