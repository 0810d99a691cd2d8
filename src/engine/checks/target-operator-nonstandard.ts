import { msg, tableCheck } from './types';
import { q } from './util';

const messages = {
  typo: msg<{ target: string; typo: string; op: string }>(
    (d) => `年度指标值${q(d.target)}中的“${d.typo}”不是比较符号，已按“${d.op}”理解，建议改正`,
    (d) => `"${d.typo}" in target read as "${d.op}"`,
  ),
};

export const targetOperatorNonstandard = tableCheck({
  meta: {
    code: 'TARGET_OPERATOR_NONSTANDARD',
    severity: 'info',
    description: '年度指标值的比较符号是误写（如“》”“《”），已按“>”“<”理解',
    descriptionEn: "A target's operator is a typo (》 read as >)",
    cell: '年度指标值单元格',
    messages,
  },
  run({ table }) {
    return table.indicators
      .filter((ind) => ind.target.nonstandardOp !== null)
      .map((ind) => {
        const op = ind.target.nonstandardOp === '》' ? '>' : '<';
        return {
          at: ind.targetAt,
          messageId: 'typo' as const,
          data: { target: ind.target.raw, typo: ind.target.nonstandardOp ?? '', op },
        };
      });
  },
});
