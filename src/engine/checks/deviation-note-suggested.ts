import { FindingOf, msg, tableCheck } from './types';
import { noteIsBlank, pct, q } from './util';

const messages = {
  loose: msg<{ name: string; actual: string; target: string; over: number }>(
    (d) =>
      `指标${q(d.name)}实际${q(d.actual, 20)}超出目标${q(d.target, 20)}达${pct(d.over)}以上，目标可能设置偏低，建议说明原因`,
    (d) => `"${d.name}" exceeded its target by over ${pct(d.over)}; explain`,
  ),
};

export const deviationNoteSuggested = tableCheck({
  meta: {
    code: 'DEVIATION_NOTE_SUGGESTED',
    severity: 'warning',
    description: '超额完成超过配置阈值（默认120%），说明目标设置偏低，偏差原因为空',
    descriptionEn: 'Over-completion beyond the threshold with no note: the target may be set too loosely',
    cell: '偏差原因分析及改进措施单元格',
    messages,
  },
  run({ table, scored, profile }) {
    const out: Array<FindingOf<typeof messages>> = [];
    table.indicators.forEach((ind, k) => {
      if (!scored.evals[k].overCompleted || !ind.noteAt || !noteIsBlank(ind.note)) return;
      out.push({
        at: ind.noteAt,
        messageId: 'loose',
        data: { name: ind.name, actual: ind.actual.raw, target: ind.target.raw, over: profile.overCompletion - 1 },
      });
    });
    return out;
  },
});
