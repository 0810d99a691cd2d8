import { isPlaceholderNote, isTemplateText } from '../text';
import { RawFinding, TableCheck } from './types';
import { q } from './util';

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
      if (!scored.evals[k].needsDeviationNote || !ind.noteAt || !noteIsBlank(ind.note)) return;
      out.push({
        at: ind.noteAt,
        zh: `指标${q(ind.name)}未完全达成（目标${q(ind.target.raw, 20)}，实际${q(ind.actual.raw, 20)}），请填写偏差原因分析及改进措施`,
        en: `"${ind.name}" fell short; a deviation note is required`,
      });
    });
    return out;
  },
};
