/**
 * The engine: grid → tables → parsed values → scores → findings → write plan. Pure: no I/O, no host.
 * This module only re-exports; analyze.ts holds the analysis, writeplan.ts the write plan.
 */
export * from './grid';
export * from './model';
export * from './analyze';
export { PROFILES, DEFAULT_PROFILE, getProfile, validateProfile } from './profiles';
export { AUTO_PROFILE, chooseProfile } from './profiles/choose';
export type { Profile } from './profiles';
export { CHECKS } from './checks';
export type { Severity, CheckMeta, Check } from './checks';
export type { Lang, MarkLook } from './lang';
export { buildWritePlan, RESULT_SHEET, BACKUP_SHEET } from './writeplan';
export type { WritePlan, CellWrite, CellMark, ResultRow, WriteOptions } from './writeplan';
export { sanitizeText, gridsAfterWrites } from './writeplan';
