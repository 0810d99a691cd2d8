import { TableCheck } from './types';
import { pct, q } from './util';

export const unitMismatch: TableCheck = {
  meta: {
    code: 'UNIT_MISMATCH',
    severity: 'warning',
    description: '实际完成值与年度指标值单位不同，或以低于100%的完成率对应其他单位的指标（无法核实差距）',
    descriptionEn: 'Target and actual units differ',
    cell: '实际完成值单元格',
  },
  scope: 'table',
  run({ table, scored }) {
    const out = [];
    for (let k = 0; k < table.indicators.length; k++) {
      const ind = table.indicators[k];
      const ev = scored.evals[k];
      if (ev.unitMismatch === 'units')
        out.push({
          at: ind.actualAt,
          zh: `实际完成值${q(ind.actual.raw)}与年度指标值${q(ind.target.raw)}单位不同，无法计算得分，请统一单位`,
          en: `Units of actual "${ind.actual.raw}" and target "${ind.target.raw}" differ`,
        });
      else if (ev.unitMismatch === 'rate-below-100')
        out.push({
          at: ind.actualAt,
          zh: `实际完成值以完成率${pct(ev.completionRate)}填写，而年度指标值为${q(ind.target.raw)}，请填写实际数量以便核实差距`,
          en: `Completion rate ${pct(ev.completionRate)} against target "${ind.target.raw}" cannot be verified`,
        });
    }
    return out;
  },
};
