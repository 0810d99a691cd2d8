import { near } from '../score';
import { TableCheck } from './types';
import { fmt } from './util';

export const budgetScoreMismatch: TableCheck = {
  meta: {
    code: 'BUDGET_SCORE_MISMATCH',
    severity: 'error',
    description: '执行率得分与“分值 × min(执行率, 100%)”不一致',
    descriptionEn: 'Execution-rate score differs from weight × min(rate, 1)',
    cell: '执行率得分单元格',
    fixedByWriteBack: true,
  },
  scope: 'table',
  run({ table, scored }) {
    const b = table.budget;
    const s = scored.budget?.score ?? null;
    if (!b || !b.scoreAt || s === null || b.score === null || !Number.isFinite(b.score)) return [];
    if (near(b.score, s)) return [];
    return [
      {
        at: b.scoreAt,
        zh: `执行率得分${fmt(b.score)}与按规则计算的${fmt(s)}不一致（分值${fmt(scored.budget!.weight)} × 执行率，最高为分值）`,
        en: `Execution score ${fmt(b.score)} ≠ computed ${fmt(s)}`,
      },
    ];
  },
};
