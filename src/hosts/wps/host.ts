/**
 * The WPS host: a WorkbookHost over WPS 表格's object model (ET), for the task pane opened by the WPS add-in
 * (docs/wps.md). Every action asks for the active workbook again, so one pane serves every open workbook.
 * ET calls are synchronous; the methods are async only to share the pane's WorkbookHost interface.
 */
import { CheckOptions, SheetAnalysis, WriteOptions, analyzeSheet } from '../../engine';
import type { UserError } from '../../engine/errors';
import type { Scope, UndoResult, WorkbookHost, WriteBackResult } from '../workbook-host';
import { EtApplication, EtWorkbook } from './et';
import { activeBook, explainWpsError } from './errors';
import { readSheet, sheetNamed } from './read';
import { targetSheets, writeBack } from './write';
import { undo } from './undo';
import { PROFILE_NAME } from '../../engine/own-sheets';

export { PROFILE_NAME };

export class WpsHost implements WorkbookHost {
  constructor(private readonly app: () => EtApplication) {}

  private book(): EtWorkbook {
    return activeBook(this.app());
  }

  async check(scope: Scope, opts: CheckOptions = {}): Promise<SheetAnalysis[]> {
    return targetSheets(this.book(), scope).map((s) => analyzeSheet(readSheet(s), opts));
  }

  async writeBack(scope: Scope, opts: CheckOptions & WriteOptions = {}): Promise<WriteBackResult> {
    return writeBack(this.app(), scope, opts);
  }

  async undo(): Promise<UndoResult> {
    return undo(this.app());
  }

  /** Brings the sheet to the front and selects the cell (Select needs its sheet to be the active one). */
  async select(sheet: string, cell: string): Promise<void> {
    const ws = sheetNamed(this.book(), sheet);
    if (!ws) return;
    ws.Activate();
    ws.Range(cell).Select();
  }

  savedProfile(): string | null {
    try {
      const names = this.book().Names;
      for (let i = 1; i <= names.Count; i++) {
        const n = names.Item(i);
        if (n.Name.toLowerCase() !== PROFILE_NAME) continue;
        const m = /^="([^"]*)"$/.exec(n.RefersTo);
        return m ? m[1] : null;
      }
    } catch {
      /* no workbook, or names cannot be read: no saved profile */
    }
    return null;
  }

  async workbookProfile(): Promise<string | null> {
    return this.savedProfile(); // in WPS the hidden name is where the choice is kept
  }

  /** Keeps the profile as a hidden name (not listed in 名称管理器), so the file remembers it in every program. */
  async saveProfile(name: string): Promise<void> {
    if (!/^[\w-]+$/.test(name)) return;
    try {
      this.book().Names.Add(PROFILE_NAME, `="${name}"`, false);
    } catch {
      /* a workbook that refuses names still works; the choice is simply not kept */
    }
  }

  explain(e: unknown): UserError {
    return explainWpsError(e);
  }
}
