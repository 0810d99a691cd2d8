/**
 * What the task pane needs of a spreadsheet program it runs in (Excel today, WPS next): check, write back,
 * undo, go to a cell, and the profile the workbook remembers. Each host implements it over its own object
 * model; the pane knows nothing else about the host.
 */
import { CheckOptions, SheetAnalysis, WriteOptions, WritePlan, analyzeSheet, gridsAfterWrites } from '../engine';
import type { SheetGrid } from '../engine/grid';
import type { UserError } from '../engine/errors';

export type Scope = 'active' | 'all';

export interface WriteBackResult {
  analyses: SheetAnalysis[];
  /** The report of the workbook as it is after the write-back. */
  after: SheetAnalysis[];
  plan: WritePlan;
  written: number;
  /** Cells coloured for a finding (written cells have a fill of their own and are not counted here). */
  marked: number;
  skippedFormulas: number;
  /** Computed values not written because the weights they rest on are inconsistent (listed in 校验结果). */
  heldBack: number;
  /** Explanations that could not be attached (e.g. the cell holds a threaded comment); listed in 校验结果 all the same. */
  notesNotAttached: number;
}

export interface UndoResult {
  restored: number;
  /** Written cells the user changed since: left as the user made them. */
  kept: string[];
  hadBackup: boolean;
}

export interface WorkbookHost {
  check(scope: Scope, opts?: CheckOptions): Promise<SheetAnalysis[]>;
  writeBack(scope: Scope, opts?: CheckOptions & WriteOptions): Promise<WriteBackResult>;
  undo(): Promise<UndoResult>;
  select(sheet: string, cell: string): Promise<void>;
  /** The profile chosen for this workbook, kept in the workbook. */
  savedProfile(): string | null;
  /**
   * The profile the workbook keeps in the hidden defined name `selfeval_profile` (written by the WPS host; the CLI
   * reads it too), for a workbook this host has no choice of its own for. Null when there is none.
   */
  workbookProfile(): Promise<string | null>;
  saveProfile(name: string): Promise<void>;
  /** Any failure of this host, as a message that says what to do (Chinese message, English `en`). */
  explain(e: unknown): UserError;
}

/** What every host reports after applying a plan: the counts, and the report of the workbook as it now is. */
export function resultOfWriteBack(
  analyses: SheetAnalysis[],
  grids: SheetGrid[],
  plan: WritePlan,
  opts: CheckOptions,
  notesNotAttached: number,
): WriteBackResult {
  return {
    analyses,
    after: gridsAfterWrites(grids, plan).map((g) => analyzeSheet(g, opts)),
    plan,
    written: plan.writes.length,
    marked: plan.marks.filter((m) => m.look !== 'written').length,
    skippedFormulas: plan.skipped.length,
    heldBack: plan.held.length,
    notesNotAttached,
  };
}
