/**
 * The Office.js adapter: the only code that talks to Excel. It reads sheets into grids in a constant
 * number of context.sync() calls, and applies the engine's write plan in one batch, keeping every
 * overwritten cell in the very-hidden sheet `_selfeval_backup` so that undo is exact, also after the
 * workbook was saved and reopened.
 *
 * Syncs: check = 2 (sheet names; all used ranges, merges and the backup at once); check + write-back = 4
 * (+ one to read fills, notes and protection of the cells about to change, + one to write); undo = 2.
 * Larger payloads than Excel on the web accepts are split into more write syncs.
 */
import {
  CheckOptions,
  SheetAnalysis,
  SheetGrid,
  Cell,
  CellValue,
  analyzeSheet,
  buildWritePlan,
  WriteOptions,
  WritePlan,
  parseAddr,
  gridsAfterWrites,
} from '../../engine';
import { RESULT_SHEET } from '../../engine/writeplan';
import { UserError } from '../../engine/errors';
import { BACKUP_SHEET, Backup, BackupEntry, backupKey, backupRows, parseBackupRows, pruneBackup, stillHoldsWritten, substituteOriginals } from '../../engine/backup';
import { FILL_COLOR, RESULT_COL, RESULT_WIDTHS, RESULT_WRAPPED, legendRows, linkFormula, resultHeader, resultRowHeight, resultSheetRows } from '../../engine/resultsheet';

/** A cell as Office.js gives it: the value and, when it holds one, the formula. */
export interface OfficeCell {
  v: string | number | boolean | null;
  f: string | null;
}

/** The fill as Office.js describes it: a colour and, where ExcelApi 1.9 is there, the pattern. */
export interface OfficeFill {
  color: string | null;
  pattern: string | null;
}

export type Run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface Capabilities {
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject. Without it, merged areas are not known (labels still are). */
  mergedAreas: boolean;
  /** ExcelApi 1.18: notes. */
  notes: boolean;
  /** ExcelApi 1.10: threaded comments, used for explanations where notes are missing. */
  comments: boolean;
  /** ExcelApi 1.9: Fill.pattern, to tell "no fill" from a white fill. */
  fillPattern: boolean;
  /** ExcelApi 1.6: Application.suspendApiCalculationUntilNextSync. */
  suspendCalc: boolean;
  /** ExcelApi 1.9: Worksheet.pageLayout (the 校验结果 sheet printed landscape, one page wide). */
  pageLayout?: boolean;
}

export function capabilities(isSetSupported: (name: string, version: string) => boolean): Capabilities {
  const s = (v: string) => {
    try {
      return isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  return { mergedAreas: s('1.13'), notes: s('1.18'), comments: s('1.10'), fillPattern: s('1.9'), suspendCalc: s('1.6'), pageLayout: s('1.9') };
}

/** A failure the user can act on (protected sheet, cell being edited, …). Nothing was changed. */
export class ExcelUserError extends UserError {}

/** Turns an Office.js error into a message that says what to do. */
export function explainOfficeError(e: unknown): ExcelUserError {
  if (e instanceof ExcelUserError) return e;
  const code = (e as { code?: string })?.code ?? '';
  const msg = e instanceof Error ? e.message : String(e);
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return new ExcelUserError('Excel 正处于单元格编辑状态：请先按 Enter 或 Esc 结束编辑，再点击按钮。', 'Excel is in cell-edit mode: press Enter or Esc, then try again.');
    case 'AccessDenied':
    case 'InsertDeleteConflict':
      return new ExcelUserError('工作表受保护或工作簿为只读，无法写入：请撤销工作表保护（审阅 → 撤销工作表保护）后重试。', 'The sheet is protected or the workbook is read-only: unprotect it and try again.');
    case 'RequestPayloadSizeLimitExceeded':
    case 'PayloadTooLarge':
      return new ExcelUserError('一次写入的数据超过了 Excel 网页版的 5MB 限制：请分别校验各工作表后再写回。', 'The write exceeds the 5 MB limit of Excel on the web: check and write back one sheet at a time.');
    case 'ItemNotFound':
      return new ExcelUserError('找不到要处理的工作表或单元格（可能已改名或删除）：请重新校验。', 'A sheet or cell was not found (renamed or deleted?): check again.');
    default:
      return new ExcelUserError(`Excel 返回错误${code ? `（${code}）` : ''}：${msg.slice(0, 200)}。请保存工作簿后重试。`, `Excel reported an error${code ? ` (${code})` : ''}: ${msg.slice(0, 200)}`);
  }
}

const OWN = [RESULT_SHEET, BACKUP_SHEET];

/** Number formats that show a date (y/d codes outside quotes and brackets). */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt || fmt === 'General') return false;
  const f = fmt.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '');
  return /[yd]/i.test(f) && !/^[#0.,%\s]*$/.test(f);
}

/** Excel serial date (1900 system) → yyyy-mm-dd. */
export function serialToIso(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  return new Date(ms).toISOString().slice(0, 10);
}

/** One Office.js cell (value, formula, number format, value type) → the engine's cell. */
export function officeToCell(v: unknown, f: unknown, fmt: string | undefined, type: string | undefined): Cell | undefined {
  const formula = typeof f === 'string' && f.startsWith('=') ? f.slice(1) : undefined;
  let value: CellValue;
  if (type === 'Error') value = { t: 'error', v: String(v) };
  else if (typeof v === 'boolean') value = { t: 'boolean', v };
  else if (typeof v === 'number') value = isDateFormat(fmt) ? { t: 'date', v: serialToIso(v) } : { t: 'number', v };
  else if (typeof v === 'string' && v !== '') value = { t: 'text', v };
  else if (formula) value = { t: 'empty' };
  else return undefined;
  const cell: Cell = { value };
  if (fmt && fmt !== 'General') cell.numFmt = fmt;
  if (formula) cell.formula = formula;
  return cell;
}

function cellFromBackup(e: BackupEntry<OfficeCell>): Cell | undefined {
  return officeToCell(e.value?.v ?? null, e.value?.f ?? null, e.numFmt ?? undefined, undefined);
}

/** The part after the last "!" of an A1 address ("'S 1'!A1:B2" → "A1:B2"). */
export function localAddress(address: string): string {
  const i = address.lastIndexOf('!');
  return i >= 0 ? address.slice(i + 1) : address;
}

/** A sheet-qualified address for Office.js ("'It''s'!A1"). */
export function qualified(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

interface ReadResult {
  grids: SheetGrid[];
  backup: Backup<OfficeCell>;
  hasOwnSheets: { result: boolean; backup: boolean };
  sheetNames: string[];
}

/** Office.js cell writes are limited per request on the web (5 MB): this many cells per write sync. */
export const CELLS_PER_SYNC = 20000;

export interface AdapterOptions {
  /** Cell operations per write sync (Excel on the web refuses requests over 5 MB). */
  cellsPerSync?: number;
  /** Cells per read sync when a workbook is too large to read at once. */
  cellsPerRead?: number;
}

/** Cells read per sync on the large-workbook path (four properties each stay well under 5 MB). */
export const CELLS_PER_READ = 50000;

function isPayloadLimit(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? '';
  return /PayloadSizeLimitExceeded|PayloadTooLarge/i.test(code);
}

/** What toGrid needs of a used range (an Excel.Range, or blocks of one put together). */
export interface UsedData {
  isNullObject: boolean;
  rowIndex: number;
  columnIndex: number;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
}

export interface WriteBackResult {
  analyses: SheetAnalysis[];
  /** The report of the workbook as it is after the write-back (no further sync needed). */
  after: SheetAnalysis[];
  plan: WritePlan;
  written: number;
  /** Cells coloured for a finding (written cells have a fill of their own and are not counted here). */
  marked: number;
  skippedFormulas: number;
  /** Computed values not written because the weights they rest on are inconsistent (listed in 校验结果). */
  heldBack: number;
}

export class ExcelAdapter {
  private readonly cellsPerSync: number;
  private readonly cellsPerRead: number;
  /**
   * Changes to notes or comments that may no longer exist (the user removed them): run after the main batch,
   * one by one if together they fail, so that a missing one cannot stop the rest.
   */
  private deferred: Array<() => void> = [];

  constructor(
    private readonly run: Run,
    private readonly caps: Capabilities,
    opts: AdapterOptions = {},
  ) {
    this.cellsPerSync = opts.cellsPerSync ?? CELLS_PER_SYNC;
    this.cellsPerRead = opts.cellsPerRead ?? CELLS_PER_READ;
  }

  /** Reads the active sheet or every sheet (selfeval's own sheets left out) in two syncs. */
  async read(scope: 'active' | 'all'): Promise<ReadResult> {
    return this.run(async (ctx) => this.readIn(ctx, scope));
  }

  private async readIn(ctx: Excel.RequestContext, scope: 'active' | 'all'): Promise<ReadResult> {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    const active = sheets.getActiveWorksheet();
    active.load('name');
    await ctx.sync();
    const names = sheets.items.map((w) => w.name);
    const targets = (scope === 'active' ? [active.name] : names).filter((n) => !OWN.includes(n));
    const reads = targets.map((name) => {
      const ws = sheets.getItem(name);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('values,formulas,numberFormat,valueTypes,rowIndex,columnIndex');
      return { name, used, merged: this.loadMerges(ws) };
    });
    let backupRange: Excel.Range | null = null;
    if (names.includes(BACKUP_SHEET)) {
      backupRange = sheets.getItem(BACKUP_SHEET).getUsedRangeOrNullObject(true);
      backupRange.load('values');
    }
    const own = { result: names.includes(RESULT_SHEET), backup: names.includes(BACKUP_SHEET) };
    try {
      await ctx.sync();
    } catch (e) {
      // Too much for one response (Excel on the web answers at most 5 MB): read again in row blocks.
      if (!isPayloadLimit(e)) throw e;
      return { ...(await this.readChunked(ctx, targets, own.backup)), hasOwnSheets: own, sheetNames: names };
    }
    const grids = reads.map(({ name, used, merged }) => toGrid(name, used, merged));
    const backup = backupRange && !backupRange.isNullObject ? parseBackupRows<OfficeCell>(backupRange.values) : new Map();
    return { grids, backup, hasOwnSheets: own, sheetNames: names };
  }

  /** The large-workbook path: sizes first, then blocks of rows, each sync within the response limit. */
  private async readChunked(ctx: Excel.RequestContext, targets: string[], hasBackup: boolean): Promise<{ grids: SheetGrid[]; backup: Backup<OfficeCell> }> {
    const sheets = ctx.workbook.worksheets;
    const heads = targets.map((name) => {
      const ws = sheets.getItem(name);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      return { name, ws, used, merged: this.loadMerges(ws) };
    });
    await ctx.sync();
    const data = new Map<string, UsedData>();
    type Block = { name: string; range: Excel.Range };
    const blocks: Block[][] = [[]];
    let budget = 0;
    for (const h of heads) {
      if (h.used.isNullObject) continue;
      data.set(h.name, { isNullObject: false, rowIndex: h.used.rowIndex, columnIndex: h.used.columnIndex, values: [], formulas: [], numberFormat: [], valueTypes: [] });
      const cols = Math.max(1, h.used.columnCount);
      const rowsPer = Math.max(1, Math.floor(this.cellsPerRead / cols));
      for (let r = 0; r < h.used.rowCount; r += rowsPer) {
        const n = Math.min(rowsPer, h.used.rowCount - r);
        if (budget + n * cols > this.cellsPerRead && blocks[blocks.length - 1].length) {
          blocks.push([]);
          budget = 0;
        }
        const range = h.ws.getRangeByIndexes(h.used.rowIndex + r, h.used.columnIndex, n, cols);
        blocks[blocks.length - 1].push({ name: h.name, range });
        budget += n * cols;
      }
    }
    for (const group of blocks) {
      for (const b of group) b.range.load('values,formulas,numberFormat,valueTypes');
      await ctx.sync();
      for (const b of group) {
        const d = data.get(b.name)!;
        d.values.push(...b.range.values);
        d.formulas.push(...b.range.formulas);
        d.numberFormat.push(...b.range.numberFormat);
        d.valueTypes.push(...(b.range.valueTypes as string[][]));
      }
    }
    let backup: Backup<OfficeCell> = new Map();
    if (hasBackup) {
      const br = sheets.getItem(BACKUP_SHEET).getUsedRangeOrNullObject(true);
      br.load('values');
      await ctx.sync();
      if (!br.isNullObject) backup = parseBackupRows<OfficeCell>(br.values);
    }
    const grids = heads.map((h) => toGrid(h.name, data.get(h.name) ?? { isNullObject: true, rowIndex: 0, columnIndex: 0, values: [], formulas: [], numberFormat: [], valueTypes: [] }, h.merged));
    return { grids, backup };
  }

  /** Queues loading a sheet's merged areas (ExcelApi 1.13); null where Excel is older. */
  private loadMerges(ws: Excel.Worksheet): Excel.RangeAreas | null {
    if (!this.caps.mergedAreas) return null;
    const merged = ws.getRange().getMergedAreasOrNullObject();
    merged.load('areas/items/address');
    return merged;
  }

  /** Checks without writing. */
  async check(scope: 'active' | 'all', opts: CheckOptions = {}): Promise<SheetAnalysis[]> {
    const r = await this.read(scope);
    return r.grids.map((g) => analyzeSheet(g, opts));
  }

  /**
   * Checks and writes back in one Excel.run: computed values, fills and notes, the 校验结果 sheet and
   * the backup. Protected sheets are found before anything is written, and then nothing is.
   */
  async writeBack(scope: 'active' | 'all', opts: CheckOptions & WriteOptions = {}): Promise<WriteBackResult> {
    return this.run(async (ctx) => {
      const r = await this.readIn(ctx, scope);
      substituteOriginals(r.grids, r.backup, cellFromBackup);
      const analyses = r.grids.map((g) => analyzeSheet(g, opts));
      const plan = buildWritePlan(analyses, opts);
      const backup = r.backup;

      // Sync 3: protection of the sheets to change, and the fills and notes of the cells to change.
      const touched = new Map<string, { sheet: string; cell: string }>();
      for (const w of plan.writes) touched.set(backupKey(w.sheet, w.cell), w);
      for (const m of plan.marks) touched.set(backupKey(m.sheet, m.cell), m);
      for (const e of backup.values()) if (e.marked) touched.set(backupKey(e.sheet, e.cell), e);
      const sheetsToChange = new Set([...touched.values()].map((t) => t.sheet));
      const protections = [...sheetsToChange].filter((n) => r.sheetNames.includes(n)).map((name) => {
        const p = ctx.workbook.worksheets.getItem(name).protection;
        p.load('protected');
        return { name, p };
      });
      const probes = new Map<string, { fill: Excel.RangeFill; note: Excel.Note | null; range: Excel.Range }>();
      for (const [k, t] of touched) {
        if (backup.has(k) || !r.sheetNames.includes(t.sheet)) continue; // known already, or gone
        const range = ctx.workbook.worksheets.getItem(t.sheet).getRange(t.cell);
        range.load('values,formulas,numberFormat');
        const fill = range.format.fill;
        fill.load(this.caps.fillPattern ? 'color,pattern' : 'color');
        let note: Excel.Note | null = null;
        if (this.caps.notes) {
          note = ctx.workbook.notes.getItemOrNullObject(qualified(t.sheet, t.cell));
          note.load('content');
        }
        probes.set(k, { fill, note, range });
      }
      await ctx.sync();
      const locked = protections.filter((x) => x.p.protected).map((x) => x.name);
      if (locked.length)
        throw new ExcelUserError(
          `工作表“${locked.join('”“')}”受保护，未做任何修改：请先撤销工作表保护（审阅 → 撤销工作表保护），再写回得分。`,
          `Sheet(s) ${locked.join(', ')} are protected; nothing was changed. Unprotect them and write back again.`,
        );
      for (const [k, pr] of probes) {
        const t = touched.get(k)!;
        backup.set(k, {
          sheet: t.sheet,
          cell: t.cell,
          value: { v: pr.range.values[0][0], f: typeof pr.range.formulas[0][0] === 'string' && String(pr.range.formulas[0][0]).startsWith('=') ? String(pr.range.formulas[0][0]) : null },
          numFmt: String(pr.range.numberFormat[0][0] ?? 'General'),
          fill: { color: pr.fill.color ?? null, pattern: this.caps.fillPattern ? pr.fill.pattern : null } as OfficeFill,
          note: pr.note && !pr.note.isNullObject ? pr.note.content : null,
          overwritten: false,
          marked: false,
        });
      }

      // Sync 4 (more when the payload is large): everything else.
      if (this.caps.suspendCalc) ctx.application.suspendApiCalculationUntilNextSync();
      const ops: Array<() => void> = [];
      const sheet = (name: string) => ctx.workbook.worksheets.getItem(name);
      // Marks of an earlier run go first; this run's marks are put back below. A cell marked again keeps
      // its note from the earlier run, which gets the new text.
      const markedNow = new Set(plan.marks.map((m) => backupKey(m.sheet, m.cell)));
      const hadOurNote = new Set<string>();
      for (const [k, e] of backup) {
        if (!e.marked || !r.sheetNames.includes(e.sheet)) continue;
        const again = markedNow.has(k);
        if (again) hadOurNote.add(k);
        ops.push(() => this.restoreLook(ctx, e, !again));
        e.marked = false;
      }
      let written = 0;
      for (const w of plan.writes) {
        const e = backup.get(backupKey(w.sheet, w.cell))!;
        e.overwritten = true;
        e.written = w.value;
        ops.push(() => {
          const rg = sheet(w.sheet).getRange(w.cell);
          rg.values = [[w.value]];
          rg.numberFormat = [[w.numFmt]];
        });
        written++;
      }
      // Values first, then fills, then notes.
      for (const m of plan.marks) ops.push(() => (sheet(m.sheet).getRange(m.cell).format.fill.color = FILL_COLOR[m.look]));
      for (const m of plan.marks) {
        const e = backup.get(backupKey(m.sheet, m.cell))!;
        e.marked = true;
        const k = backupKey(m.sheet, m.cell);
        ops.push(() => this.setNote(ctx, m.sheet, m.cell, m.note, e.note !== null || hadOurNote.has(k)));
      }
      pruneBackup(backup);
      ops.push(() => this.writeResultSheet(ctx, plan, r.hasOwnSheets.result));
      ops.push(() => this.writeBackupSheet(ctx, backup, r.hasOwnSheets.backup));
      await this.flush(ctx, ops, plan.writes.length + plan.marks.length);
      const after = gridsAfterWrites(r.grids, plan).map((g) => analyzeSheet(g, opts));
      return { analyses, after, plan, written, marked: plan.marks.filter((m) => m.look !== 'written').length, skippedFormulas: plan.skipped.length, heldBack: plan.held.length };
    });
  }

  /** Undoes every write-back: values, formulas, formats, fills and notes; removes selfeval's sheets. */
  async undo(): Promise<{ restored: number; kept: string[]; hadBackup: boolean }> {
    return this.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name');
      await ctx.sync();
      const names = sheets.items.map((w) => w.name);
      if (!names.includes(BACKUP_SHEET)) return { restored: 0, kept: [], hadBackup: false };
      const used = sheets.getItem(BACKUP_SHEET).getUsedRangeOrNullObject(true);
      used.load('values');
      await ctx.sync();
      const backup = used.isNullObject ? new Map() : parseBackupRows<OfficeCell>(used.values);
      // Current values of the written cells: one written over since by the user is kept.
      const current = new Map<string, Excel.Range>();
      for (const [k, e] of backup) {
        if (!e.overwritten || !names.includes(e.sheet)) continue;
        const rg = sheets.getItem(e.sheet).getRange(e.cell);
        rg.load('values');
        current.set(k, rg);
      }
      await ctx.sync();
      const kept: string[] = [];
      let restored = 0;
      if (this.caps.suspendCalc) ctx.application.suspendApiCalculationUntilNextSync();
      const ops: Array<() => void> = [];
      for (const [k, e] of backup) {
        if (!names.includes(e.sheet)) continue;
        if (e.overwritten) {
          if (stillHoldsWritten(e, current.get(k)?.values?.[0]?.[0])) {
            ops.push(() => {
              const rg = sheets.getItem(e.sheet).getRange(e.cell);
              if (e.value?.f) rg.formulas = [[e.value.f]];
              else rg.values = [[e.value?.v ?? '']];
              rg.numberFormat = [[e.numFmt ?? 'General']];
            });
          } else kept.push(`${e.sheet}!${e.cell}`);
        }
        if (e.marked) ops.push(() => this.restoreLook(ctx, e));
        restored++;
      }
      ops.push(() => {
        for (const n of [RESULT_SHEET, BACKUP_SHEET]) if (names.includes(n)) sheets.getItem(n).delete();
      });
      await this.flush(ctx, ops, backup.size);
      return { restored, kept, hadBackup: true };
    });
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

  /** Runs queued operations, syncing every CELLS_PER_SYNC cell operations (Excel on the web's payload limit). */
  private async flush(ctx: Excel.RequestContext, ops: Array<() => void>, cellOps: number): Promise<void> {
    this.deferred = [];
    const per = cellOps > this.cellsPerSync ? Math.ceil(ops.length / Math.ceil(cellOps / this.cellsPerSync)) : ops.length;
    for (let i = 0; i < ops.length; i += per) {
      for (const op of ops.slice(i, i + per)) op();
      await ctx.sync();
    }
    await this.runDeferred(ctx);
  }

  private async runDeferred(ctx: Excel.RequestContext): Promise<void> {
    const list = this.deferred;
    this.deferred = [];
    if (list.length === 0) return;
    for (const op of list) op();
    try {
      await ctx.sync();
    } catch {
      for (const op of list) {
        op();
        await ctx.sync().catch(() => undefined); // that note or comment is gone already
      }
    }
  }

  private restoreLook(ctx: Excel.RequestContext, e: BackupEntry<OfficeCell>, note = true): void {
    const rg = ctx.workbook.worksheets.getItem(e.sheet).getRange(e.cell);
    const fill = (e.fill ?? null) as OfficeFill | null;
    const none = !fill || fill.pattern === 'None' || (fill.pattern === null && (!fill.color || fill.color.toUpperCase() === '#FFFFFF'));
    if (none) rg.format.fill.clear();
    else rg.format.fill.color = fill!.color!;
    if (note) this.setNote(ctx, e.sheet, e.cell, typeof e.note === 'string' ? e.note : null, true);
  }

  /** Sets (or with null, removes) the explanation on a cell: a note (1.18), else a comment (1.10). */
  private setNote(ctx: Excel.RequestContext, sheet: string, cell: string, text: string | null, mayExist: boolean): void {
    const addr = qualified(sheet, cell);
    if (this.caps.notes) {
      if (mayExist) {
        // The note may have been removed by the user since: done apart, so that it cannot fail the batch.
        this.deferred.push(() => {
          const n = ctx.workbook.notes.getItemOrNullObject(addr);
          if (text === null) n.delete();
          else n.content = text;
        });
        return;
      }
      if (text !== null) ctx.workbook.notes.add(addr, text);
      return;
    }
    if (this.caps.comments && !mayExist && text !== null) ctx.workbook.comments.add(addr, text);
    else if (this.caps.comments && text === null) this.deferred.push(() => ctx.workbook.comments.getItemByCell(addr).delete());
  }

  private writeResultSheet(ctx: Excel.RequestContext, plan: WritePlan, exists: boolean): void {
    const sheets = ctx.workbook.worksheets;
    if (exists) sheets.getItem(RESULT_SHEET).delete();
    const ws = sheets.add(RESULT_SHEET);
    const header = resultHeader(plan.lang);
    const rows = resultSheetRows(plan);
    const values: Array<Array<string | number>> = [header, ...rows.map((r) => r.values)];
    const all = ws.getRangeByIndexes(0, 0, values.length, header.length);
    // Text is written as text: a leading ' keeps Excel from reading "=…" typed by anyone as a formula.
    all.numberFormat = values.map((row, i) => row.map((v, j) => (typeof v === 'number' || (j === RESULT_COL.link && rows[i - 1]?.link) ? 'General' : '@')));
    all.values = values;
    rows.forEach((r, i) => {
      ws.getRangeByIndexes(i + 1, 0, 1, 1).format.rowHeight = resultRowHeight(r.values);
      if (r.link) ws.getRangeByIndexes(i + 1, RESULT_COL.link, 1, 1).formulas = [['=' + linkFormula(r.link.sheet, r.link.cell)]];
      if (r.look) ws.getRangeByIndexes(i + 1, RESULT_COL.severity, 1, 1).format.fill.color = FILL_COLOR[r.look];
    });
    ws.getRangeByIndexes(0, 0, 1, header.length).format.font.bold = true;
    // Widths in points: about 7 points a character of the default font.
    RESULT_WIDTHS.forEach((w, c) => (ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * 7));
    for (const c of RESULT_WRAPPED) ws.getRangeByIndexes(0, c, values.length, 1).format.wrapText = true;
    all.format.verticalAlignment = 'Top' as Excel.VerticalAlignment.top;
    const legend = legendRows(plan.lang);
    const at = values.length + 1;
    const title = ws.getRangeByIndexes(at, RESULT_COL.severity, 1, 1);
    title.values = [[legend.title]];
    title.format.font.bold = true;
    legend.items.forEach((item, k) => {
      const word = ws.getRangeByIndexes(at + 1 + k, RESULT_COL.severity, 1, 1);
      word.values = [[item.word]];
      word.format.fill.color = FILL_COLOR[item.look];
      const text = ws.getRangeByIndexes(at + 1 + k, RESULT_COL.message, 1, 1);
      text.values = [[item.text]];
      text.format.rowHeight = resultRowHeight(['', '', '', '', '', item.text]);
    });
    ws.freezePanes.freezeRows(1);
    if (this.caps.pageLayout) {
      // Landscape, one page wide, header row on every page (ExcelApi 1.9, Worksheet.pageLayout).
      ws.pageLayout.orientation = 'Landscape' as Excel.PageOrientation.landscape;
      ws.pageLayout.zoom = { horizontalFitToPages: 1 };
      ws.pageLayout.setPrintTitleRows('$1:$1');
    }
  }

  private writeBackupSheet(ctx: Excel.RequestContext, backup: Backup<OfficeCell>, exists: boolean): void {
    const sheets = ctx.workbook.worksheets;
    if (exists) sheets.getItem(BACKUP_SHEET).delete();
    const ws = sheets.add(BACKUP_SHEET);
    const rows = backupRows(backup);
    const rg = ws.getRangeByIndexes(0, 0, rows.length, 3);
    rg.numberFormat = rows.map((r) => r.map(() => '@'));
    rg.values = rows;
    ws.visibility = 'VeryHidden' as Excel.SheetVisibility.veryHidden;
  }
}

/** Builds a grid from a used range (values, formulas, formats, types) and the sheet's merged areas. */
export function toGrid(name: string, used: UsedData | Excel.Range, merged: Excel.RangeAreas | null): SheetGrid {
  const rows: Array<Array<Cell | undefined> | undefined> = [];
  if (!used.isNullObject) {
    const r0 = used.rowIndex;
    const c0 = used.columnIndex;
    used.values.forEach((row, i) => {
      const out: Array<Cell | undefined> = [];
      row.forEach((v, j) => {
        const cell = officeToCell(v, used.formulas[i][j], used.numberFormat[i][j] as string, used.valueTypes[i][j] as string);
        if (cell) out[c0 + j] = cell;
      });
      rows[r0 + i] = out;
    });
  }
  const merges = [];
  if (merged && !merged.isNullObject) {
    for (const area of merged.areas.items) {
      const [a, b] = localAddress(area.address).split(':');
      const s = parseAddr(a);
      const e = parseAddr(b ?? a);
      if (s && e) merges.push({ top: s.r, left: s.c, bottom: e.r, right: e.c });
    }
  }
  return { name, rows, merges };
}
