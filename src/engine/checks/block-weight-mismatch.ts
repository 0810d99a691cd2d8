import { near, sumExact } from '../score';
import { RawFinding, TableCheck } from './types';
import { fmt } from './util';

/** Not in domain §5's list: "绩效指标(90分)" / "预算执行情况(10分)" labels carry weights (domain §2.4). */
export const blockWeightMismatch: TableCheck = {
  meta: {
    code: 'BLOCK_WEIGHT_MISMATCH',
    severity: 'warning',
    description: '区块标签写明的分值（“绩效指标(90分)”“预算执行情况(10分)”）与该区块实际分值合计不同',
    descriptionEn: 'Weight written in a block label differs from the block’s weights',
    cell: '区块标签单元格',
  },
  scope: 'table',
  run({ table, scored }) {
    const out: RawFinding[] = [];
    if (
      table.indicatorBlockWeight !== null &&
      !table.weightsByBlock &&
      table.indicatorHeaderAt &&
      table.indicators.length
    ) {
      const s = sumExact(
        table.indicators.map((i) => i.weight).filter((w): w is number => w !== null && Number.isFinite(w)),
      );
      if (!near(s, table.indicatorBlockWeight)) {
        // The block label sits left of the 一级指标 header on the same row.
        const at = { r: table.indicatorHeaderAt.r, c: table.range.left };
        out.push({
          at,
          zh: `绩效指标标明${fmt(table.indicatorBlockWeight)}分，但各指标分值合计${fmt(s)}分`,
          en: `Indicator block says ${fmt(table.indicatorBlockWeight)} but weights sum to ${fmt(s)}`,
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
        zh: `预算执行区块标明${fmt(b.labelWeight)}分，但执行率分值为${fmt(scored.budget.weight)}分`,
        en: `Budget block says ${fmt(b.labelWeight)} but its weight is ${fmt(scored.budget.weight)}`,
      });
    return out;
  },
};
