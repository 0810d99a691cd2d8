import { Dec } from '../score';
import { RawFinding, TableCheck } from './types';
import { fmt, pct, q } from './util';

export const qualitativeScoreOutOfBand: TableCheck = {
  meta: {
    code: 'QUALITATIVE_SCORE_OUT_OF_BAND',
    severity: 'warning',
    description: '定性指标的得分不在其完成等级对应的分档内（达成80%–100%，部分达成60%–80%，未达成60%以下）',
    descriptionEn: 'A qualitative score lies outside its band',
    cell: '得分单元格',
    fixedByWriteBack: true,
  },
  scope: 'table',
  run({ table, scored, profile }) {
    const out: RawFinding[] = [];
    table.indicators.forEach((ind, k) => {
      const ev = scored.evals[k];
      if (ev.kind !== 'qualitative' || ev.computed !== null || ev.grade === null) return;
      if (!ind.scoreAt || ind.score === null || !Number.isFinite(ind.score)) return;
      if (ind.weight === null || !Number.isFinite(ind.weight) || ind.weight <= 0) return;
      const [lo, hi] = profile.qualitativeBands[ev.grade];
      const f = new Dec(ind.score).div(ind.weight);
      const inBand = ev.grade === '达成' ? f.gte(lo) && f.lte(hi) : f.gte(lo) && f.lt(hi);
      if (inBand) return;
      const loS = new Dec(ind.weight).times(lo).toNumber();
      const hiS = new Dec(ind.weight).times(hi).toNumber();
      out.push({
        at: ind.scoreAt,
        zh: `定性指标${q(ind.name)}实际为${q(ind.actual.raw, 16)}（${ev.grade}），得分应在${fmt(loS)}–${fmt(hiS)}分（分值的${pct(lo)}–${pct(hi)}）之间，现为${fmt(ind.score)}`,
        en: `Qualitative score ${fmt(ind.score)} outside the ${ev.grade} band ${fmt(loS)}–${fmt(hiS)}`,
      });
    });
    return out;
  },
};
