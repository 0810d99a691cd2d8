import { pointsValue } from '../values';
import { FindingOf, msg, tableCheck } from './types';
import { fmt, noteIsBlank, q } from './util';

/** What the reviewer sees of the row: its target and actual, shortened. */
const seen = (d: { target: string; actual: string }): string => `目标${q(d.target, 20)}，实际${q(d.actual, 20)}`;

const messages = {
  shortfall: msg<{ name: string; target: string; actual: string }>(
    (d) => `指标${q(d.name)}未完全达成（${seen(d)}），请填写偏差原因分析及改进措施`,
    (d) => `"${d.name}" fell short; a deviation note is required`,
  ),
  deducted: msg<{ name: string; target: string; actual: string; score: number | null; weight: number | null }>(
    (d) =>
      `指标${q(d.name)}已达成目标（${seen(d)}），但得分${fmt(d.score)}低于分值${fmt(d.weight)}，扣分须在偏差原因分析及改进措施中说明`,
    (d) => `"${d.name}" met its target but scored ${fmt(d.score)} of ${fmt(d.weight)}; explain the deduction`,
  ),
};

export const deviationNoteMissing = tableCheck({
  meta: {
    code: 'DEVIATION_NOTE_MISSING',
    severity: 'error',
    description: '指标未达成（或得分低于分值），但偏差原因分析及改进措施为空（“无”“/”“—”“略”视为空）',
    descriptionEn: 'A shortfall has no deviation note',
    cell: '偏差原因分析及改进措施单元格',
    messages,
  },
  run({ table, scored }) {
    const out: Array<FindingOf<typeof messages>> = [];
    table.indicators.forEach((ind, k) => {
      const ev = scored.evals[k];
      if (!ev.needsDeviationNote || !ind.noteAt || !noteIsBlank(ind.note)) return;
      // A met target needs the note because points were deducted, and the message says exactly that.
      const met = ev.achieved === true;
      const shown = { name: ind.name, target: ind.target.raw, actual: ind.actual.raw };
      out.push({
        at: ind.noteAt,
        ...(met
          ? {
              messageId: 'deducted' as const,
              data: { ...shown, score: pointsValue(ind.score), weight: pointsValue(ind.weight) },
            }
          : { messageId: 'shortfall' as const, data: shown }),
      });
    });
    return out;
  },
});
