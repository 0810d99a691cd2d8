import { near } from '../score';
import { FindingOf, msg, tableCheck } from './types';
import { fmt, q } from './util';

const messages = {
  differs: msg<{ entered: number; computed: number; name: string; target: string; actual: string }>(
    (d) =>
      `得分${fmt(d.entered)}与按规则计算的${fmt(d.computed)}不一致（指标${q(d.name)}：目标${q(d.target, 20)}，实际${q(d.actual, 20)}）`,
    (d) => `Score ${fmt(d.entered)} differs from computed ${fmt(d.computed)}`,
  ),
};

export const scoreMismatch = tableCheck({
  meta: {
    code: 'SCORE_MISMATCH',
    severity: 'error',
    description: '指标得分与按评分规则计算的得分不一致',
    descriptionEn: 'Entered score differs from the computed score',
    cell: '得分单元格',
    fixedByWriteBack: true,
    messages,
  },
  run({ table, scored }) {
    const out: Array<FindingOf<typeof messages>> = [];
    table.indicators.forEach((ind, k) => {
      const c = scored.evals[k].computed;
      if (c === null || !ind.scoreAt || ind.score.kind !== 'number') return;
      if (near(ind.score.value, c)) return;
      out.push({
        at: ind.scoreAt,
        messageId: 'differs',
        data: { entered: ind.score.value, computed: c, name: ind.name, target: ind.target.raw, actual: ind.actual.raw },
      });
    });
    return out;
  },
});
