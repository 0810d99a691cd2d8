import { msg, tableCheck } from './types';
import { pct } from './util';

const messages = {
  low: msg<{ rate: number; threshold: number }>(
    (d) => `预算执行率${pct(d.rate)}低于${pct(d.threshold)}，须在偏差原因中说明执行偏低的原因及改进措施`,
    (d) => `Execution rate ${pct(d.rate)} is below ${pct(d.threshold)}; explain why`,
  ),
};

export const budgetRateLow = tableCheck({
  meta: {
    code: 'BUDGET_RATE_LOW',
    severity: 'warning',
    description: '预算执行率低于90%（按配置），须说明原因',
    descriptionEn: 'Execution rate below the low-execution threshold; the reason must be explained',
    cell: '执行率单元格',
    messages,
  },
  run({ table, scored, profile }) {
    const b = table.budget;
    const rate = scored.budget?.rate ?? null;
    if (!b || rate === null || rate >= profile.lowExecution) return [];
    const at = b.rateAt ?? b.total?.amounts.executed?.at;
    if (!at) return [];
    return [
      {
        at,
        messageId: 'low' as const,
        data: { rate, threshold: profile.lowExecution },
      },
    ];
  },
});
