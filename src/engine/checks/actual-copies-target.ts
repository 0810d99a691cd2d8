import { msg, tableCheck } from './types';
import { q } from './util';

const messages = {
  copies: msg<{ actual: string }>(
    (d) => `实际完成值${q(d.actual)}照抄了年度指标值，请填写实际达到的数值（已按其数值计分）`,
    (d) => `Actual "${d.actual}" repeats the target; enter the measured value`,
  ),
};

export const actualCopiesTarget = tableCheck({
  meta: {
    code: 'ACTUAL_COPIES_TARGET',
    severity: 'warning',
    description: '实际完成值照抄了年度指标值（带比较符号），而不是实测值',
    descriptionEn: 'The actual value repeats the target with its operator',
    cell: '实际完成值单元格',
    messages,
  },
  run({ table }) {
    return table.indicators
      .filter(({ target: t, actual: a }) => {
        // "≥90%" in both cells: the operator gives the copy away (a unitless "≥90" against "≥90%" too).
        if (t.type !== 'quantitative' || !t.q || a.type !== 'number' || !a.q || a.op === null) return false;
        return a.q.value === t.q.value && (a.q.unit === '' || a.q.unit === t.q.unit);
      })
      .map((ind) => ({
        at: ind.actualAt,
        messageId: 'copies' as const,
        data: { actual: ind.actual.raw },
      }));
  },
});
