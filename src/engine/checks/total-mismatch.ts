import { near, round2, sumExact } from '../score';
import { pointsValue, weighs } from '../values';
import { msg, tableCheck } from './types';
import { fmt } from './util';

const messages = {
  differs: msg<{ total: number; sum: number }>(
    (d) => `总分${fmt(d.total)}不等于执行率得分与各指标得分之和${fmt(d.sum)}`,
    (d) => `Total ${fmt(d.total)} ≠ sum of entered scores ${fmt(d.sum)}`,
  ),
};

export const totalMismatch = tableCheck({
  meta: {
    code: 'TOTAL_MISMATCH',
    severity: 'error',
    description: '总分行得分不等于执行率得分与各指标得分（按表中所填）之和',
    descriptionEn: 'Total score ≠ execution score + entered indicator scores',
    cell: '总分行的得分单元格',
    fixedByWriteBack: true,
    messages,
  },
  run({ table, scored }) {
    const t = table.total;
    if (!t || !t.scoreAt || t.score.kind !== 'number') return [];
    if (table.indicators.length === 0) return []; // nothing was read to add up: LAYOUT_INCOMPLETE says so
    // Scores as entered; an item with no score cell at all (a broken layout) counts its computed score.
    const b = table.budget;
    const budgetPart = b && b.scoreAt ? pointsValue(b.score) : (scored.budget?.score ?? null);
    const parts = table.indicators.map((i, k) => (i.scoreAt ? pointsValue(i.score) : scored.evals[k].computed));
    // A weighted item with no score to add (a blank score cell) leaves the sum unknown: SCORE_MISSING names it.
    if (budgetPart === null && (scored.budget?.weight ?? 0) > 0) return [];
    if (parts.some((p, k) => p === null && weighs(table.indicators[k].weight))) return [];
    const s = sumExact([budgetPart ?? 0, ...parts.map((p) => p ?? 0)]);
    // Scores are kept to 2 decimals (domain §4): the sum of 0.495 and 70 may be written 70.5 as well as 70.495.
    if (near(t.score.value, s) || near(t.score.value, round2(s))) return [];
    return [
      {
        at: t.scoreAt,
        messageId: 'differs' as const,
        data: { total: t.score.value, sum: s },
      },
    ];
  },
});
