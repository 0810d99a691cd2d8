import { TableCheck } from './types';

export const headerFieldMissing: TableCheck = {
  meta: {
    code: 'HEADER_FIELD_MISSING',
    severity: 'warning',
    description: '项目名称、主管部门、实施单位或预算部门名称未填写',
    descriptionEn: 'A header field (project name, authority, implementer, department) is blank',
    cell: '该项的填写单元格',
  },
  scope: 'table',
  run({ table }) {
    return table.headerFields
      .filter((h) => h.value.trim() === '' || /^[-—/]+$/.test(h.value.trim()))
      .map((h) => ({
        at: h.valueAt,
        zh: `“${h.label.replace(/\s+/g, '')}”未填写`,
        en: `"${h.label.replace(/\s+/g, '')}" is blank`,
      }));
  },
};
