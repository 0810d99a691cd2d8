/**
 * Reading cells within Excel's limits: blocks of rows, as many per sync as the budget allows, halved on a size error
 * or on values that come back null; merged areas alongside, bisected when a range has more than 512 of them.
 */
import { BACKUP_SHEET } from '../../engine/own-sheets';
import { Limits } from './capabilities';
import { ExcelUserError, isGlobalError, isSizeError } from './errors';
import { UsedData, areasOf } from './convert';

export type Rect = { top: number; left: number; bottom: number; right: number };

export interface Block {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/** Blocks of whole rows of a rectangle, each at most `cells` cells (at least one row). */
export function split(sheet: string, r: Rect, cells: number): Block[] {
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
export async function readBlocks(
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
