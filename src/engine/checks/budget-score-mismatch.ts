import { near } from '../score';
import { msg, tableCheck } from './types';
import { fmt } from './util';

const messages = {
  differs: msg<{ entered: number; computed: number; weight: number }>(
    (d) =>
      `执行率得分${fmt(d.entered)}与按规则计算的${fmt(d.computed)}不一致（分值${fmt(d.weight)} × 执行率，最高为分值）`,
    (d) => `Execution score ${fmt(d.entered)} ≠ computed ${fmt(d.computed)}`,
  ),
};

export const budgetScoreMismatch = tableCheck({
  meta: {
    code: 'BUDGET_SCORE_MISMATCH',
    severity: 'error',
    description: '执行率得分与“分值 × min(执行率, 100%)”不一致',
    descriptionEn: 'Execution-rate score differs from weight × min(rate, 1)',
    cell: '执行率得分单元格',
    fixedByWriteBack: true,
    messages,
  },
  run({ table, scored }) {
    const b = table.budget;
    const s = scored.budget?.score ?? null;
    if (!b || !b.scoreAt || s === null || b.score.kind !== 'number') return [];
    if (near(b.score.value, s)) return [];
    return [
      {
        at: b.scoreAt,
        messageId: 'differs' as const,
        data: { entered: b.score.value, computed: s, weight: scored.budget!.weight },
      },
    ];
  },
});
