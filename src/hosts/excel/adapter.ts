/**
 * The Excel host: the only code that runs Excel.run. A thin WorkbookHost over read.ts, write.ts and undo.ts;
 * what each Office behaviour relied on is and where Microsoft documents it: docs/addin.md.
 *
 * Syncs: check = 3 (names; used ranges, label rows and backup; cells and merged areas); write-back = 6 (+ probe,
 * + backup alone, + cells), more when a workbook is larger than one answer or one request may carry.
 */
import { CheckOptions, SheetAnalysis, WriteOptions, analyzeSheet } from '../../engine';
import type { Scope, UndoResult, WorkbookHost, WriteBackResult } from '../workbook-host';
import { Capabilities, Limits, Platform, defaultLimits } from './capabilities';
import { ExcelUserError, explainOfficeError } from './errors';
import { readWorkbook } from './read';
import { writeBack } from './write';
import { undo } from './undo';
import { PROFILE_NAME } from '../../engine/own-sheets';

export type Run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Office.context.document.settings, or a stand-in: where the workbook keeps the chosen profile. */
export interface SettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: () => void): void;
}

export interface AdapterOptions {
  /** Excel on the web limits each request and answer to 5 MB; the desktop does not. */
  platform?: Platform;
  /** Cell operations per write sync. */
  cellsPerSync?: number;
  /** Cells read per sync (halved on a size error). */
  cellsPerRead?: number;
  settings?: SettingsLike;
}

const PROFILE_KEY = 'selfeval.profile';

export class ExcelAdapter implements WorkbookHost {
  private readonly limits: Limits;
  private readonly settings: SettingsLike | null;

  constructor(
    private readonly run: Run,
    private readonly caps: Capabilities,
    opts: AdapterOptions = {},
  ) {
    const d = defaultLimits(opts.platform ?? 'desktop');
    this.limits = {
      cellsPerRead: opts.cellsPerRead ?? d.cellsPerRead,
      cellsPerSync: opts.cellsPerSync ?? d.cellsPerSync,
    };
    this.settings = opts.settings ?? null;
  }

  async check(scope: Scope, opts: CheckOptions = {}): Promise<SheetAnalysis[]> {
    const r = await this.run((ctx) => readWorkbook(ctx, this.caps, scope, this.limits));
    return r.grids.map((g) => analyzeSheet(g, opts));
  }

  /** Checks and writes back in one Excel.run; protected sheets or structure are found before anything is written. */
  writeBack(scope: Scope, opts: CheckOptions & WriteOptions = {}): Promise<WriteBackResult> {
    return this.run((ctx) => writeBack(ctx, this.caps, scope, opts, this.limits));
  }

  /** Undoes every write-back: values, formulas, formats, fills and notes; removes selfeval's sheets. */
  undo(): Promise<UndoResult> {
    return this.run((ctx) => undo(ctx, this.caps, this.limits));
  }

  /** Selects a finding's cell and brings its sheet to the front. */
  async select(sheetName: string, cell: string): Promise<void> {
    await this.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheetName);
      ws.activate();
      ws.getRange(cell).select();
      await ctx.sync();
    });
  }

  /** The profile chosen for this workbook (kept in the workbook, so the file remembers it). */
  savedProfile(): string | null {
    try {
      const v = this.settings?.get(PROFILE_KEY);
      return typeof v === 'string' ? v : null;
    } catch {
      return null;
    }
  }

  /** The hidden defined name another host left (NamedItemCollection.getItemOrNullObject, ExcelApi 1.4). */
  async workbookProfile(): Promise<string | null> {
    try {
      return await this.run(async (ctx) => {
        const n = ctx.workbook.names.getItemOrNullObject(PROFILE_NAME);
        n.load('value,type');
        await ctx.sync();
        return !n.isNullObject && n.type === 'String' && typeof n.value === 'string' ? n.value : null;
      });
    } catch {
      return null; // an Excel without the API, or a name that cannot be read: choose as usual
    }
  }

  saveProfile(name: string): Promise<void> {
    return new Promise((resolve) => {
      try {
        if (!this.settings) return resolve();
        this.settings.set(PROFILE_KEY, name);
        this.settings.saveAsync(() => resolve());
      } catch {
        resolve();
      }
    });
  }

  explain(e: unknown): ExcelUserError {
    return explainOfficeError(e);
  }
}
