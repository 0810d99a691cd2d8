import { Dec, RATE_TOLERANCE, near } from '../score';
import { fold } from '../text';
import { RawFinding, TableCheck } from './types';
import { pct, q } from './util';

export const costSavingRateMismatch: TableCheck = {
  meta: {
    code: 'COST_SAVING_RATE_MISMATCH',
    severity: 'warning',
    description: '成本节约率的实际值既不等于（年初预算−执行数）÷年初预算，也不等于（全年预算−执行数）÷全年预算',
    descriptionEn: 'A cost-saving rate matches neither (initial − executed) ÷ initial nor (annual − executed) ÷ annual',
    cell: '实际完成值单元格',
  },
  scope: 'table',
  run({ table, scored }) {
    const b = scored.budget;
    if (!b || b.executed === null) return [];
    const candidates: number[] = [];
    if (b.initial !== null && b.initial > 0)
      candidates.push(new Dec(b.initial).minus(b.executed).div(b.initial).toNumber());
    if (b.annual !== null && b.annual > 0)
      candidates.push(new Dec(b.annual).minus(b.executed).div(b.annual).toNumber());
    if (candidates.length === 0) return [];
    const out: RawFinding[] = [];
    for (const ind of table.indicators) {
      if (!/节约率/.test(fold(ind.name))) continue;
      const a = ind.actual;
      if (a.type !== 'number' || !a.q) continue;
      const f =
        a.q.percent || ind.target.q?.percent
          ? a.q.percent || Math.abs(a.q.value) > 1.5
            ? a.q.value / 100
            : a.q.value
          : a.q.value;
      if (candidates.some((c) => near(f, c, RATE_TOLERANCE))) continue;
      out.push({
        at: ind.actualAt,
        zh: `成本节约率${q(a.raw)}与预算数据不符：按年初预算应为${pct(candidates[0])}${candidates[1] !== undefined ? `，按全年预算应为${pct(candidates[1])}` : ''}`,
        en: `Cost-saving rate ${a.raw} matches neither ${candidates.map(pct).join(' nor ')}`,
      });
    }
    return out;
  },
};
