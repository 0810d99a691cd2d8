/** The xlsx host: bytes in, reports and fixed bytes out. Used by the CLI and the standalone page. */
import { CheckOptions, SheetAnalysis, SheetReport, analyzeSheet, buildWritePlan, WritePlan, WriteOptions } from '../../engine';
import { ApplyResult, applyPlan, hasBackup, restoreWorkbook } from './apply';
import { loadWorkbook, saveWorkbook } from './load';
import { workbookToGrids } from './read';

export { UserError, loadWorkbook, saveWorkbook, sniff, zipUncompressedSize, MAX_UNCOMPRESSED } from './load';
export { applyPlan, restoreWorkbook, readBackup, linkFormula, hasBackup } from './apply';
export { sheetToGrid, workbookToGrids, toCellValue } from './read';

export interface WorkbookCheck {
  sheets: SheetReport[];
  analyses: SheetAnalysis[];
}

export async function checkXlsx(data: Uint8Array | ArrayBuffer, opts: CheckOptions = {}): Promise<WorkbookCheck> {
  const wb = await loadWorkbook(data);
  const analyses = workbookToGrids(wb).map((g) => analyzeSheet(g, opts));
  return { sheets: analyses.map((a) => a.report), analyses };
}

export interface FixResult extends WorkbookCheck {
  bytes: Uint8Array;
  plan: WritePlan;
  applied: ApplyResult;
}

export async function fixXlsx(data: Uint8Array | ArrayBuffer, opts: CheckOptions & WriteOptions = {}): Promise<FixResult> {
  const wb = await loadWorkbook(data);
  const analyses = workbookToGrids(wb).map((g) => analyzeSheet(g, opts));
  const plan = buildWritePlan(analyses, opts);
  const applied = applyPlan(wb, plan);
  return { sheets: analyses.map((a) => a.report), analyses, plan, applied, bytes: await saveWorkbook(wb) };
}

export async function restoreXlsx(data: Uint8Array | ArrayBuffer): Promise<{ bytes: Uint8Array; restored: number; hadBackup: boolean }> {
  const wb = await loadWorkbook(data);
  const hadBackup = hasBackup(wb);
  const { restored } = restoreWorkbook(wb);
  return { bytes: await saveWorkbook(wb), restored, hadBackup };
}
