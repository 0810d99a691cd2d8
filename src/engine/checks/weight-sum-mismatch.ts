import { near } from '../score';
import { msg, tableCheck } from './types';
import { fmt } from './util';

const messages = {
  differs: msg<{ budget: number; indicators: number; sum: number; total: number }>(
    (d) => `执行率分值${fmt(d.budget)}与各指标分值${fmt(d.indicators)}合计${fmt(d.sum)}分，不等于满分${fmt(d.total)}分`,
    (d) => `Weights sum to ${fmt(d.sum)}, not ${fmt(d.total)}`,
  ),
};

export const weightSumMismatch = tableCheck({
  meta: {
    code: 'WEIGHT_SUM_MISMATCH',
    severity: 'error',
    description: '执行率分值与各指标分值之和不等于配置的满分（100分）',
    descriptionEn: 'Execution weight + indicator weights ≠ the profile total',
    cell: '总分行的分值单元格，无则分值列标题；分值只写在区块标签上时，为该标签',
    messages,
  },
  run({ table, scored, profile }) {
    if (table.indicators.length === 0) return [];
    if (near(scored.weightSum, profile.totalWeight)) return [];
    // Where the weights are written: the 总分 row's 分值, the 分值 column, or the block label that carries them.
    const at =
      table.total?.weightAt ??
      (table.indicatorCols.weight !== undefined && table.indicatorHeaderAt
        ? { r: table.indicatorHeaderAt.r, c: table.indicatorCols.weight }
        : ((table.weightsByBlock ? table.indicatorBlockLabelAt : null) ?? table.firstLabelAt));
    const bw = scored.budget ? scored.budget.weight : 0;
    return [
      {
        at,
        messageId: 'differs' as const,
        data: { budget: bw, indicators: scored.weightSum - bw, sum: scored.weightSum, total: profile.totalWeight },
      },
    ];
  },
});
