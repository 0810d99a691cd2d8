import { near } from '../score';
import { TableCheck } from './types';
import { fmt } from './util';

export const weightSumMismatch: TableCheck = {
  meta: {
    code: 'WEIGHT_SUM_MISMATCH',
    severity: 'error',
    description: '执行率分值与各指标分值之和不等于配置的满分（100分）',
    descriptionEn: 'Execution weight + indicator weights ≠ the profile total',
    cell: '总分行的分值单元格，无则分值列标题',
  },
  scope: 'table',
  run({ table, scored, profile }) {
    if (table.indicators.length === 0) return [];
    if (near(scored.weightSum, profile.totalWeight)) return [];
    const at =
      table.total?.weightAt ??
      (table.indicatorCols.weight !== undefined && table.indicatorHeaderAt
        ? { r: table.indicatorHeaderAt.r, c: table.indicatorCols.weight }
        : table.firstLabelAt);
    const bw = scored.budget ? scored.budget.weight : 0;
    return [
      {
        at,
        zh: `执行率分值${fmt(bw)}与各指标分值${fmt(scored.weightSum - bw)}合计${fmt(scored.weightSum)}分，不等于满分${fmt(profile.totalWeight)}分`,
        en: `Weights sum to ${fmt(scored.weightSum)}, not ${fmt(profile.totalWeight)}`,
      },
    ];
  },
};
