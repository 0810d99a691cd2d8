import { FindingOf, msg, tableCheck } from './types';
import { pct, q } from './util';

const messages = {
  units: msg<{ actual: string; target: string }>(
    (d) => `实际完成值${q(d.actual)}与年度指标值${q(d.target)}单位不同，无法计算得分，请统一单位`,
    (d) => `Units of actual "${d.actual}" and target "${d.target}" differ`,
  ),
  rateBelow100: msg<{ rate: number | null; target: string }>(
    (d) => `实际完成值以完成率${pct(d.rate)}填写，而年度指标值为${q(d.target)}，请填写实际数量以便核实差距`,
    (d) => `Completion rate ${pct(d.rate)} against target "${d.target}" cannot be verified`,
  ),
};

export const unitMismatch = tableCheck({
  meta: {
    code: 'UNIT_MISMATCH',
    severity: 'warning',
    description: '实际完成值与年度指标值单位不同，或以低于100%的完成率对应其他单位的指标（无法核实差距）',
    descriptionEn: 'Target and actual units differ',
    cell: '实际完成值单元格',
    messages,
  },
  run({ table, scored }) {
    const out: Array<FindingOf<typeof messages>> = [];
    for (let k = 0; k < table.indicators.length; k++) {
      const ind = table.indicators[k];
      const ev = scored.evals[k];
      if (ev.compared === 'units-differ')
        out.push({
          at: ind.actualAt,
          messageId: 'units',
          data: { actual: ind.actual.raw, target: ind.target.raw },
        });
      else if (ev.compared === 'completion-rate' && ev.completionRate !== null && ev.completionRate < 1)
        out.push({
          at: ind.actualAt,
          messageId: 'rateBelow100',
          data: { rate: ev.completionRate, target: ind.target.raw },
        });
    }
    return out;
  },
});
