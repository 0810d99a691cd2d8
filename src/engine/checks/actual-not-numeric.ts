import { TableCheck } from './types';
import { q } from './util';

export const actualNotNumeric: TableCheck = {
  meta: {
    code: 'ACTUAL_NOT_NUMERIC',
    severity: 'error',
    description: '定量指标的实际完成值是没有数字的文字（如“完成”“达标”）或错误值',
    descriptionEn: "A quantitative target's actual value is text with no number",
    cell: '实际完成值单元格',
  },
  scope: 'table',
  run({ table, scored }) {
    return table.indicators
      .filter((_, k) => scored.evals[k].actualNotNumeric)
      .map((ind) => ({
        at: ind.actualAt,
        zh:
          ind.actual.type === 'error'
            ? `实际完成值是错误值${q(ind.actual.raw)}，请填写实际数值`
            : `年度指标值${q(ind.target.raw)}是定量指标，实际完成值${q(ind.actual.raw)}却没有数值，请填写实际完成的数量`,
        en: `Actual "${ind.actual.raw}" has no number for target "${ind.target.raw}"`,
      }));
  },
};
