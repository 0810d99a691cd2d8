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
import { RESULT_SHEET } from '../../engine/resultsheet';
import { Capabilities, Limits } from './capabilities';
import { ExcelUserError, isGlobalError, isSizeError } from './errors';
import { OfficeCell, UsedData, areasOf, toGrid } from './convert';

export const OWN_SHEETS = [RESULT_SHEET, BACKUP_SHEET];

export interface ReadResult {
  grids: SheetGrid[];
  backup: Backup<OfficeCell>;
  own: { result: boolean; backup: boolean };
  sheetNames: string[];
}

type Rect = { top: number; left: number; bottom: number; right: number };

interface Block {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
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

/** Blocks of whole rows of a rectangle, each at most `cells` cells (at least one row). */
function split(sheet: string, r: Rect, cells: number): Block[] {
  const cols = r.right - r.left + 1;
  const per = Math.max(1, Math.floor(cells / cols));
  const out: Block[] = [];
  for (let top = r.top; top <= r.bottom; top += per)
    out.push({ sheet, top, left: r.left, rows: Math.min(per, r.bottom - top + 1), cols });
  return out;
}

function halves(b: Block): Block[] {
  const a = Math.ceil(b.rows / 2);
  return [
    { ...b, rows: a },
    { ...b, top: b.top + a, rows: b.rows - a },
  ];
}

const cellCount = (b: Block): number => b.rows * b.cols;

function tooLarge(b: Block): ExcelUserError {
  return new ExcelUserError(
    `工作表“${b.sheet}”第 ${b.top + 1} 行过大，Excel 无法读取：请删除该行中无用的内容后重试。`,
    `Row ${b.top + 1} of sheet ${b.sheet} is too large for Excel to read: delete unused content in it and try again.`,
  );
}

/**
 * Reads blocks, as many per sync as the budget allows. A sync that fails for its size is retried with half the
 * budget; a block whose values come back null is read again in halves. Merged areas ride along in the first
 * sync; if that sync fails they are read apart (readMerges).
 */
async function readBlocks(
  ctx: Excel.RequestContext,
  blocks: Block[],
  props: string,
  cellsPerRead: number,
  mergeRects: Array<{ sheet: string; rect: Rect }>,
): Promise<{ data: Map<string, UsedData[]>; merges: Map<string, Rect[]> }> {
  const data = new Map<string, UsedData[]>();
  let merges: Map<string, Rect[]> | null = mergeRects.length ? null : new Map();
  let budget = cellsPerRead;
  const queue = [...blocks];
  while (queue.length || merges === null) {
    const group: Block[] = [];
    let n = 0;
    while (queue.length && (group.length === 0 || n + cellCount(queue[0]) <= budget)) {
      const b = queue.shift()!;
      if (cellCount(b) > budget && b.rows > 1) {
        queue.unshift(...halves(b));
        continue;
      }
      group.push(b);
      n += cellCount(b);
    }
    const ranges = group.map((b) => {
      const rg = ctx.workbook.worksheets.getItem(b.sheet).getRangeByIndexes(b.top, b.left, b.rows, b.cols);
      rg.load(props);
      return rg;
    });
    const withMerges = merges === null ? queueMerges(ctx, mergeRects) : null;
    try {
      await ctx.sync();
    } catch (e) {
      if (isGlobalError(e)) throw e;
      queue.unshift(...group);
      if (withMerges) {
        // The merged areas may be what failed (more than 512 in a range; the error is not documented): read them
        // apart, then the cells again.
        merges = await readMerges(ctx, mergeRects);
        continue;
      }
      if (!isSizeError(e)) throw e;
      if (group.length === 1 && group[0].rows === 1) throw tooLarge(group[0]);
      budget = Math.max(1, Math.floor(budget / 2));
      continue;
    }
    if (withMerges) merges = collectMerges(withMerges);
    const names = props.split(',');
    group.forEach((b, i) => {
      const rg = ranges[i] as unknown as Record<string, unknown[][] | null>;
      const got = Object.fromEntries(names.map((p) => [p, rg[p]])) as Record<string, unknown[][] | null>;
      if (names.some((p) => got[p] === null || got[p] === undefined)) {
        // Values may come back null rather than fail when a range is too large: read it again in halves.
        if (b.rows === 1) throw tooLarge(b);
        queue.unshift(...halves(b));
        return;
      }
      const list = data.get(b.sheet) ?? [];
      const values = got.values ?? [];
      list.push({
        rowIndex: b.top,
        columnIndex: b.left,
        values,
        formulas: got.formulas ?? values,
        numberFormat: got.numberFormat ?? [],
        valueTypes: got.valueTypes ?? [],
      });
      data.set(b.sheet, list);
    });
  }
  return { data, merges: merges ?? new Map() };
}

function queueMerges(
  ctx: Excel.RequestContext,
  rects: Array<{ sheet: string; rect: Rect }>,
): Array<{ sheet: string; areas: Excel.RangeAreas }> {
  return rects.map(({ sheet, rect }) => {
    const areas = ctx.workbook.worksheets
      .getItem(sheet)
      .getRangeByIndexes(rect.top, rect.left, rect.bottom - rect.top + 1, rect.right - rect.left + 1)
      .getMergedAreasOrNullObject();
    areas.load('address');
    return { sheet, areas };
  });
}

function collectMerges(list: Array<{ sheet: string; areas: Excel.RangeAreas }>): Map<string, Rect[]> {
  const out = new Map<string, Rect[]>();
  for (const { sheet, areas } of list) {
    const seen = new Set((out.get(sheet) ?? []).map((r) => `${r.top},${r.left},${r.bottom},${r.right}`));
    const rects = out.get(sheet) ?? [];
    if (!areas.isNullObject)
      for (const r of areasOf(areas.address)) {
        const k = `${r.top},${r.left},${r.bottom},${r.right}`;
        if (!seen.has(k)) rects.push(r);
        seen.add(k);
      }
    out.set(sheet, rects);
  }
  return out;
}

/**
 * Merged areas read apart: all sheets at once; failing that, halves of the sheets, and a sheet that fails alone
 * (more than 512 merged areas in one range: Range.getMergedAreasOrNullObject "will fail to return the result") in
 * halves of its rows, down to single rows. An area crossing a block boundary is reported whole by both blocks and
 * kept once.
 */
async function readMerges(
  ctx: Excel.RequestContext,
  rects: Array<{ sheet: string; rect: Rect }>,
): Promise<Map<string, Rect[]>> {
  const out = new Map<string, Rect[]>();
  const add = (m: Map<string, Rect[]>): void => {
    for (const [sheet, list] of m) {
      const have = out.get(sheet) ?? [];
      const keys = new Set(have.map((r) => `${r.top},${r.left},${r.bottom},${r.right}`));
      for (const r of list) if (!keys.has(`${r.top},${r.left},${r.bottom},${r.right}`)) have.push(r);
      out.set(sheet, have);
    }
  };
  const tryRead = async (list: Array<{ sheet: string; rect: Rect }>): Promise<boolean> => {
    const q = queueMerges(ctx, list);
    try {
      await ctx.sync();
    } catch (e) {
      if (isGlobalError(e)) throw e;
      return false;
    }
    add(collectMerges(q));
    return true;
  };
  // Bisect: halves of the list of sheets, then halves of a failing sheet's rows, down to one row.
  const pending: Array<Array<{ sheet: string; rect: Rect }>> = [rects];
  while (pending.length) {
    const list = pending.shift()!;
    if (await tryRead(list)) continue;
    if (list.length > 1) {
      const mid = Math.ceil(list.length / 2);
      pending.unshift(list.slice(0, mid), list.slice(mid));
      continue;
    }
    const [{ sheet, rect }] = list;
    if (rect.top === rect.bottom) continue; // one row that cannot be read: its merges stay unknown (labels are still read)
    const mid = rect.top + Math.floor((rect.bottom - rect.top) / 2);
    pending.unshift([{ sheet, rect: { ...rect, bottom: mid } }], [{ sheet, rect: { ...rect, top: mid + 1 } }]);
  }
  return out;
}

/** The backup sheet read in blocks of rows when it did not fit in one answer. */
export async function readBackupInBlocks(
  ctx: Excel.RequestContext,
  rect: Rect | null,
  limits: Limits,
): Promise<unknown[][]> {
  if (!rect) return [];
  const blocks = split(BACKUP_SHEET, rect, limits.cellsPerRead);
  const { data } = await readBlocks(ctx, blocks, 'values', limits.cellsPerRead, []);
  const rows: unknown[][] = [];
  for (const b of data.get(BACKUP_SHEET) ?? []) b.values.forEach((r, i) => (rows[b.rowIndex - rect.top + i] = r));
  return rows.filter(Boolean);
}
