import { near } from '../score';
import { FindingOf, msg, tableCheck } from './types';
import { fmt, groupSum } from './util';

const messages = {
  differs: msg<{ name: string; label: number; sum: number }>(
    (d) => `“${d.name}”标明${fmt(d.label)}分，但其下各指标分值合计${fmt(d.sum)}分`,
    (d) => `"${d.name}" says ${fmt(d.label)} points but its indicators sum to ${fmt(d.sum)}`,
  ),
};

export const level1WeightMismatch = tableCheck({
  meta: {
    code: 'LEVEL1_WEIGHT_MISMATCH',
    severity: 'error',
    description: '一级指标标签中写明的分值（如“成本指标（20分）”）不等于其下各指标分值之和',
    descriptionEn: 'Weight written in a level-1 label differs from the sum of its indicators',
    cell: '一级指标单元格',
    messages,
  },
  run({ table }) {
    const out: Array<FindingOf<typeof messages>> = [];
    for (const g of table.groups) {
      if (g.labelWeight === null) continue;
      const s = groupSum(g);
      if (near(s, g.labelWeight)) continue;
      out.push({
        at: g.at,
        messageId: 'differs',
        data: { name: g.name, label: g.labelWeight, sum: s },
      });
    }
    return out;
  },
});
