import { msg, tableCheck } from './types';
import { q } from './util';

const messages = {
  error: msg<{ actual: string; target: string }>(
    (d) => `实际完成值是错误值${q(d.actual)}，请填写实际数值`,
    (d) => `Actual "${d.actual}" has no number for target "${d.target}"`,
  ),
  noNumber: msg<{ actual: string; target: string }>(
    (d) => `年度指标值${q(d.target)}是定量指标，实际完成值${q(d.actual)}却没有数值，请填写实际完成的数量`,
    (d) => `Actual "${d.actual}" has no number for target "${d.target}"`,
  ),
};

export const actualNotNumeric = tableCheck({
  meta: {
    code: 'ACTUAL_NOT_NUMERIC',
    severity: 'error',
    description: '定量指标的实际完成值是没有数字的文字（如“完成”“达标”）或错误值',
    descriptionEn: "A quantitative target's actual value is text with no number",
    cell: '实际完成值单元格',
    messages,
  },
  run({ table }) {
    // A quantitative target needs a number to be scored against; blank is ACTUAL_MISSING's.
    return table.indicators
      .filter((ind) => ind.target.type === 'quantitative' && ind.actual.type !== 'empty' && !ind.actual.q)
      .map((ind) => ({
        at: ind.actualAt,
        messageId: ind.actual.type === 'error' ? ('error' as const) : ('noNumber' as const),
        data: { actual: ind.actual.raw, target: ind.target.raw },
      }));
  },
});
