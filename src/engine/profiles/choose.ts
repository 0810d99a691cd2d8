/**
 * Which profile a table is scored with when the user has not forced one (domain §4): the one its own labels
 * imply. Weights written in 一级指标 labels, a weight written for 执行率, and the set of 一级指标 names are compared
 * with each built-in profile; the default wins ties, so a table that says nothing special is scored with it.
 */
import { TableModel } from '../model';
import { DEFAULT_PROFILE, PROFILES, Profile } from './index';

export interface ProfileChoice {
  profile: Profile;
  /** Why, in both languages: shown in the report, the pane and the JSON. */
  reason: { zh: string; en: string };
}

/** The name that asks for a profile chosen table by table. */
export const AUTO_PROFILE = 'auto';

const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;

function budgetWeightWritten(t: TableModel): number | null {
  const b = t.budget;
  if (!b) return null;
  if (b.weight.kind === 'number') return b.weight.value;
  return b.labelWeight;
}

export function chooseProfile(t: TableModel): ProfileChoice {
  const def = PROFILES[DEFAULT_PROFILE];
  const candidates = [def, ...Object.values(PROFILES).filter((p) => p !== def)];
  const labelled = t.groups.filter((g) => g.labelWeight !== null && g.name);
  const budgetWeight = budgetWeightWritten(t);
  const names = new Set(t.groups.map((g) => g.name).filter(Boolean));
  const fitsLabels = (p: Profile): boolean =>
    labelled.every(
      (g) => p.level1Weights[g.name] !== undefined && same(p.level1Weights[g.name], g.labelWeight as number),
    );
  const fitsBudget = (p: Profile): boolean => budgetWeight === null || same(p.budgetWeight, budgetWeight);
  const fitsNames = (p: Profile): boolean => [...names].every((n) => p.level1Weights[n] !== undefined);

  if (labelled.length) {
    const hit = candidates.find((p) => fitsLabels(p) && fitsBudget(p)) ?? candidates.find((p) => fitsLabels(p));
    if (hit)
      return {
        profile: hit,
        reason: {
          zh: `一级指标标签所写分值（${labelled.map((g) => `${g.name}${g.labelWeight}分`).join('、')}）与“${hit.title}”一致`,
          en: `the weights written in the level-1 labels match ${hit.name}`,
        },
      };
    return {
      profile: def,
      reason: {
        zh: `一级指标标签所写分值与内置配置均不一致，按默认配置“${def.title}”评分，分值以标签为准`,
        en: `the level-1 label weights match no built-in profile: ${def.name}, with the labels' weights`,
      },
    };
  }
  // The Hunan set of 一级指标: 成本指标 stands as a 一级指标 of its own.
  if (names.has('成本指标')) {
    const hit = candidates.find(
      (p) => p !== def && p.level1Weights['成本指标'] !== undefined && fitsNames(p) && fitsBudget(p),
    );
    if (hit)
      return {
        profile: hit,
        reason: {
          zh: `一级指标含“成本指标”，与“${hit.title}”一致`,
          en: `成本指标 is a level-1 indicator, as in ${hit.name}`,
        },
      };
  }
  if (budgetWeight !== null && !same(budgetWeight, def.budgetWeight)) {
    const hit = candidates.find((p) => same(p.budgetWeight, budgetWeight));
    if (hit)
      return {
        profile: hit,
        reason: {
          zh: `执行率分值为${budgetWeight}分，与“${hit.title}”一致`,
          en: `the execution weight ${budgetWeight} matches ${hit.name}`,
        },
      };
  }
  return {
    profile: def,
    reason: {
      zh: `表内未写明区别于默认配置的分值，按默认配置“${def.title}”评分`,
      en: `nothing in the table differs from the default ${def.name}`,
    },
  };
}

/** A profile forced by the user, or kept by the workbook from an earlier choice in the pane. */
export function forcedChoice(p: Profile, source: 'user' | 'workbook' = 'user'): ProfileChoice {
  if (source === 'workbook')
    return {
      profile: p,
      reason: { zh: `工作簿中保存的评分配置“${p.title}”（在加载项中选定）`, en: `kept in the workbook: ${p.name}` },
    };
  return { profile: p, reason: { zh: `由用户指定评分配置“${p.title}”`, en: `chosen by the user: ${p.name}` } };
}
