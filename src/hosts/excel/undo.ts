/**
 * Undo in Excel: every cell recorded in the backup goes back (a written cell the user changed since keeps the
 * user's value), then 校验结果 and the backup sheet are removed — the backup made merely hidden first, as
 * Worksheet.delete requires. Protection is checked before anything changes.
 */
import { BACKUP_SHEET, Backup, backupKey, parseBackupRows, stillHoldsWritten } from '../../engine/backup';
import { RESULT_SHEET } from '../../engine/resultsheet';
import type { UndoResult } from '../workbook-host';
import { Capabilities, Limits } from './capabilities';
import { ExcelUserError, isSizeError } from './errors';
import { OfficeCell, officeFillOf } from './convert';
import { portableCell, portableNote } from '../../engine/backup-portable';
import { readBackupInBlocks } from './blocks';
import { Deferred, probeNote, setExplanation } from './notes';
import { deleteBackupSheet } from './sheets';
import { restoreFill } from './write';
import { flush } from './batch';

export async function undo(ctx: Excel.RequestContext, caps: Capabilities, limits: Limits): Promise<UndoResult> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  await ctx.sync();
  const names = sheets.items.map((w) => w.name);
  if (!names.includes(BACKUP_SHEET)) return { restored: 0, kept: [], hadBackup: false };
  const backup = await readBackup(ctx, limits);

  // What the recorded cells hold now, whether they have a note, and protection.
  const entries = [...backup.values()].filter((e) => names.includes(e.sheet));
  const current = new Map<string, Excel.Range>();
  const notes = new Map<string, Excel.Note | null>();
  for (const e of entries) {
    const k = backupKey(e.sheet, e.cell);
    if (e.overwritten) {
      const rg = sheets.getItem(e.sheet).getRange(e.cell);
      rg.load('values');
      current.set(k, rg);
    }
    if (e.marked) notes.set(k, probeNote(ctx, caps, e.sheet, e.cell));
  }
  const protections = [...new Set(entries.map((e) => e.sheet))].map((name) => {
    const p = sheets.getItem(name).protection;
    p.load('protected');
    return { name, p };
  });
  let structure: Excel.WorkbookProtection | null = null;
  if (caps.workbookProtection) {
    structure = ctx.workbook.protection;
    structure.load('protected');
  }
  await ctx.sync();
  const locked = protections.filter((x) => x.p.protected).map((x) => x.name);
  if (locked.length)
    throw new ExcelUserError(
      `工作表“${locked.join('”“')}”受保护，未做任何修改：请先撤销工作表保护，再撤销写回。`,
      `Sheet(s) ${locked.join(', ')} are protected; nothing was changed. Unprotect them and undo again.`,
    );
  if (structure?.protected)
    throw new ExcelUserError(
      '工作簿结构受保护，无法删除“校验结果”与备份工作表，未做任何修改：请先撤销“保护工作簿”，再撤销写回。',
      'The workbook structure is protected, so selfeval’s sheets cannot be removed; nothing was changed. Unprotect the workbook and undo again.',
    );

  if (caps.suspendCalc) ctx.application.suspendApiCalculationUntilNextSync();
  const deferred = new Deferred();
  const kept: string[] = [];
  const ops: Array<() => void> = [];
  for (const e of entries) {
    const k = backupKey(e.sheet, e.cell);
    if (e.overwritten) {
      if (stillHoldsWritten(e, current.get(k)?.values?.[0]?.[0])) {
        ops.push(() => {
          const rg = sheets.getItem(e.sheet).getRange(e.cell);
          const was = portableCell(e.value); // recorded by any host
          if (was.f) rg.formulas = [[was.f]];
          else {
            // Text goes back under the Text format, as typed text stays text ("95", "=100%"), then the cell gets
            // its own format back; the operations run in this order within the batch.
            if (typeof was.v === 'string') rg.numberFormat = [['@']];
            rg.values = [[was.v ?? '']];
          }
          rg.numberFormat = [[e.numFmt ?? 'General']];
        });
      } else kept.push(`${e.sheet}!${e.cell}`);
    }
    if (e.marked)
      ops.push(() => {
        restoreFill(sheets.getItem(e.sheet).getRange(e.cell), officeFillOf(e.fill));
        const n = notes.get(k);
        // With comments (older Excel) the comment on a marked cell is selfeval's own.
        const exists = caps.notes ? (n ? !n.isNullObject : null) : true;
        setExplanation(ctx, caps, deferred, e.sheet, e.cell, portableNote(e.note), exists, false);
      });
  }
  ops.push(() => {
    if (names.includes(RESULT_SHEET)) sheets.getItem(RESULT_SHEET).delete();
    deleteBackupSheet(ctx);
  });
  await flush(ctx, ops, entries.length, limits.cellsPerSync);
  await deferred.run(ctx);
  return { restored: entries.length, kept, hadBackup: true };
}

/** The backup sheet's rows, read whole or, when that answer is too large, in blocks. */
async function readBackup(ctx: Excel.RequestContext, limits: Limits): Promise<Backup<OfficeCell>> {
  const used = ctx.workbook.worksheets.getItem(BACKUP_SHEET).getUsedRangeOrNullObject(true);
  used.load('values');
  try {
    await ctx.sync();
    if (used.isNullObject) return new Map();
    if (used.values) return parseBackupRows<OfficeCell>(used.values); // null: too large a range, read in blocks
  } catch (e) {
    if (!isSizeError(e)) throw e;
  }
  const sized = ctx.workbook.worksheets.getItem(BACKUP_SHEET).getUsedRangeOrNullObject(true);
  sized.load('rowIndex,columnIndex,rowCount,columnCount');
  await ctx.sync();
  if (sized.isNullObject) return new Map();
  const rect = {
    top: sized.rowIndex,
    left: sized.columnIndex,
    bottom: sized.rowIndex + sized.rowCount - 1,
    right: sized.columnIndex + sized.columnCount - 1,
  };
  return parseBackupRows<OfficeCell>(await readBackupInBlocks(ctx, rect, limits));
}
