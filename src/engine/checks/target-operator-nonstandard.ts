import { TableCheck } from './types';
import { q } from './util';

export const targetOperatorNonstandard: TableCheck = {
  meta: {
    code: 'TARGET_OPERATOR_NONSTANDARD',
    severity: 'info',
    description: '年度指标值的比较符号是误写（如“》”“《”），已按“>”“<”理解',
    descriptionEn: "A target's operator is a typo (》 read as >)",
    cell: '年度指标值单元格',
  },
  scope: 'table',
  run({ table }) {
    return table.indicators
      .filter((ind) => ind.target.nonstandardOp !== null)
      .map((ind) => {
        const op = ind.target.nonstandardOp === '》' ? '>' : '<';
        return {
          at: ind.targetAt,
          zh: `年度指标值${q(ind.target.raw)}中的“${ind.target.nonstandardOp}”不是比较符号，已按“${op}”理解，建议改正`,
          en: `"${ind.target.nonstandardOp}" in target read as "${op}"`,
        };
      });
  },
};
