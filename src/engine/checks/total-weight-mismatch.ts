import { near } from '../score';
import { TableCheck } from './types';
import { fmt } from './util';

export const totalWeightMismatch: TableCheck = {
  meta: {
    code: 'TOTAL_WEIGHT_MISMATCH',
    severity: 'warning',
    description: '总分行的分值不等于执行率分值与各指标分值之和（如写90分而得分含执行率10分）',
    descriptionEn: 'Total-row weight ≠ execution weight + indicator weights',
    cell: '总分行的分值单元格',
  },
  scope: 'table',
  run({ table, scored }) {
    const t = table.total;
    if (!t || !t.weightAt || t.weight === null || !Number.isFinite(t.weight)) return [];
    if (near(t.weight, scored.weightSum)) return [];
    return [
      {
        at: t.weightAt,
        zh: `总分行分值为${fmt(t.weight)}，但执行率分值与各指标分值合计${fmt(scored.weightSum)}分`,
        en: `Total weight ${fmt(t.weight)} ≠ sum of weights ${fmt(scored.weightSum)}`,
      },
    ];
  },
};
