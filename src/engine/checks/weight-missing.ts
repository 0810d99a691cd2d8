import { FindingOf, msg, tableCheck } from './types';
import { q } from './util';

const messages = {
  missing: msg<{ name: string }>(
    (d) => `指标${q(d.name)}没有分值`,
    (d) => `Indicator "${d.name}" has no weight`,
  ),
  notNumber: msg<{ name: string }>(
    (d) => `指标${q(d.name)}的分值不是数字`,
    (d) => `Weight of "${d.name}" is not a number`,
  ),
  budgetMissing: msg<Record<string, never>>(
    () => '执行率分值未填写（按配置计为默认分值）',
    () => 'The execution-rate weight is missing',
  ),
  budgetNotNumber: msg<Record<string, never>>(
    () => '执行率分值不是数字（按配置计为默认分值）',
    () => 'The execution-rate weight is not a number',
  ),
};

export const weightMissing = tableCheck({
  meta: {
    code: 'WEIGHT_MISSING',
    severity: 'error',
    description: '指标（或执行率行）没有分值，或分值不是数字',
    descriptionEn: 'An indicator has no weight',
    cell: '分值单元格',
    messages,
  },
  run({ table }) {
    const out: Array<FindingOf<typeof messages>> = [];
    for (const ind of table.indicators) {
      if (!ind.weightAt || ind.weight.kind === 'number') continue;
      out.push({
        at: ind.weightAt,
        messageId: ind.weight.kind === 'empty' ? 'missing' : 'notNumber',
        data: { name: ind.name },
      });
    }
    const b = table.budget;
    if (b && b.weightAt && b.weight.kind !== 'number')
      out.push({
        at: b.weightAt,
        messageId: b.weight.kind === 'empty' ? 'budgetMissing' : 'budgetNotNumber',
        data: {},
      });
    return out;
  },
});
