import { SCORE_TOLERANCE, lessBy } from '../score';
import { FindingOf, msg, tableCheck } from './types';
import { fmt, q } from './util';

const messages = {
  full: msg<{ name: string; target: string; actual: string; score: number; weight: number }>(
    (d) =>
      `指标${q(d.name)}未达成（目标${q(d.target, 20)}，实际${q(d.actual, 20)}），得分${fmt(d.score)}应低于分值${fmt(d.weight)}`,
    (d) => `"${d.name}" not achieved but scored the full ${fmt(d.weight)}`,
  ),
};

/** Not in domain §5's list: added per domain §4 ("judged by hand … must stay below 分值"). See docs/checks.md. */
export const scoreFullNotAchieved = tableCheck({
  meta: {
    code: 'SCORE_FULL_NOT_ACHIEVED',
    severity: 'warning',
    description: '需人工评分的指标未达成（如“>0%”实际为0、截止日期已过），却得了满分',
    descriptionEn: 'A hand-judged indicator was not achieved but has the full score',
    cell: '得分单元格',
    messages,
  },
  run({ table, scored }) {
    const out: Array<FindingOf<typeof messages>> = [];
    table.indicators.forEach((ind, k) => {
      const ev = scored.evals[k];
      if (!ev.handJudged || ev.computed !== null || !ind.scoreAt) return;
      if (ind.score.kind !== 'number' || ind.weight.kind !== 'number') return;
      const score = ind.score.value;
      const weight = ind.weight.value;
      if (lessBy(score, weight, SCORE_TOLERANCE)) return;
      out.push({
        at: ind.scoreAt,
        messageId: 'full',
        data: { name: ind.name, target: ind.target.raw, actual: ind.actual.raw, score, weight },
      });
    });
    return out;
  },
});
