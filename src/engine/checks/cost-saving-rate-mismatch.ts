import { Dec, RATE_TOLERANCE, near } from '../score';
import { fold } from '../text';
import { FindingOf, msg, tableCheck } from './types';
import { pct, q } from './util';

interface Expected {
  actual: string;
  /** (年初预算 − 执行数) ÷ 年初预算, when there is a 年初预算数. */
  byInitial: number | null;
  /** (全年预算 − 执行数) ÷ 全年预算, when there is a 全年预算数. */
  byAnnual: number | null;
}

const messages = {
  differs: msg<Expected>(
    (d) =>
      `成本节约率${q(d.actual)}与预算数据不符：` +
      [
        d.byInitial !== null ? `按年初预算应为${pct(d.byInitial)}` : '',
        d.byAnnual !== null ? `按全年预算应为${pct(d.byAnnual)}` : '',
      ]
        .filter(Boolean)
        .join('，'),
    (d) =>
      `Cost-saving rate ${d.actual} matches neither ${[d.byInitial, d.byAnnual]
        .filter((c): c is number => c !== null)
        .map(pct)
        .join(' nor ')}`,
  ),
};

export const costSavingRateMismatch = tableCheck({
  meta: {
    code: 'COST_SAVING_RATE_MISMATCH',
    severity: 'warning',
    description: '成本节约率的实际值既不等于（年初预算−执行数）÷年初预算，也不等于（全年预算−执行数）÷全年预算',
    descriptionEn: 'A cost-saving rate matches neither (initial − executed) ÷ initial nor (annual − executed) ÷ annual',
    cell: '实际完成值单元格',
    messages,
  },
  run({ table, scored }) {
    const b = scored.budget;
    if (!b || b.executed === null) return [];
    const byInitial =
      b.initial !== null && b.initial > 0 ? new Dec(b.initial).minus(b.executed).div(b.initial).toNumber() : null;
    const byAnnual =
      b.annual !== null && b.annual > 0 ? new Dec(b.annual).minus(b.executed).div(b.annual).toNumber() : null;
    const candidates = [byInitial, byAnnual].filter((c): c is number => c !== null);
    if (candidates.length === 0) return [];
    const out: Array<FindingOf<typeof messages>> = [];
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
      out.push({ at: ind.actualAt, messageId: 'differs', data: { actual: a.raw, byInitial, byAnnual } });
    }
    return out;
  },
});
