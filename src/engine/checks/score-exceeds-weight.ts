import { near } from '../score';
import { pointsValue } from '../values';
import { FindingOf, msg, tableCheck } from './types';
import { fmt, q } from './util';

function over(score: number | null, weight: number | null): boolean {
  return score !== null && weight !== null && score > weight && !near(score, weight);
}

const messages = {
  indicator: msg<{ name: string; score: number; weight: number }>(
    (d) => `指标${q(d.name)}得分${fmt(d.score)}超过分值${fmt(d.weight)}`,
    (d) => `Score ${fmt(d.score)} of "${d.name}" exceeds weight ${fmt(d.weight)}`,
  ),
  budget: msg<{ score: number; weight: number }>(
    (d) => `执行率得分${fmt(d.score)}超过分值${fmt(d.weight)}`,
    (d) => `Execution score ${fmt(d.score)} exceeds weight ${fmt(d.weight)}`,
  ),
};

export const scoreExceedsWeight = tableCheck({
  meta: {
    code: 'SCORE_EXCEEDS_WEIGHT',
    severity: 'error',
    description: '得分大于分值',
    descriptionEn: 'Score exceeds weight',
    cell: '得分单元格',
    fixedByWriteBack: true,
    messages,
  },
  run({ table, scored }) {
    const out: Array<FindingOf<typeof messages>> = [];
    for (const ind of table.indicators) {
      const score = pointsValue(ind.score);
      const weight = pointsValue(ind.weight);
      if (ind.scoreAt && score !== null && weight !== null && over(score, weight))
        out.push({ at: ind.scoreAt, messageId: 'indicator', data: { name: ind.name, score, weight } });
    }
    const b = table.budget;
    const score = b ? pointsValue(b.score) : null;
    if (b && b.scoreAt && scored.budget && score !== null && over(score, scored.budget.weight))
      out.push({ at: b.scoreAt, messageId: 'budget', data: { score, weight: scored.budget.weight } });
    return out;
  },
});
