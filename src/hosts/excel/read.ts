/**
 * Reading a workbook through Office.js within its documented limits (docs/addin.md):
 *   sync 1  the sheets' names and the active sheet;
 *   sync 2  each sheet's used range, the rows that hold labels (constants and text formulas), and the backup;
 *   sync 3+ the cells of those rows in blocks of at most `cellsPerRead` cells, with the merged areas.
 * A block that is too large (a size error, or values that come back null) is read again in halves; merged
 * areas that fail (more than 512 in one range) are read again per sheet and per block of rows.
 */
import { SheetGrid } from '../../engine';
import { BACKUP_SHEET, Backup, parseBackupRows } from '../../engine/backup';
import { OWN_SHEETS, RESULT_SHEET } from '../../engine/own-sheets';
import { Capabilities, Limits } from './capabilities';
import { isSizeError } from './errors';
import { OfficeCell, areasOf, toGrid } from './convert';
import { Block, Rect, readBackupInBlocks, readBlocks, split } from './blocks';

export interface ReadResult {
  grids: SheetGrid[];
  backup: Backup<OfficeCell>;
  own: { result: boolean; backup: boolean };
  sheetNames: string[];
}

const CELL_PROPS = 'values,formulas,numberFormat,valueTypes';

export async function readWorkbook(
  ctx: Excel.RequestContext,
  caps: Capabilities,
  scope: 'active' | 'all',
  limits: Limits,
): Promise<ReadResult> {
  const sheets = ctx.workbook.worksheets;
  sheets.load('items/name');
  const active = sheets.getActiveWorksheet();
  active.load('name');
  await ctx.sync();
  const names = sheets.items.map((w) => w.name);
  const targets = (scope === 'active' ? [active.name] : names).filter((n) => !OWN_SHEETS.includes(n));
  const own = { result: names.includes(RESULT_SHEET), backup: names.includes(BACKUP_SHEET) };

  const heads = await readHeads(ctx, caps, targets, own.backup);
  const blocks: Block[] = [];
  for (const h of heads) if (h.rect) blocks.push(...split(h.name, h.rect, limits.cellsPerRead));
  const mergeRects = caps.mergedAreas ? heads.filter((h) => h.rect).map((h) => ({ sheet: h.name, rect: h.rect! })) : [];
  const { data, merges } = await readBlocks(ctx, blocks, CELL_PROPS, limits.cellsPerRead, mergeRects);
  const grids = heads.map((h) => toGrid(h.name, data.get(h.name) ?? [], merges.get(h.name) ?? []));

  let backup: Backup<OfficeCell> = new Map();
  if (own.backup) {
    const rows = heads.backupRows ?? (await readBackupInBlocks(ctx, heads.backupRect, limits));
    backup = parseBackupRows<OfficeCell>(rows);
  }
  return { grids, backup, own, sheetNames: names };
}

interface Head {
  name: string;
  /** The rows and columns to read: the used range, cut to the rows that hold labels. */
  rect: Rect | null;
}

type Heads = Head[] & { backupRows?: unknown[][]; backupRect: Rect | null };

/**
 * Sync 2. Where Excel can list special cells (ExcelApi 1.9), only the rows from the first to the last label
 * (a constant or a formula giving text) are read: a formula filled down to row 1,048,576 below a table adds
 * nothing to read. A failure here (too large an answer) is retried once with the sizes alone.
 */
async function readHeads(
  ctx: Excel.RequestContext,
  caps: Capabilities,
  targets: string[],
  hasBackup: boolean,
): Promise<Heads> {
  const attempt = async (full: boolean): Promise<Heads> => {
    const sheets = ctx.workbook.worksheets;
    const q = targets.map((name) => {
      const ws = sheets.getItem(name);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      let labels: Excel.RangeAreas[] = [];
      if (full && caps.specialCells) {
        const all = ws.getRange();
        labels = [all.getSpecialCellsOrNullObject('Constants'), all.getSpecialCellsOrNullObject('Formulas', 'Text')];
        for (const l of labels) l.load('address');
      }
      return { name, used, labels };
    });
    let backupUsed: Excel.Range | null = null;
    if (hasBackup) {
      backupUsed = sheets.getItem(BACKUP_SHEET).getUsedRangeOrNullObject(true);
      backupUsed.load(
        full ? 'values,rowIndex,columnIndex,rowCount,columnCount' : 'rowIndex,columnIndex,rowCount,columnCount',
      );
    }
    await ctx.sync();
    const heads = q.map(({ name, used, labels }) => ({ name, rect: bandOf(used, labels) })) as Heads;
    heads.backupRect = backupUsed && !backupUsed.isNullObject ? rectOf(backupUsed) : null;
    // Values that come back null (too large a range) are read again in blocks.
    if (full && backupUsed) heads.backupRows = backupUsed.isNullObject ? [] : (backupUsed.values ?? undefined);
    return heads;
  };
  try {
    return await attempt(true);
  } catch (e) {
    if (!isSizeError(e)) throw e;
    return attempt(false);
  }
}

function rectOf(used: Excel.Range): Rect {
  return {
    top: used.rowIndex,
    left: used.columnIndex,
    bottom: used.rowIndex + used.rowCount - 1,
    right: used.columnIndex + used.columnCount - 1,
  };
}

function bandOf(used: Excel.Range, labels: Excel.RangeAreas[]): Rect | null {
  if (used.isNullObject) return null;
  const rect = rectOf(used);
  if (labels.length === 0) return rect;
  const areas = labels.flatMap((l) => (l.isNullObject ? [] : areasOf(l.address)));
  if (areas.length === 0) return null; // no label anywhere: nothing a table could be made of
  const top = Math.max(rect.top, Math.min(...areas.map((a) => a.top)));
  const bottom = Math.min(rect.bottom, Math.max(...areas.map((a) => a.bottom)));
  return bottom >= top ? { ...rect, top, bottom } : null;
}
