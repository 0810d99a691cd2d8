/**
 * Write-back in Excel, in an order that survives a failure part-way (Office does not roll a batch back):
 *   syncs 1–3  read (read.ts);
 *   sync 4     protection of the sheets and of the workbook's structure, and what the cells about to change hold
 *              (value, formula, format, fill, note): nothing is written if anything is protected;
 *   sync 5     the backup, alone: every cell is recorded before any cell changes;
 *   sync 6+    values, fills, notes and 校验结果 (split by `cellsPerSync`), then explanations that may fail alone.
 */
import { CheckOptions, WriteOptions, analyzeSheet, buildWritePlan } from '../../engine';
import { backupKey, pruneBackup, substituteOriginals } from '../../engine/backup';
import { recordWriteBack, touchedCells } from '../../engine/writeback';
import { FILL_COLOR } from '../../engine/resultsheet';
import { WriteBackResult, resultOfWriteBack } from '../workbook-host';
import { Capabilities, Limits } from './capabilities';
import { ExcelUserError } from './errors';
import { flush, loadInSyncs } from './batch';
import { OfficeCell, OfficeFill, cellFromBackup, isNoFill, officeFillOf } from './convert';
import { portableNote } from '../../engine/backup-portable';
import { readWorkbook } from './read';
import { Deferred, probeNote, setExplanation } from './notes';
import { resultSheetOps, saveBackup } from './sheets';

export async function writeBack(
  ctx: Excel.RequestContext,
  caps: Capabilities,
  scope: 'active' | 'all',
  opts: CheckOptions & WriteOptions,
  limits: Limits,
): Promise<WriteBackResult> {
  const r = await readWorkbook(ctx, caps, scope, limits);
  substituteOriginals(r.grids, r.backup, (e) => cellFromBackup(e.value, e.numFmt));
  const analyses = r.grids.map((g) => analyzeSheet(g, opts));
  const plan = buildWritePlan(analyses, opts);
  const backup = r.backup;
  pruneBackup(backup); // entries an earlier, completed run left with nothing to record

  // Sync 4: protection, and what the cells to change hold now.
  const touched = touchedCells(plan, backup, (name) => r.sheetNames.includes(name));
  const sheetsToChange = [...new Set([...touched.values()].map((t) => t.sheet))];
  let sheetProbes: Array<{
    name: string;
    protection: Excel.WorksheetProtection;
    comments: OfficeExtension.ClientResult<number> | null;
  }> = [];
  let structure: Excel.WorkbookProtection | null = null;
  const noteProbes = new Map<string, Excel.Note | null>();
  type Probe = { note: Excel.Note | null; cell: { range: Excel.Range; fill: Excel.RangeFill } | null };
  await loadInSyncs<[string, { sheet: string; cell: string }], Probe>(
    ctx,
    [...touched],
    limits.cellsPerSync,
    ([k, t]) => {
      const note = probeNote(ctx, caps, t.sheet, t.cell);
      if (backup.has(k)) return { note, cell: null }; // recorded by an earlier run
      const range = ctx.workbook.worksheets.getItem(t.sheet).getRange(t.cell);
      range.load('values,formulas,numberFormat');
      const fill = range.format.fill;
      fill.load(caps.fillPattern ? 'color,pattern,tintAndShade' : 'color');
      return { note, cell: { range, fill } };
    },
    ([k, t], pr) => {
      noteProbes.set(k, pr.note);
      if (!pr.cell) return;
      const f = pr.cell.range.formulas[0][0];
      const fill: OfficeFill = {
        color: pr.cell.fill.color ?? null,
        pattern: caps.fillPattern ? (pr.cell.fill.pattern ?? null) : null,
      };
      if (caps.fillPattern) fill.tintAndShade = pr.cell.fill.tintAndShade ?? null;
      backup.set(k, {
        sheet: t.sheet,
        cell: t.cell,
        value: {
          v: pr.cell.range.values[0][0] as OfficeCell['v'],
          f: typeof f === 'string' && f.startsWith('=') ? f : null,
        },
        numFmt: String(pr.cell.range.numberFormat[0][0] ?? 'General'),
        fill,
        note: pr.note && !pr.note.isNullObject ? pr.note.content : null,
        overwritten: false,
        marked: false,
      });
    },
    // Protection of the sheets to change and of the structure, and which sheets have threaded comments (a note
    // may be refused beside one: those sheets' notes are added apart), ride with the first sync.
    () => {
      const probes = sheetsToChange.map((name) => {
        const ws = ctx.workbook.worksheets.getItem(name);
        ws.protection.load('protected');
        const comments = caps.notes && caps.comments ? ws.comments.getCount() : null;
        return { name, protection: ws.protection, comments };
      });
      let wb: Excel.WorkbookProtection | null = null;
      if (caps.workbookProtection) {
        wb = ctx.workbook.protection;
        wb.load('protected');
      }
      return () => {
        sheetProbes = probes;
        structure = wb;
      };
    },
  );
  const locked = sheetProbes.filter((p) => p.protection.protected).map((p) => p.name);
  if (locked.length)
    throw new ExcelUserError(
      `工作表“${locked.join('”“')}”受保护，未做任何修改：请先撤销工作表保护（审阅 → 撤销工作表保护），再写回得分。`,
      `Sheet(s) ${locked.join(', ')} are protected; nothing was changed. Unprotect them and write back again.`,
    );
  if ((structure as Excel.WorkbookProtection | null)?.protected)
    throw new ExcelUserError(
      '工作簿结构受保护，无法添加“校验结果”工作表，未做任何修改：请先撤销“保护工作簿”（审阅 → 保护工作簿），再写回得分。',
      'The workbook structure is protected, so the 校验结果 sheet cannot be added; nothing was changed. Unprotect the workbook (Review → Protect Workbook) and write back again.',
    );
  const withComments = new Set(sheetProbes.filter((p) => (p.comments?.value ?? 0) > 0).map((p) => p.name));

  // The backup as it will be once this run is done (engine/writeback.ts: the sequence every host follows).
  const recorded = recordWriteBack(backup, plan);
  const unmark = recorded.unmark.filter((e) => r.sheetNames.includes(e.sheet));
  const hadOurs = recorded.markedAgain;

  // Sync 5: the backup first, alone.
  await saveBackup(ctx, backup, r.own.backup);

  // Sync 6+: the cells, then 校验结果.
  if (caps.suspendCalc) ctx.application.suspendApiCalculationUntilNextSync();
  const deferred = new Deferred();
  const ops: Array<() => void> = [];
  const range = (sheet: string, cell: string) => ctx.workbook.worksheets.getItem(sheet).getRange(cell);
  const noteNow = (k: string): boolean | null => {
    const n = noteProbes.get(k);
    return n ? !n.isNullObject : null;
  };
  for (const e of unmark)
    ops.push(() => {
      restoreFill(range(e.sheet, e.cell), officeFillOf(e.fill));
      const k = backupKey(e.sheet, e.cell);
      setExplanation(ctx, caps, deferred, e.sheet, e.cell, portableNote(e.note), noteNow(k), withComments.has(e.sheet));
    });
  for (const w of plan.writes)
    ops.push(() => {
      const rg = range(w.sheet, w.cell);
      rg.values = [[w.value]];
      rg.numberFormat = [[w.numFmt]];
    });
  for (const m of plan.marks) ops.push(() => (range(m.sheet, m.cell).format.fill.color = FILL_COLOR[m.look]));
  for (const m of plan.marks) {
    const k = backupKey(m.sheet, m.cell);
    const exists = caps.notes ? noteNow(k) : hadOurs.has(k);
    ops.push(() => setExplanation(ctx, caps, deferred, m.sheet, m.cell, m.note, exists, withComments.has(m.sheet)));
  }
  ops.push(...resultSheetOps(ctx, caps, plan, r.own.result));
  await flush(ctx, ops, plan.writes.length + plan.marks.length + unmark.length, limits.cellsPerSync);
  const notesNotAttached = await deferred.run(ctx);
  return resultOfWriteBack(analyses, r.grids, plan, opts, notesNotAttached);
}

/** Puts a recorded fill back: "no fill" is cleared (setting #FFFFFF would make it a white fill). */
export function restoreFill(rg: Excel.Range, fill: OfficeFill | null): void {
  if (isNoFill(fill)) {
    rg.format.fill.clear();
    return;
  }
  rg.format.fill.color = fill!.color!;
  if (typeof fill!.tintAndShade === 'number' && fill!.tintAndShade !== 0)
    rg.format.fill.tintAndShade = fill!.tintAndShade;
}
