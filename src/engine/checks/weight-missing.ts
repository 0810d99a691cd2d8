import { RawFinding, TableCheck } from './types';
import { q } from './util';

export const weightMissing: TableCheck = {
  meta: {
    code: 'WEIGHT_MISSING',
    severity: 'error',
    description: '指标（或执行率行）没有分值，或分值不是数字',
    descriptionEn: 'An indicator has no weight',
    cell: '分值单元格',
  },
  scope: 'table',
  run({ table }) {
    const out: RawFinding[] = [];
    for (const ind of table.indicators) {
      if (!ind.weightAt) continue;
      if (ind.weight === null)
        out.push({ at: ind.weightAt, zh: `指标${q(ind.name)}没有分值`, en: `Indicator "${ind.name}" has no weight` });
      else if (!Number.isFinite(ind.weight))
        out.push({
          at: ind.weightAt,
          zh: `指标${q(ind.name)}的分值不是数字`,
          en: `Weight of "${ind.name}" is not a number`,
        });
    }
    const b = table.budget;
    if (b && b.weightAt && (b.weight === null || !Number.isFinite(b.weight)))
      out.push({
        at: b.weightAt,
        zh: b.weight === null ? '执行率分值未填写（按配置计为默认分值）' : '执行率分值不是数字（按配置计为默认分值）',
        en: 'The execution-rate weight is missing',
      });
    return out;
  },
};
