import { msg, tableCheck } from './types';
import { q } from './util';

const messages = {
  missing: msg<{ name: string; target: string }>(
    (d) => `指标${q(d.name)}的年度指标值为${q(d.target)}，但实际完成值为空`,
    (d) => `Indicator "${d.name}" has a target but no actual value`,
  ),
};

export const actualMissing = tableCheck({
  meta: {
    code: 'ACTUAL_MISSING',
    severity: 'error',
    description: '指标有年度指标值，但实际完成值为空',
    descriptionEn: 'An indicator has a target but no actual value',
    cell: '实际完成值单元格',
    messages,
  },
  run({ table }) {
    return table.indicators
      .filter((ind) => ind.target.type !== 'empty' && ind.actual.type === 'empty')
      .map((ind) => ({
        at: ind.actualAt,
        messageId: 'missing' as const,
        data: { name: ind.name, target: ind.target.raw },
      }));
  },
});
