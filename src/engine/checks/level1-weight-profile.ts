import { near } from '../score';
import { FindingOf, msg, tableCheck } from './types';
import { fmt, groupSum } from './util';

const messages = {
  differs: msg<{ name: string; sum: number; profile: string; default: number }>(
    (d) => `“${d.name}”分值合计${fmt(d.sum)}分，与评分配置“${d.profile}”的默认${fmt(d.default)}分不同`,
    (d) => `"${d.name}" totals ${fmt(d.sum)}; profile ${d.profile} default is ${fmt(d.default)}`,
  ),
};

export const level1WeightProfile = tableCheck({
  meta: {
    code: 'LEVEL1_WEIGHT_PROFILE',
    severity: 'info',
    description: '一级指标（标签未写分值）的分值合计与所选评分配置的默认值不同（仅作提示）',
    descriptionEn: "A level-1 total differs from the profile's default",
    cell: '一级指标单元格',
    messages,
  },
  run({ table, profile }) {
    const out: Array<FindingOf<typeof messages>> = [];
    if (table.weightsByBlock) return out;
    for (const g of table.groups) {
      const def = profile.level1Weights[g.name];
      // A weight written in the label overrides the default (domain §4): nothing to point out.
      if (def === undefined || g.labelWeight !== null) continue;
      const s = groupSum(g);
      if (near(s, def)) continue;
      out.push({
        at: g.at,
        messageId: 'differs',
        data: { name: g.name, sum: s, profile: profile.name, default: def },
      });
    }
    return out;
  },
});
