import { RawFinding, TableCheck } from './types';
import { noteIsBlank, pct, q } from './util';

export const deviationNoteSuggested: TableCheck = {
  meta: {
    code: 'DEVIATION_NOTE_SUGGESTED',
    severity: 'warning',
    description: '超额完成超过配置阈值（默认120%），说明目标设置偏低，偏差原因为空',
    descriptionEn: 'Over-completion beyond the threshold with no note: the target may be set too loosely',
    cell: '偏差原因分析及改进措施单元格',
  },
  scope: 'table',
  run({ table, scored, profile }) {
    const out: RawFinding[] = [];
    table.indicators.forEach((ind, k) => {
      if (!scored.evals[k].overCompleted || !ind.noteAt || !noteIsBlank(ind.note)) return;
      out.push({
        at: ind.noteAt,
        zh: `指标${q(ind.name)}实际${q(ind.actual.raw, 20)}超出目标${q(ind.target.raw, 20)}达${pct(profile.overCompletion - 1)}以上，目标可能设置偏低，建议说明原因`,
        en: `"${ind.name}" exceeded its target by over ${pct(profile.overCompletion - 1)}; explain`,
      });
    });
    return out;
  },
};
