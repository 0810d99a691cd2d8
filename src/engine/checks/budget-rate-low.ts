import { TableCheck } from './types';
import { pct } from './util';

export const budgetRateLow: TableCheck = {
  meta: {
    code: 'BUDGET_RATE_LOW',
    severity: 'warning',
    description: '预算执行率低于90%（按配置），须说明原因',
    descriptionEn: 'Execution rate below the low-execution threshold; the reason must be explained',
    cell: '执行率单元格',
  },
  scope: 'table',
  run({ table, scored, profile }) {
    const b = table.budget;
    const rate = scored.budget?.rate ?? null;
    if (!b || rate === null || rate >= profile.lowExecution) return [];
    const at = b.rateAt ?? b.total?.amounts.executed?.at;
    if (!at) return [];
    return [
      {
        at,
        zh: `预算执行率${pct(rate)}低于${pct(profile.lowExecution)}，须在偏差原因中说明执行偏低的原因及改进措施`,
        en: `Execution rate ${pct(rate)} is below ${pct(profile.lowExecution)}; explain why`,
      },
    ];
  },
};
