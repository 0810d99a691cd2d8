import { msg, tableCheck } from './types';

const messages = {
  blank: msg<{ label: string }>(
    (d) => `“${d.label}”未填写`,
    (d) => `"${d.label}" is blank`,
  ),
};

export const headerFieldMissing = tableCheck({
  meta: {
    code: 'HEADER_FIELD_MISSING',
    severity: 'warning',
    description: '项目名称、主管部门、实施单位或预算部门名称未填写',
    descriptionEn: 'A header field (project name, authority, implementer, department) is blank',
    cell: '该项的填写单元格',
    messages,
  },
  run({ table }) {
    return table.headerFields
      .filter((h) => h.value.trim() === '' || /^[-—/]+$/.test(h.value.trim()))
      .map((h) => ({
        at: h.valueAt,
        messageId: 'blank' as const,
        data: { label: h.label.replace(/\s+/g, '') },
      }));
  },
});
