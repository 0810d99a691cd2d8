import { near, sumExact } from '../score';
import { FindingOf, msg, tableCheck } from './types';
import { fmt, weightsOf } from './util';

const messages = {
  indicators: msg<{ label: number; sum: number }>(
    (d) => `绩效指标标明${fmt(d.label)}分，但各指标分值合计${fmt(d.sum)}分`,
    (d) => `Indicator block says ${fmt(d.label)} but weights sum to ${fmt(d.sum)}`,
  ),
  budget: msg<{ label: number; weight: number }>(
    (d) => `预算执行区块标明${fmt(d.label)}分，但执行率分值为${fmt(d.weight)}分`,
    (d) => `Budget block says ${fmt(d.label)} but its weight is ${fmt(d.weight)}`,
  ),
};

/** Not in domain §5's list: "绩效指标(90分)" / "预算执行情况(10分)" labels carry weights (domain §2.4). */
export const blockWeightMismatch = tableCheck({
  meta: {
    code: 'BLOCK_WEIGHT_MISMATCH',
    severity: 'warning',
    description: '区块标签写明的分值（“绩效指标(90分)”“预算执行情况(10分)”）与该区块实际分值合计不同',
    descriptionEn: 'Weight written in a block label differs from the block’s weights',
    cell: '区块标签单元格',
    messages,
  },
  run({ table, scored }) {
    const out: Array<FindingOf<typeof messages>> = [];
    if (
      table.indicatorBlockWeight !== null &&
      !table.weightsByBlock &&
      table.indicatorHeaderAt &&
      table.indicators.length
    ) {
      const s = sumExact(weightsOf(table.indicators));
      if (!near(s, table.indicatorBlockWeight)) {
        // The block label sits left of the 一级指标 header on the same row.
        const at = { r: table.indicatorHeaderAt.r, c: table.range.left };
        out.push({
          at,
          messageId: 'indicators',
          data: { label: table.indicatorBlockWeight, sum: s },
        });
      }
    }
    const b = table.budget;
    if (
      b &&
      b.labelWeight !== null &&
      b.labelAt &&
      scored.budget &&
      scored.budget.weightFrom === 'cell' &&
      !near(scored.budget.weight, b.labelWeight)
    )
      out.push({
        at: b.labelAt,
        messageId: 'budget',
        data: { label: b.labelWeight, weight: scored.budget.weight },
      });
    return out;
  },
});
