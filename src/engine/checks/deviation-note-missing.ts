import { isPlaceholderNote, isTemplateText } from '../text';
import { RawFinding, TableCheck } from './types';
import { fmt, q } from './util';

export function noteIsBlank(note: string): boolean {
  return isPlaceholderNote(note) || isTemplateText(note);
}

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
      if (ev.achieved === true)
        // The target was met: the note is needed because points were deducted, and the message says exactly that.
        out.push({
          at: ind.noteAt,
          zh: `指标${q(ind.name)}已达成目标（目标${q(ind.target.raw, 20)}，实际${q(ind.actual.raw, 20)}），但得分${fmt(ind.score ?? NaN)}低于分值${fmt(ind.weight ?? NaN)}，扣分须在偏差原因分析及改进措施中说明`,
          en: `"${ind.name}" met its target but scored ${fmt(ind.score ?? NaN)} of ${fmt(ind.weight ?? NaN)}; explain the deduction`,
        });
      else
        out.push({
          at: ind.noteAt,
          zh: `指标${q(ind.name)}未完全达成（目标${q(ind.target.raw, 20)}，实际${q(ind.actual.raw, 20)}），请填写偏差原因分析及改进措施`,
          en: `"${ind.name}" fell short; a deviation note is required`,
        });
    });
    return out;
  },
};
