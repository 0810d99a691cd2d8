/**
 * Write-back in WPS, in an order that survives a failure part-way (each call changes the workbook at once;
 * there is no batch to roll back):
 *   1. read the sheets and the backup, plan (the engine);
 *   2. protection of the sheets to change and of the structure: nothing is written if any is protected;
 *   3. the backup, complete, before any cell changes;
 *   4. earlier marks lifted, values, fills and comments, then 校验结果 — with ScreenUpdating off;
 *   5. the user's sheet made active again (Sheets.Add activated selfeval's).
 */
import { CheckOptions, WriteOptions, analyzeSheet, buildWritePlan } from '../../engine';
import { pruneBackup, substituteOriginals } from '../../engine/backup';
import { recordWriteBack, touchedCells } from '../../engine/writeback';
import { FILL_COLOR } from '../../engine/resultsheet';
import { OWN_SHEETS } from '../../engine/own-sheets';
import { cellFromBackup } from '../cell-values';
import { Scope, WriteBackResult, resultOfWriteBack } from '../workbook-host';
import { EtApplication, EtWorkbook, EtWorksheet } from './et';
import { bgrOf, restoreLook, setComment, snapshot } from './cells';
import { readSheet, sheetsOf } from './read';
import { reactivate, readBackup, saveBackup, writeResultSheet } from './sheets';
import { activeBook, lockedMessage } from './errors';

/** The sheets a scope covers (selfeval's own left out). */
export function targetSheets(book: EtWorkbook, scope: Scope): EtWorksheet[] {
  const sheets = scope === 'active' ? [book.ActiveSheet] : sheetsOf(book);
  return sheets.filter((s) => !OWN_SHEETS.includes(s.Name));
}

/** Runs `fn` with the screen not redrawn for every cell, and puts the user's settings back whatever happens. */
export function quietly<T>(app: EtApplication, fn: () => T): T {
  const screen = app.ScreenUpdating;
  const alerts = app.DisplayAlerts;
  app.ScreenUpdating = false;
  app.DisplayAlerts = false; // Worksheet.Delete would otherwise ask the user to confirm
  try {
    return fn();
  } finally {
    app.ScreenUpdating = screen;
    app.DisplayAlerts = alerts;
  }
}

/** Refuses, before anything changes, when a sheet to change or the workbook's structure is protected. */
export function refuseProtected(book: EtWorkbook, sheets: EtWorksheet[], action: 'write' | 'undo'): void {
  const locked = sheets.filter((s) => s.ProtectContents).map((s) => s.Name);
  if (locked.length) throw lockedMessage('sheets', locked, action);
  if (book.ProtectStructure) throw lockedMessage('structure', [], action);
}

export function writeBack(app: EtApplication, scope: Scope, opts: CheckOptions & WriteOptions): WriteBackResult {
  const book = activeBook(app);
  const all = sheetsOf(book);
  const names = all.map((s) => s.Name);
  const byName = new Map(all.map((s) => [s.Name, s]));
  const activeName = book.ActiveSheet.Name;
  const grids = targetSheets(book, scope).map(readSheet);
  const backup = readBackup(book);
  substituteOriginals(grids, backup, (e) => cellFromBackup(e.value, e.numFmt));
  const analyses = grids.map((g) => analyzeSheet(g, opts));
  const plan = buildWritePlan(analyses, opts);
  pruneBackup(backup); // entries an earlier, completed run left with nothing to record

  const touched = touchedCells(plan, backup, (name) => names.includes(name));
  const toChange = [...new Set([...touched.values()].map((t) => t.sheet))].map((n) => byName.get(n)!);
  refuseProtected(book, toChange, 'write');
  for (const [k, t] of touched) if (!backup.has(k)) backup.set(k, snapshot(byName.get(t.sheet)!, t.sheet, t.cell));
  const { unmark } = recordWriteBack(backup, plan);

  quietly(app, () => {
    saveBackup(book, backup);
    const range = (sheet: string, cell: string) => byName.get(sheet)!.Range(cell);
    for (const e of unmark) restoreLook(range(e.sheet, e.cell), e);
    for (const w of plan.writes) {
      const rg = range(w.sheet, w.cell);
      rg.NumberFormat = w.numFmt;
      rg.Value2 = w.value;
    }
    for (const m of plan.marks) {
      const rg = range(m.sheet, m.cell);
      rg.Interior.Color = bgrOf(FILL_COLOR[m.look]);
      setComment(rg, m.note);
    }
    writeResultSheet(app, book, plan);
    reactivate(book, activeName); // 校验结果, if it was the active one, is new: it stays active
  });
  return resultOfWriteBack(analyses, grids, plan, opts, 0); // comments never fail alone in WPS: each is one call
}
