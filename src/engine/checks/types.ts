/** The shape every check module follows: metadata plus a pure run function (ESLint-rule style). */
import { GridView } from '../grid';
import { At, TableModel } from '../model';
import { Profile } from '../profiles';
import { ScoredTable } from '../score';

export type Severity = 'error' | 'warning' | 'info';

export interface CheckMeta {
  /** Stable public code (domain §5). */
  code: string;
  severity: Severity;
  /** What the check catches, in Chinese. */
  description: string;
  /** Which cell the finding points at. */
  cell: string;
  /** Short English description. */
  descriptionEn: string;
  /**
   * The finding is about the value entered in its cell, and writing back the computed value answers it
   * (SCORE_MISMATCH, SCORE_MISSING, …): a written cell then shows the "written" fill rather than the finding's.
   */
  fixedByWriteBack?: boolean;
}

/** A finding before it is given its code, severity and A1 address. */
export interface RawFinding {
  at: At;
  zh: string;
  en: string;
}

export interface TableContext {
  scored: ScoredTable;
  table: TableModel;
  profile: Profile;
  view: GridView;
}

export interface SheetContext {
  view: GridView;
  tables: TableModel[];
}

export interface TableCheck {
  meta: CheckMeta;
  scope: 'table';
  run(ctx: TableContext): RawFinding[];
}

export interface SheetCheck {
  meta: CheckMeta;
  scope: 'sheet';
  run(ctx: SheetContext): RawFinding[];
}

export type Check = TableCheck | SheetCheck;
