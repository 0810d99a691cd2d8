import { near } from '../score';
import { msg, tableCheck } from './types';
import { fmt } from './util';

const messages = {
  differs: msg<{ total: number; sum: number }>(
    (d) => `总分行分值为${fmt(d.total)}，但执行率分值与各指标分值合计${fmt(d.sum)}分`,
    (d) => `Total weight ${fmt(d.total)} ≠ sum of weights ${fmt(d.sum)}`,
  ),
};

export const totalWeightMismatch = tableCheck({
  meta: {
    code: 'TOTAL_WEIGHT_MISMATCH',
    severity: 'warning',
    description: '总分行的分值不等于执行率分值与各指标分值之和（如写90分而得分含执行率10分）',
    descriptionEn: 'Total-row weight ≠ execution weight + indicator weights',
    cell: '总分行的分值单元格',
    messages,
  },
  run({ table, scored }) {
    const t = table.total;
    if (!t || !t.weightAt || t.weight.kind !== 'number') return [];
    if (table.indicators.length === 0) return []; // nothing was read to add up: LAYOUT_INCOMPLETE says so
    if (near(t.weight.value, scored.weightSum)) return [];
    return [
      {
        at: t.weightAt,
        messageId: 'differs' as const,
        data: { total: t.weight.value, sum: scored.weightSum },
      },
    ];
  },
});
