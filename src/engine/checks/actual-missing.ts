import { TableCheck } from './types';
import { q } from './util';

export const actualMissing: TableCheck = {
  meta: {
    code: 'ACTUAL_MISSING',
    severity: 'error',
    description: '指标有年度指标值，但实际完成值为空',
    descriptionEn: 'An indicator has a target but no actual value',
    cell: '实际完成值单元格',
  },
  scope: 'table',
  run({ table, scored }) {
    return table.indicators
      .filter((ind, k) => scored.evals[k].actualMissing && ind.target.type !== 'empty')
      .map((ind) => ({
        at: ind.actualAt,
        zh: `指标${q(ind.name)}的年度指标值为${q(ind.target.raw)}，但实际完成值为空`,
        en: `Indicator "${ind.name}" has a target but no actual value`,
      }));
  },
};
