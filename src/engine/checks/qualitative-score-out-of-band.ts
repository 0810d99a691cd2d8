import { Dec } from '../score';
import { FindingOf, msg, tableCheck } from './types';
import { fmt, pct, q } from './util';

const messages = {
  outside: msg<{
    name: string;
    actual: string;
    grade: string;
    lo: number;
    hi: number;
    loScore: number;
    hiScore: number;
    score: number;
  }>(
    (d) =>
      `定性指标${q(d.name)}实际为${q(d.actual, 16)}（${d.grade}），得分应在${fmt(d.loScore)}–${fmt(d.hiScore)}分（分值的${pct(d.lo)}–${pct(d.hi)}）之间，现为${fmt(d.score)}`,
    (d) => `Qualitative score ${fmt(d.score)} outside the ${d.grade} band ${fmt(d.loScore)}–${fmt(d.hiScore)}`,
  ),
};

export const qualitativeScoreOutOfBand = tableCheck({
  meta: {
    code: 'QUALITATIVE_SCORE_OUT_OF_BAND',
    severity: 'warning',
    description: '定性指标的得分不在其完成等级对应的分档内（达成80%–100%，部分达成60%–80%，未达成60%以下）',
    descriptionEn: 'A qualitative score lies outside its band',
    cell: '得分单元格',
    fixedByWriteBack: true,
    messages,
  },
  run({ table, scored, profile }) {
    const out: Array<FindingOf<typeof messages>> = [];
    table.indicators.forEach((ind, k) => {
      const ev = scored.evals[k];
      if (ev.kind !== 'qualitative' || ev.computed !== null || ev.grade === null) return;
      if (!ind.scoreAt || ind.score.kind !== 'number' || ind.weight.kind !== 'number') return;
      const score = ind.score.value;
      const weight = ind.weight.value;
      if (weight <= 0) return;
      const [lo, hi] = profile.qualitativeBands[ev.grade];
      const f = new Dec(score).div(weight);
      const inBand = ev.grade === '达成' ? f.gte(lo) && f.lte(hi) : f.gte(lo) && f.lt(hi);
      if (inBand) return;
      const loS = new Dec(weight).times(lo).toNumber();
      const hiS = new Dec(weight).times(hi).toNumber();
      out.push({
        at: ind.scoreAt,
        messageId: 'outside',
        data: {
          name: ind.name,
          actual: ind.actual.raw,
          grade: ev.grade,
          lo,
          hi,
          loScore: loS,
          hiScore: hiS,
          score,
        },
      });
    });
    return out;
  },
});
