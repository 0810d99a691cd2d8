import { RawFinding, TableCheck } from './types';
import { fmt, noteIsBlank, q } from './util';

export const deviationNoteMissing: TableCheck = {
  meta: {
    code: 'DEVIATION_NOTE_MISSING',
    severity: 'error',
    description: '指标未达成（或得分低于分值），但偏差原因分析及改进措施为空（“无”“/”“—”“略”视为空）',
    descriptionEn: 'A shortfall has no deviation note',
    cell: '偏差原因分析及改进措施单元格',
  },
  scope: 'table',
  run({ table, scored }) {
    const out: RawFinding[] = [];
    table.indicators.forEach((ind, k) => {
      const ev = scored.evals[k];
      if (!ev.needsDeviationNote || !ind.noteAt || !noteIsBlank(ind.note)) return;
      const seen = `目标${q(ind.target.raw, 20)}，实际${q(ind.actual.raw, 20)}`;
      // A met target needs the note because points were deducted, and the message says exactly that.
      const met = ev.achieved === true;
      out.push({
        at: ind.noteAt,
        zh: met
          ? `指标${q(ind.name)}已达成目标（${seen}），但得分${fmt(ind.score)}低于分值${fmt(ind.weight)}，扣分须在偏差原因分析及改进措施中说明`
          : `指标${q(ind.name)}未完全达成（${seen}），请填写偏差原因分析及改进措施`,
        en: met
          ? `"${ind.name}" met its target but scored ${fmt(ind.score)} of ${fmt(ind.weight)}; explain the deduction`
          : `"${ind.name}" fell short; a deviation note is required`,
      });
    });
    return out;
  },
};
