import { near } from '../score';
import { RawFinding, TableCheck } from './types';
import { fmt, q } from './util';

function over(score: number | null, weight: number | null): boolean {
  return (
    score !== null &&
    weight !== null &&
    Number.isFinite(score) &&
    Number.isFinite(weight) &&
    score > weight &&
    !near(score, weight)
  );
}

export const scoreExceedsWeight: TableCheck = {
  meta: {
    code: 'SCORE_EXCEEDS_WEIGHT',
    severity: 'error',
    description: '得分大于分值',
    descriptionEn: 'Score exceeds weight',
    cell: '得分单元格',
    fixedByWriteBack: true,
  },
  scope: 'table',
  run({ table, scored }) {
    const out: RawFinding[] = [];
    for (const ind of table.indicators)
      if (ind.scoreAt && over(ind.score, ind.weight))
        out.push({
          at: ind.scoreAt,
          zh: `指标${q(ind.name)}得分${fmt(ind.score)}超过分值${fmt(ind.weight)}`,
          en: `Score ${fmt(ind.score)} of "${ind.name}" exceeds weight ${fmt(ind.weight)}`,
        });
    const b = table.budget;
    if (b && b.scoreAt && scored.budget && over(b.score, scored.budget.weight))
      out.push({
        at: b.scoreAt,
        zh: `执行率得分${fmt(b.score)}超过分值${fmt(scored.budget.weight)}`,
        en: `Execution score ${fmt(b.score)} exceeds weight ${fmt(scored.budget.weight)}`,
      });
    return out;
  },
};
