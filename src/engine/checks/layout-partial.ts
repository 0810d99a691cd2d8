import { msg, tableCheck } from './types';
import { fmt } from './util';

const messages = {
  blockWeights: msg<{ weight: number | null }>(
    (d) =>
      `本表没有逐项“分值”列，绩效指标分值只写在区块标签上（合计${fmt(d.weight)}分）：各指标得分无法逐项重算，只核对执行率、分值合计与总分`,
    (d) => `No weight column; block labels give ${fmt(d.weight)} points in all: only totals are checked`,
  ),
};

/**
 * Not in domain §5's list: a layout understood except for one part, said once (domain §5: "a partly understood layout
 * says so once"). Today: forms without a 分值 column, whose only weights are the block labels (年度绩效目标(40分)).
 */
export const layoutPartial = tableCheck({
  meta: {
    code: 'LAYOUT_PARTIAL',
    severity: 'info',
    description: '表格没有逐项“分值”列，分值只写在区块标签上：各指标得分无法逐项重算，只核对区块合计与总分',
    descriptionEn: 'No per-indicator weight column: only block totals and the grand total are checked',
    cell: '绩效指标表头',
    messages,
  },
  run({ table }) {
    if (!table.weightsByBlock || !table.indicatorHeaderAt) return [];
    return [
      {
        at: table.indicatorHeaderAt,
        messageId: 'blockWeights' as const,
        data: { weight: table.indicatorBlockWeight },
      },
    ];
  },
});
