/** The xlsx host: bytes in, reports and fixed bytes out. Used by the CLI and the standalone page. */
import {
  CheckOptions,
  SheetAnalysis,
  SheetReport,
  analyzeSheet,
  buildWritePlan,
  WritePlan,
  WriteOptions,
} from '../../engine';
import type ExcelJS from 'exceljs';
import { Cell, SheetGrid } from '../../engine/grid';
import { substituteOriginals } from '../../engine/backup';
import { ApplyResult, applyPlan, excelJsValue, hasBackup, readBackup, restoreWorkbook } from './apply';
import { loadWorkbook, saveWorkbook } from './load';
import { toCellValue, workbookToGrids } from './read';
import { partReader, profileIn, savedProfileOf, withWhatExcelJsDrops } from './workbook-xml';
import { PROFILES } from '../../engine/profiles';
import { AUTO_PROFILE } from '../../engine/profiles/choose';

/**
 * Without a profile chosen here, the one the workbook keeps (chosen earlier in the pane, `selfeval_profile`) is used,
 * and the report says it came from the workbook; a profile given here (the CLI's --profile) wins.
 */
function withSavedProfile<T extends CheckOptions>(saved: string | null, opts: T): T {
  if (opts.profile !== undefined && opts.profile !== AUTO_PROFILE) return opts;
  return saved && PROFILES[saved] ? { ...opts, profile: saved, profileSource: 'workbook' } : opts;
}

export {
  UserError,
  loadWorkbook,
  saveWorkbook,
  sniff,
  zipDirectory,
  guardInflationStream,
  MAX_UNCOMPRESSED,
  setXlsReader,
  isLegacyXls,
} from './load';
export { applyPlan, restoreWorkbook, readBackup, linkFormula, hasBackup } from './apply';
export { sheetToGrid, workbookToGrids, toCellValue } from './read';
export { summaryXlsx, summaryCsv } from './summary';
export { setInflateRaw } from './workbook-xml';
export { partsExcelJsDrops } from './dropped-parts';

export interface WorkbookCheck {
  sheets: SheetReport[];
  analyses: SheetAnalysis[];
}

export async function checkXlsx(data: Uint8Array | ArrayBuffer, opts: CheckOptions = {}): Promise<WorkbookCheck> {
  const wb = await loadWorkbook(data);
  opts = withSavedProfile(await savedProfileOf(data), opts);
  const analyses = workbookToGrids(wb).map((g) => analyzeSheet(g, opts));
  return { sheets: analyses.map((a) => a.report), analyses };
}

export interface FixResult extends WorkbookCheck {
  bytes: Uint8Array;
  plan: WritePlan;
  applied: ApplyResult;
}

/**
 * The grids as the user wrote them: cells selfeval overwrote (and the user has not changed since) read
 * with their original values, so that fixing a fixed copy plans exactly what the first fix did.
 */
export function originalGrids(wb: ExcelJS.Workbook): SheetGrid[] {
  const grids = workbookToGrids(wb);
  substituteOriginals(grids, readBackup(wb), (e) => {
    const { value, formula } = toCellValue(excelJsValue(e.value));
    const cell: Cell = { value };
    if (e.numFmt) cell.numFmt = e.numFmt;
    if (formula) cell.formula = formula;
    return cell;
  });
  return grids;
}

export async function fixXlsx(
  data: Uint8Array | ArrayBuffer,
  opts: CheckOptions & WriteOptions = {},
): Promise<FixResult> {
  const wb = await loadWorkbook(data);
  const src = partReader(data); // one reading of the file's parts, for the profile and what ExcelJS drops
  opts = withSavedProfile(profileIn(await src.text('xl/workbook.xml')), opts);
  const analyses = originalGrids(wb).map((g) => analyzeSheet(g, opts));
  const plan = buildWritePlan(analyses, opts);
  const applied = applyPlan(wb, plan);
  const bytes = await withWhatExcelJsDrops(src, await saveWorkbook(wb));
  return { sheets: analyses.map((a) => a.report), analyses, plan, applied, bytes };
}

export async function restoreXlsx(
  data: Uint8Array | ArrayBuffer,
): Promise<{ bytes: Uint8Array; restored: number; kept: string[]; hadBackup: boolean }> {
  const wb = await loadWorkbook(data);
  const hadBackup = hasBackup(wb);
  const { restored, kept } = restoreWorkbook(wb);
  const bytes = await withWhatExcelJsDrops(partReader(data), await saveWorkbook(wb));
  return { bytes, restored, kept, hadBackup };
}
