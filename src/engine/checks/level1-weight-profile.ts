import { near } from '../score';
import { RawFinding, TableCheck } from './types';
import { fmt, groupSum } from './util';

export const level1WeightProfile: TableCheck = {
  meta: {
    code: 'LEVEL1_WEIGHT_PROFILE',
    severity: 'info',
    description: '一级指标（标签未写分值）的分值合计与所选评分配置的默认值不同（仅作提示）',
    descriptionEn: "A level-1 total differs from the profile's default",
    cell: '一级指标单元格',
  },
  scope: 'table',
  run({ table, profile }) {
    const out: RawFinding[] = [];
    if (table.weightsByBlock) return out;
    for (const g of table.groups) {
      const def = profile.level1Weights[g.name];
      // A weight written in the label overrides the default (domain §4): nothing to point out.
      if (def === undefined || g.labelWeight !== null) continue;
      const s = groupSum(g);
      if (near(s, def)) continue;
      out.push({
        at: g.at,
        zh: `“${g.name}”分值合计${fmt(s)}分，与评分配置“${profile.name}”的默认${fmt(def)}分不同`,
        en: `"${g.name}" totals ${fmt(s)}; profile ${profile.name} default is ${fmt(def)}`,
      });
    }
    return out;
  },
};
