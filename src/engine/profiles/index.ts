/** Scoring profiles are data (JSON files beside this module); this module only validates and lists them. */
import mof2020 from './mof2020.json';
import hunan from './hunan.json';
import guangxi from './guangxi.json';
import hubei from './hubei.json';

export interface Profile {
  name: string;
  title: string;
  /** 执行率分值 + Σ indicator 分值 must equal this. */
  totalWeight: number;
  /** The 执行率 weight when the table does not say. */
  budgetWeight: number;
  /** Default weight of each 一级指标. */
  level1Weights: Record<string, number>;
  /** Over-completion threshold: actual ≥ threshold × target suggests a deviation note. */
  overCompletion: number;
  /** 执行率 below this needs an explanation. */
  lowExecution: number;
  /** Qualitative bands as fractions of 分值: [low, high]; the 达成 band includes its high end. */
  qualitativeBands: Record<'达成' | '部分达成' | '未达成', [number, number]>;
  /** Formula for an unmet negative (≤) target. */
  negative: 'ratio' | 'linear';
  /** Grade thresholds, highest first. */
  grades: Array<[number, string]>;
}

export const PROFILES: Record<string, Profile> = {};

/** Checks that a JSON object is a usable profile; returns a list of problems (empty when fine). */
export function validateProfile(p: unknown): string[] {
  const errs: string[] = [];
  const o = p as Record<string, unknown>;
  if (!o || typeof o !== 'object') return ['profile is not an object'];
  for (const k of ['name', 'title']) if (typeof o[k] !== 'string') errs.push(`${k} must be a string`);
  for (const k of ['totalWeight', 'budgetWeight', 'overCompletion', 'lowExecution'])
    if (typeof o[k] !== 'number' || !Number.isFinite(o[k] as number)) errs.push(`${k} must be a number`);
  if (o.negative !== 'ratio' && o.negative !== 'linear') errs.push('negative must be "ratio" or "linear"');
  const w = o.level1Weights as Record<string, unknown>;
  if (!w || typeof w !== 'object' || Object.values(w).some((x) => typeof x !== 'number'))
    errs.push('level1Weights must map names to numbers');
  const b = o.qualitativeBands as Record<string, unknown>;
  for (const g of ['达成', '部分达成', '未达成']) {
    const band = b?.[g] as unknown[];
    if (!Array.isArray(band) || band.length !== 2 || band.some((x) => typeof x !== 'number'))
      errs.push(`qualitativeBands.${g} must be [low, high]`);
  }
  if (!Array.isArray(o.grades)) errs.push('grades must be a list of [threshold, name]');
  return errs;
}

function register(p: unknown): void {
  const errs = validateProfile(p);
  if (errs.length) throw new Error('invalid built-in profile: ' + errs.join('; '));
  const prof = p as Profile;
  PROFILES[prof.name] = prof;
}

for (const p of [mof2020, hunan, guangxi, hubei]) register(p);

export const DEFAULT_PROFILE = 'mof2020';

export function getProfile(name: string | undefined): Profile | null {
  return PROFILES[name ?? DEFAULT_PROFILE] ?? null;
}
