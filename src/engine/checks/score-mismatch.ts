import { near } from '../score';
import { RawFinding, TableCheck } from './types';
import { fmt, q } from './util';

export const scoreMismatch: TableCheck = {
  meta: {
    code: 'SCORE_MISMATCH',
    severity: 'error',
    description: '指标得分与按评分规则计算的得分不一致',
    descriptionEn: 'Entered score differs from the computed score',
    cell: '得分单元格',
    fixedByWriteBack: true,
  },
  scope: 'table',
  run({ table, scored }) {
    const out: RawFinding[] = [];
    table.indicators.forEach((ind, k) => {
      const c = scored.evals[k].computed;
      if (c === null || !ind.scoreAt || ind.score === null || !Number.isFinite(ind.score)) return;
      if (near(ind.score, c)) return;
      out.push({
        at: ind.scoreAt,
        zh: `得分${fmt(ind.score)}与按规则计算的${fmt(c)}不一致（指标${q(ind.name)}：目标${q(ind.target.raw, 20)}，实际${q(ind.actual.raw, 20)}）`,
        en: `Score ${fmt(ind.score)} differs from computed ${fmt(c)}`,
      });
    });
    return out;
  },
};
