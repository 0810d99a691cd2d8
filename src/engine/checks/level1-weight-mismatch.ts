import { near } from '../score';
import { RawFinding, TableCheck } from './types';
import { fmt, groupSum } from './util';

export const level1WeightMismatch: TableCheck = {
  meta: {
    code: 'LEVEL1_WEIGHT_MISMATCH',
    severity: 'error',
    description: '一级指标标签中写明的分值（如“成本指标（20分）”）不等于其下各指标分值之和',
    descriptionEn: 'Weight written in a level-1 label differs from the sum of its indicators',
    cell: '一级指标单元格',
  },
  scope: 'table',
  run({ table }) {
    const out: RawFinding[] = [];
    for (const g of table.groups) {
      if (g.labelWeight === null) continue;
      const s = groupSum(g);
      if (near(s, g.labelWeight)) continue;
      out.push({
        at: g.at,
        zh: `“${g.name}”标明${fmt(g.labelWeight)}分，但其下各指标分值合计${fmt(s)}分`,
        en: `"${g.name}" says ${fmt(g.labelWeight)} points but its indicators sum to ${fmt(s)}`,
      });
    }
    return out;
  },
};
