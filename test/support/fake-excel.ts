/**
 * A fake Excel.RequestContext that follows Microsoft's documentation, not our code. Every behaviour it models cites
 * its source beside it; where the documentation is silent (an error code, say) the comment says so and the fake
 * takes the stricter reading. Members the add-in does not use are not modelled: using one throws.
 *
 * Sources (cited below by their short names):
 *  [proxy]     Application-specific API model — load() then sync() before reading; writes are queued and run, in
 *              order, at sync(): https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model
 *              (and office-addin-mock, which follows it)
 *  [limits]    Resource limits: "Excel on the web has a payload size limit for requests and responses of 5MB";
 *              "A range is limited to 5,000,000 cells for read operations":
 *              https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 *  [errors]    Error codes (RangeExceedsLimit, Request/ResponsePayloadSizeLimitExceeded "only in Excel on the web",
 *              InvalidOperationInCellEditMode, AccessDenied, ItemNotFound, ItemAlreadyExists, InvalidOperation):
 *              https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 *  [ws.delete] Worksheet.delete: "if the worksheet's visibility is set to "VeryHidden", the delete operation will fail
 *              with an InvalidOperation exception": https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)
 *  [merged]    Range.getMergedAreasOrNullObject: "if the merged areas count in this range is more than 512, then this
 *              method will fail to return the result": https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
 *  [special]   Range.getSpecialCellsOrNullObject (ExcelApi 1.9): https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspecialcellsornullobject-member(1)
 *  [nofill]    "No fill" reads back as #FFFFFF, like a white fill, and pattern does not tell them apart; tintAndShade
 *              is null for no fill and a number for a fill: office-js issues 4900 and 6218
 *              (https://github.com/OfficeDev/office-js/issues/4900, https://github.com/OfficeDev/office-js/issues/6218)
 *  [notes]     NoteCollection.add(cellAddress: Range | string such as "A1"; InvalidCellAddress otherwise), getItem(key:
 *              the cell address), Note.content, Note.delete (ExcelApi 1.18): https://learn.microsoft.com/javascript/api/excel/excel.notecollection
 *  [comments]  CommentCollection.add / getItemByCell: "If it's a string, it must contain the full address, including the
 *              sheet name"; Comment.content (ExcelApi 1.10): https://learn.microsoft.com/javascript/api/excel/excel.commentcollection
 *  [note|comment] A cell holds a note or a threaded comment, not both ("The difference between threaded comments and
 *              notes", https://support.microsoft.com/office/75a51eec-4092-42ab-abf8-7669077b7be3). The error code is
 *              not documented: InvalidOperation here.
 *  [protect]   Worksheet.protection and Workbook.protection (ExcelApi 1.2, 1.7): a protected sheet refuses changes to its
 *              cells and notes, a protected structure refuses adding, deleting and hiding sheets. The error code is not
 *              documented for each: AccessDenied here.
 *  [names]     NamedItemCollection.getItemOrNullObject (ExcelApi 1.4); NamedItem.value "the value computed by the name's
 *              formula" and type (String for ="hunan") (ExcelApi 1.1): https://learn.microsoft.com/javascript/api/excel/excel.nameditem
 *  [rollback]  Office runs a batch's operations in order and does not undo those that ran before one failed (the issue
 *              behind write-back's order; no transaction is documented).
 */
import ExcelJS from 'exceljs';
import { definedNamesOf } from './defined-names';
import { addr, parseAddr, parseRange } from '../../src/engine/grid';
import type { Capabilities } from '../../src/hosts/excel/capabilities';

export interface FakeFill {
  color: string;
  pattern: string | null;
  tintAndShade: number | null;
}

export interface FakeCell {
  v: string | number | boolean;
  f: string | null;
  fmt: string;
  type: 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';
  fill: FakeFill;
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  cells: Map<string, FakeCell>;
  merges: string[];
  /** What the add-in set in Worksheet.pageLayout (ExcelApi 1.9). */
  pageLayout?: { orientation: string; zoom: unknown; titleRows: string | null };
}

/** Which Excel the fake is: its platform, and what the documentation leaves open. */
export interface FakeExcelMode {
  /** [limits] the 5 MB request and response limit holds on the web only. */
  platform: 'desktop' | 'web';
  /** Bytes of JSON a request or an answer may carry on the web ([limits]: 5 MB). Smaller in tests of the split paths. */
  payloadBytes: number;
  /** [limits] cells one range may read. Smaller in tests of the split paths. */
  maxReadCells: number;
  /** Over that limit, the documented error (RangeExceedsLimit) or values that come back null (issue #11's report). */
  largeRead: 'error' | 'null';
  /** [merged] merged areas one range may report. */
  maxMergedAreas: number;
}

export const DESKTOP: FakeExcelMode = {
  platform: 'desktop',
  payloadBytes: 5 * 1024 * 1024,
  maxReadCells: 5_000_000,
  largeRead: 'error',
  maxMergedAreas: 512,
};
export const WEB: FakeExcelMode = { ...DESKTOP, platform: 'web' };

export interface FakeBook {
  sheets: FakeSheet[];
  active: number;
  /** Notes and threaded comments by "Sheet!A1". */
  notes: Map<string, string>;
  comments: Map<string, string>;
  /** Cached results of formulas (a fake cannot calculate). */
  formulaResults: Map<string, string | number | boolean>;
  /** The last range selected through Range.select(). */
  selection?: { sheet: string; address: string };
  /** [protect] workbook structure protection. */
  structureProtected?: boolean;
  /** [names] workbook-scoped defined names: name → formula ("=\"hunan\""). */
  names?: Map<string, string>;
  /** [errors] Excel is in cell-edit mode: every sync fails with InvalidOperationInCellEditMode. */
  cellEditMode?: boolean;
  mode?: FakeExcelMode;
}

/** [nofill] what Excel answers for a cell without fill. */
const NO_FILL: FakeFill = { color: '#FFFFFF', pattern: null, tintAndShade: null };

function emptyCell(): FakeCell {
  return { v: '', f: null, fmt: 'General', type: 'Empty', fill: { ...NO_FILL } };
}

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Op = () => void;

function notModelled(what: string): never {
  throw new Error(`fake Excel: ${what} is not modelled (the add-in should not need it)`);
}

class FakeProxy {
  protected loaded = new Map<string, unknown>();
  constructor(protected ctx: FakeContext) {}
  /** [proxy] a property read before it was loaded and synced throws. */
  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop))
      throw new Error(`PropertyNotLoaded: "${prop}" was not loaded, or read before context.sync()`);
    return this.loaded.get(prop) as T;
  }
  /**
   * Queues an operation. Each costs its data and about 100 bytes of request (the object path and the method; an
   * estimate — the request format is not documented), counted against the web's 5 MB [limits].
   */
  protected queue(op: Op, requestBytes = 0): void {
    this.ctx.queue.push(op);
    this.ctx.requestBytes += requestBytes + 100;
  }
  protected props(spec: string | string[]): string[] {
    return (Array.isArray(spec) ? spec : spec.split(',')).map((p) => p.trim()).filter(Boolean);
  }
}

export class FakeContext {
  queue: Op[] = [];
  syncs = 0;
  requestBytes = 0;
  responseBytes = 0;
  /** Throws this Office error at the next sync. */
  failNextSync: OfficeError | null = null;
  /** [rollback] fails the nth sync of this context after running its first `afterOps` operations. */
  failAt: { sync: number; afterOps: number; error: OfficeError } | null = null;
  readonly workbook: FakeWorkbook;
  readonly application = { suspendApiCalculationUntilNextSync: () => undefined };
  constructor(readonly book: FakeBook) {
    this.workbook = new FakeWorkbook(this);
  }
  get mode(): FakeExcelMode {
    return this.book.mode ?? DESKTOP;
  }
  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.queue;
    const request = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    if (this.failNextSync) {
      const e = this.failNextSync;
      this.failNextSync = null;
      throw e;
    }
    if (this.book.cellEditMode)
      throw new OfficeError(
        'InvalidOperationInCellEditMode',
        'The operation is not available while Excel is in Edit cell mode.',
      );
    // [limits] on the web a request over 5 MB is refused whole.
    if (this.mode.platform === 'web' && request > this.mode.payloadBytes)
      throw new OfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    // [rollback] operations run in order; one that fails stops the batch, and those before it stay done.
    if (this.failAt && this.failAt.sync === this.syncs) {
      ops.slice(0, this.failAt.afterOps).forEach((op) => op());
      throw this.failAt.error;
    }
    for (const op of ops) op();
    // [limits] on the web an answer over 5 MB fails (the operations ran).
    if (this.mode.platform === 'web' && this.responseBytes > this.mode.payloadBytes)
      throw new OfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
  }
  answer(bytes: number): void {
    this.responseBytes += bytes;
  }
  sheet(name: string): FakeSheet {
    const s = this.book.sheets.find((x) => x.name === name);
    if (!s) throw new OfficeError('ItemNotFound', `The requested resource doesn't exist: sheet ${name}`);
    return s;
  }
}

/** Approximate bytes of a value in the JSON answer. */
function jsonBytes(v: unknown): number {
  return JSON.stringify(v)?.length ?? 4;
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly comments: FakeComments;
  readonly protection: FakeWorkbookProtection;
  readonly names: FakeNames;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.comments = new FakeComments(ctx);
    this.protection = new FakeWorkbookProtection(ctx);
    this.names = new FakeNames(ctx);
  }
  get notes(): never {
    // [notes] documented with a local address or a Range: the add-in uses Worksheet.notes instead.
    return notModelled('Workbook.notes');
  }
}

/** [names] getItemOrNullObject(name) only; a name's value is its formula's result (a constant text here). */
class FakeNames extends FakeProxy {
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, name);
  }
}

class FakeNamedItem extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly name: string,
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get value(): unknown {
    return this.get('value');
  }
  get type(): string {
    return this.get('type');
  }
  load(_spec?: string): this {
    this.queue(() => {
      const names = this.ctx.book.names ?? new Map<string, string>();
      const key = [...names.keys()].find((k) => k.toLowerCase() === this.name.toLowerCase());
      this.loaded.set('isNullObject', key === undefined);
      if (key === undefined) return;
      const formula = names.get(key)!;
      const text = /^="(.*)"$/.exec(formula);
      const num = /^=(-?\d+(?:\.\d+)?)$/.exec(formula);
      this.loaded.set('type', text ? 'String' : num ? 'Double' : 'Range');
      this.loaded.set('value', text ? text[1] : num ? Number(num[1]) : formula.slice(1));
    });
    return this;
  }
}

class FakeWorkbookProtection extends FakeProxy {
  get protected(): boolean {
    return this.get('protected');
  }
  load(_spec?: string): this {
    this.queue(() => this.loaded.set('protected', !!this.ctx.book.structureProtected));
    return this;
  }
}

function structureLocked(ctx: FakeContext, what: string): void {
  // [protect] a protected structure refuses adding, deleting and hiding sheets.
  if (ctx.book.structureProtected)
    throw new OfficeError('AccessDenied', `the workbook structure is protected: cannot ${what}`);
}

class FakeWorksheetCollection extends FakeProxy {
  get items(): FakeWorksheet[] {
    return this.get('items');
  }
  load(spec: string): this {
    if (!/^items\//.test(spec)) notModelled(`WorksheetCollection.load("${spec}")`);
    const props = spec.split(',').map((p) => p.replace(/^items\//, '').trim());
    this.queue(() => {
      this.loaded.set(
        'items',
        this.ctx.book.sheets.map((s) => {
          const w = new FakeWorksheet(this.ctx, () => s.name);
          w.fill(props);
          return w;
        }),
      );
    });
    return this;
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.sheet(name).name);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheets[this.ctx.book.active].name);
  }
  add(name: string): FakeWorksheet {
    this.queue(() => {
      structureLocked(this.ctx, 'add a sheet');
      if (this.ctx.book.sheets.some((s) => s.name === name))
        throw new OfficeError('ItemAlreadyExists', `sheet ${name} exists`);
      this.ctx.book.sheets.push({ name, visibility: 'Visible', protected: false, cells: new Map(), merges: [] });
    });
    return new FakeWorksheet(this.ctx, () => this.ctx.sheet(name).name);
  }
}

class FakeWorksheet extends FakeProxy {
  readonly protection: FakeProtection;
  readonly notes: FakeNotes;
  readonly comments: FakeSheetComments;
  readonly freezePanes = { freezeRows: (_n: number) => undefined };
  constructor(
    ctx: FakeContext,
    readonly resolve: () => string,
  ) {
    super(ctx);
    this.protection = new FakeProtection(ctx, () => ctx.sheet(resolve()));
    this.notes = new FakeNotes(ctx, () => ctx.sheet(resolve()));
    this.comments = new FakeSheetComments(ctx, () => ctx.sheet(resolve()));
  }
  /** Worksheet.pageLayout (ExcelApi 1.9): what the add-in sets is kept for tests to read. */
  get pageLayout(): { orientation: string; zoom: unknown; setPrintTitleRows(rows: string): void } {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the accessors below are an object literal's
    const self = this;
    const layout = () => {
      const s = self.ctx.sheet(self.resolve());
      s.pageLayout ??= { orientation: 'Portrait', zoom: {}, titleRows: null };
      return s.pageLayout;
    };
    return {
      set orientation(v: string) {
        self.queue(() => (layout().orientation = v));
      },
      get orientation(): string {
        return notModelled('reading PageLayout.orientation');
      },
      set zoom(v: unknown) {
        self.queue(() => (layout().zoom = v));
      },
      get zoom(): unknown {
        return notModelled('reading PageLayout.zoom');
      },
      setPrintTitleRows(rows: string) {
        self.queue(() => (layout().titleRows = rows));
      },
    };
  }
  fill(props: string[]): void {
    const s = this.ctx.sheet(this.resolve());
    for (const p of props) {
      if (p !== 'name' && p !== 'visibility') notModelled(`Worksheet.${p}`);
      this.loaded.set(p, s[p]);
    }
  }
  get name(): string {
    return this.get('name');
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: string) {
    this.queue(() => {
      structureLocked(this.ctx, 'change a sheet’s visibility');
      this.ctx.sheet(this.resolve()).visibility = v as FakeSheet['visibility'];
    });
  }
  load(spec: string): this {
    const props = this.props(spec);
    this.queue(() => this.fill(props));
    return this;
  }
  activate(): void {
    this.queue(() => (this.ctx.book.active = this.ctx.book.sheets.findIndex((s) => s.name === this.resolve())));
  }
  delete(): void {
    this.queue(() => {
      const s = this.ctx.sheet(this.resolve());
      // [ws.delete] a very hidden sheet cannot be deleted.
      if (s.visibility === 'VeryHidden')
        throw new OfficeError('InvalidOperation', 'This operation is not permitted on a very hidden worksheet.');
      structureLocked(this.ctx, 'delete a sheet');
      this.ctx.book.sheets = this.ctx.book.sheets.filter((x) => x !== s);
      this.ctx.book.active = 0;
    });
  }
  getRange(a?: string): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.ctx.sheet(this.resolve());
      if (!a) return { sheet: s, top: 0, left: 0, bottom: 1048575, right: 16383 };
      const rg = parseRange(a);
      if (!rg) throw new OfficeError('InvalidArgument', `bad address ${a}`);
      return { sheet: s, ...rg };
    });
  }
  getRangeByIndexes(r: number, c: number, h: number, w: number): FakeRange {
    return new FakeRange(this.ctx, () => ({
      sheet: this.ctx.sheet(this.resolve()),
      top: r,
      left: c,
      bottom: r + h - 1,
      right: c + w - 1,
    }));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.ctx.sheet(this.resolve());
      let top = Infinity;
      let left = Infinity;
      let bottom = -1;
      let right = -1;
      for (const [a, cell] of s.cells) {
        const has =
          cell.type !== 'Empty' ||
          cell.f !== null ||
          (!valuesOnly && (cell.fill.tintAndShade !== null || cell.fmt !== 'General'));
        if (!has) continue;
        const p = parseAddr(a)!;
        top = Math.min(top, p.r);
        left = Math.min(left, p.c);
        bottom = Math.max(bottom, p.r);
        right = Math.max(right, p.c);
      }
      if (bottom < 0) return null;
      return { sheet: s, top, left, bottom, right };
    });
  }
}

class FakeProtection extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }
  get protected(): boolean {
    return this.get('protected');
  }
  load(_spec: string): this {
    this.queue(() => this.loaded.set('protected', this.sheet().protected));
    return this;
  }
}

interface Geometry {
  sheet: FakeSheet;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const cellsIn = (g: Geometry): number => (g.bottom - g.top + 1) * (g.right - g.left + 1);

function sheetLocked(s: FakeSheet): void {
  // [protect] a protected sheet refuses changes to its cells.
  if (s.protected) throw new OfficeError('AccessDenied', 'the sheet is protected');
}

/** Each cell of a range, created where missing. */
function eachCell(g: Geometry, fn: (c: FakeCell) => void): void {
  sheetLocked(g.sheet);
  for (let r = g.top; r <= g.bottom; r++)
    for (let c = g.left; c <= g.right; c++) {
      const a = addr(r, c);
      const cell = g.sheet.cells.get(a) ?? emptyCell();
      fn(cell);
      g.sheet.cells.set(a, cell);
    }
}

class FakeRange extends FakeProxy {
  readonly format: FakeRangeFormat;
  constructor(
    ctx: FakeContext,
    private readonly geometry: () => Geometry | null,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, () => this.geo());
  }
  geo(): Geometry {
    const g = this.geometry();
    if (!g) throw new OfficeError('InvalidObjectPath', 'the range is a null object');
    return g;
  }
  private cells<T>(g: Geometry, fn: (c: FakeCell) => T): T[][] {
    const out: T[][] = [];
    for (let r = g.top; r <= g.bottom; r++) {
      const row: T[] = [];
      for (let c = g.left; c <= g.right; c++) row.push(fn(g.sheet.cells.get(addr(r, c)) ?? emptyCell()));
      out.push(row);
    }
    return out;
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get values(): unknown[][] {
    return this.get('values');
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  get valueTypes(): string[][] {
    return this.get('valueTypes');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get address(): string {
    return this.get('address');
  }
  load(spec: string): this {
    const props = this.props(spec);
    this.queue(() => {
      const g = this.geometry();
      this.loaded.set('isNullObject', g === null);
      if (!g) return;
      const cellProps = props.filter((p) => ['values', 'formulas', 'numberFormat', 'valueTypes'].includes(p));
      // [limits] a range reads at most 5,000,000 cells: RangeExceedsLimit [errors], or values that come back null.
      const over = cellProps.length > 0 && cellsIn(g) > this.ctx.mode.maxReadCells;
      if (over && this.ctx.mode.largeRead === 'error')
        throw new OfficeError(
          'RangeExceedsLimit',
          'The cell count in the range has exceeded the maximum supported number.',
        );
      for (const p of props) {
        let v: unknown;
        if (over && cellProps.includes(p)) v = null;
        else if (p === 'values') v = this.cells(g, (c) => c.v);
        else if (p === 'formulas') v = this.cells(g, (c) => c.f ?? c.v);
        else if (p === 'numberFormat') v = this.cells(g, (c) => c.fmt);
        else if (p === 'valueTypes') v = this.cells(g, (c) => c.type);
        else if (p === 'rowIndex') v = g.top;
        else if (p === 'columnIndex') v = g.left;
        else if (p === 'rowCount') v = g.bottom - g.top + 1;
        else if (p === 'columnCount') v = g.right - g.left + 1;
        else if (p === 'address') v = `'${g.sheet.name}'!${addr(g.top, g.left)}:${addr(g.bottom, g.right)}`;
        else notModelled(`Range.${p}`);
        if (cellProps.includes(p) && v !== null) this.ctx.answer(jsonBytes(v));
        this.loaded.set(p, v);
      }
    });
    return this;
  }
  private write(grid: unknown[][], apply: (cell: FakeCell, v: unknown) => void): void {
    const rows = grid.map((r) => [...r]);
    this.queue(() => {
      const g = this.geo();
      sheetLocked(g.sheet);
      if (rows.length !== g.bottom - g.top + 1 || rows.some((r) => r.length !== g.right - g.left + 1))
        throw new OfficeError('InvalidArgument', 'the dimensions do not match the range');
      rows.forEach((row, i) =>
        row.forEach((v, j) => {
          const a = addr(g.top + i, g.left + j);
          const cell = g.sheet.cells.get(a) ?? emptyCell();
          apply(cell, v);
          g.sheet.cells.set(a, cell);
        }),
      );
    }, jsonBytes(rows));
  }
  set values(grid: unknown[][]) {
    this.write(grid, (cell, v) => setValue(this.ctx.book, cell, v));
  }
  set formulas(grid: unknown[][]) {
    this.write(grid, (cell, v) => setValue(this.ctx.book, cell, v, true));
  }
  set numberFormat(grid: unknown[][]) {
    this.write(grid, (cell, v) => (cell.fmt = String(v)));
  }
  clear(applyTo?: string): void {
    if (applyTo !== 'Contents') notModelled(`Range.clear("${applyTo}")`);
    this.queue(() => {
      const g = this.geo();
      sheetLocked(g.sheet);
      for (const [a, cell] of [...g.sheet.cells]) {
        const p = parseAddr(a)!;
        if (p.r < g.top || p.r > g.bottom || p.c < g.left || p.c > g.right) continue;
        cell.v = '';
        cell.f = null;
        cell.type = 'Empty';
      }
    });
  }
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => {
      const g = this.geo();
      const areas = g.sheet.merges.filter((m) => {
        const r = parseRange(m)!;
        return r.top <= g.bottom && r.bottom >= g.top && r.left <= g.right && r.right >= g.left;
      });
      // [merged] more than 512 merged areas in the range: the call fails (the code is not documented).
      if (areas.length > this.ctx.mode.maxMergedAreas)
        throw new OfficeError('GeneralException', 'too many merged areas');
      return { sheet: g.sheet, areas };
    });
  }
  /** [special] Constants, or Formulas with a value type (only "Text" is modelled). */
  getSpecialCellsOrNullObject(cellType: string, valueType?: string): FakeRangeAreas {
    if (!(cellType === 'Constants' && valueType === undefined) && !(cellType === 'Formulas' && valueType === 'Text'))
      notModelled(`getSpecialCellsOrNullObject(${cellType}, ${valueType})`);
    return new FakeRangeAreas(this.ctx, () => {
      const g = this.geo();
      const rows = new Map<number, number[]>();
      for (const [a, c] of g.sheet.cells) {
        const match =
          cellType === 'Constants' ? c.f === null && c.type !== 'Empty' : c.f !== null && c.type === 'String';
        if (!match) continue;
        const p = parseAddr(a)!;
        if (p.r < g.top || p.r > g.bottom || p.c < g.left || p.c > g.right) continue;
        rows.set(p.r, [...(rows.get(p.r) ?? []), p.c]);
      }
      // One area per run of adjacent cells in a row.
      const areas: string[] = [];
      for (const [r, cols] of [...rows].sort((x, y) => x[0] - y[0])) {
        cols.sort((x, y) => x - y);
        let start = cols[0];
        for (let i = 1; i <= cols.length; i++)
          if (i === cols.length || cols[i] !== cols[i - 1] + 1) {
            areas.push(start === cols[i - 1] ? addr(r, start) : `${addr(r, start)}:${addr(r, cols[i - 1])}`);
            start = cols[i];
          }
      }
      return { sheet: g.sheet, areas };
    });
  }
  select(): void {
    this.queue(() => {
      const g = this.geo();
      const a = addr(g.top, g.left) + (g.bottom > g.top || g.right > g.left ? ':' + addr(g.bottom, g.right) : '');
      this.ctx.book.selection = { sheet: g.sheet.name, address: a };
    });
  }
}

class FakeRangeFormat {
  readonly fill: FakeRangeFill;
  readonly font: { bold: boolean };
  constructor(
    private readonly ctx: FakeContext,
    private readonly geo: () => Geometry,
  ) {
    this.fill = new FakeRangeFill(ctx, geo);
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the accessors below are an object literal's
    const self = this;
    this.font = {
      set bold(_b: boolean) {
        self.layout();
      },
      get bold(): boolean {
        return notModelled('reading RangeFont.bold');
      },
    };
  }
  /** Layout (widths, heights, wrapping, alignment) is accepted on an unprotected sheet and not otherwise modelled. */
  private layout(): void {
    this.ctx.queue.push(() => sheetLocked(this.geo().sheet));
  }
  set columnWidth(_v: number) {
    this.layout();
  }
  set rowHeight(_v: number) {
    this.layout();
  }
  set wrapText(_v: boolean) {
    this.layout();
  }
  set verticalAlignment(_v: string) {
    this.layout();
  }
}

/** Excel's rule: a string starting with "=" typed into a cell not formatted as text becomes a formula. */
function setValue(book: FakeBook, cell: FakeCell, v: unknown, asFormula = false): void {
  if (typeof v === 'string' && v.startsWith('=') && (asFormula || cell.fmt !== '@')) {
    cell.f = v;
    const r = book.formulaResults.get(v);
    cell.v = r ?? '';
    cell.type =
      r === undefined ? 'String' : typeof r === 'number' ? 'Double' : typeof r === 'boolean' ? 'Boolean' : 'String';
    return;
  }
  cell.f = null;
  if (v === '' || v === null || v === undefined) {
    cell.v = '';
    cell.type = 'Empty';
  } else if (typeof v === 'number') {
    cell.v = v;
    cell.type = 'Double';
  } else if (typeof v === 'boolean') {
    cell.v = v;
    cell.type = 'Boolean';
  } else {
    cell.v = String(v);
    cell.type =
      /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!)$/.test(String(v)) && cell.fmt !== '@' ? 'Error' : 'String';
  }
}

class FakeRangeFill extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly geo: () => Geometry,
  ) {
    super(ctx);
  }
  get color(): string {
    return this.get('color');
  }
  /** Setting a colour makes a solid fill; [nofill] the pattern of a white one reads null like no fill. */
  set color(v: string) {
    const color = v.toUpperCase();
    this.queue(() =>
      eachCell(this.geo(), (c) => (c.fill = { color, pattern: color === '#FFFFFF' ? null : 'Solid', tintAndShade: 0 })),
    );
  }
  get pattern(): string | null {
    return this.get('pattern');
  }
  get tintAndShade(): number | null {
    return this.get('tintAndShade');
  }
  set tintAndShade(v: number) {
    this.queue(() => eachCell(this.geo(), (c) => (c.fill = { ...c.fill, tintAndShade: v })));
  }
  clear(): void {
    this.queue(() => eachCell(this.geo(), (c) => (c.fill = { ...NO_FILL })));
  }
  load(spec: string): this {
    const props = this.props(spec);
    this.queue(() => {
      const g = this.geo();
      const cell = g.sheet.cells.get(addr(g.top, g.left)) ?? emptyCell();
      for (const p of props) {
        if (p !== 'color' && p !== 'pattern' && p !== 'tintAndShade') notModelled(`RangeFill.${p}`);
        this.loaded.set(p, cell.fill[p]);
      }
    });
    return this;
  }
}

class FakeRangeAreas extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly resolve: () => { sheet: FakeSheet; areas: string[] },
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get address(): string {
    return this.get('address');
  }
  load(spec: string): this {
    const props = this.props(spec);
    this.queue(() => {
      const { sheet, areas } = this.resolve();
      this.loaded.set('isNullObject', areas.length === 0);
      for (const p of props) {
        if (p !== 'address') notModelled(`RangeAreas.${p}`);
        const v = areas.map((a) => `'${sheet.name}'!${a}`).join(', ');
        this.ctx.answer(v.length);
        this.loaded.set(p, v);
      }
    });
    return this;
  }
}

/** [notes] "A1" on its sheet, from a Range or a local address; a sheet-qualified string is not a documented key. */
function noteCell(sheet: FakeSheet, cellAddress: FakeRange | string): string {
  if (cellAddress instanceof FakeRange) {
    const g = cellAddress.geo();
    if (g.sheet !== sheet || g.top !== g.bottom || g.left !== g.right)
      throw new OfficeError('InvalidCellAddress', 'a note needs a single cell of this sheet');
    return addr(g.top, g.left);
  }
  if (!parseAddr(cellAddress)) throw new OfficeError('InvalidCellAddress', `not a cell address: ${cellAddress}`);
  return cellAddress;
}

class FakeNote extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly key: () => string,
    private readonly sheet: () => FakeSheet,
    private readonly orNull: boolean,
  ) {
    super(ctx);
  }
  private existing(): string {
    const k = this.key();
    if (!this.ctx.book.notes.has(k)) throw new OfficeError('ItemNotFound', `no note at ${k}`);
    return k;
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get content(): string {
    return this.get('content');
  }
  set content(v: string) {
    this.queue(() => {
      sheetLocked(this.sheet());
      this.ctx.book.notes.set(this.existing(), v);
    }, v.length);
  }
  delete(): void {
    this.queue(() => {
      sheetLocked(this.sheet());
      this.ctx.book.notes.delete(this.existing());
    });
  }
  load(_spec: string): this {
    this.queue(() => {
      const k = this.key();
      const has = this.ctx.book.notes.has(k);
      if (!has && !this.orNull) throw new OfficeError('ItemNotFound', `no note at ${k}`);
      this.loaded.set('isNullObject', !has);
      if (has) this.loaded.set('content', this.ctx.book.notes.get(k));
    });
    return this;
  }
}

class FakeNotes extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }
  add(cellAddress: FakeRange | string, content: string): FakeNote {
    let key = '';
    this.queue(() => {
      const s = this.sheet();
      key = `${s.name}!${noteCell(s, cellAddress)}`;
      sheetLocked(s);
      if (this.ctx.book.notes.has(key)) throw new OfficeError('InvalidOperation', 'the cell already has a note');
      // [note|comment]
      if (this.ctx.book.comments.has(key)) throw new OfficeError('InvalidOperation', 'the cell has a threaded comment');
      this.ctx.book.notes.set(key, content);
    }, content.length);
    return new FakeNote(this.ctx, () => key, this.sheet, false);
  }
  getItem(key: string): FakeNote {
    return new FakeNote(this.ctx, () => `${this.sheet().name}!${noteCell(this.sheet(), key)}`, this.sheet, false);
  }
  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(this.ctx, () => `${this.sheet().name}!${noteCell(this.sheet(), key)}`, this.sheet, true);
  }
}

/** [comments] a string address must name the sheet; a Range names it anyway. */
function commentKey(ctx: FakeContext, cellAddress: FakeRange | string): string {
  if (cellAddress instanceof FakeRange) {
    const g = cellAddress.geo();
    return `${g.sheet.name}!${addr(g.top, g.left)}`;
  }
  const i = cellAddress.lastIndexOf('!');
  if (i < 0) throw new OfficeError('InvalidArgument', `a comment's address must include the sheet: ${cellAddress}`);
  let sheet = cellAddress.slice(0, i);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  ctx.sheet(sheet);
  return sheet + '!' + cellAddress.slice(i + 1);
}

class FakeComments extends FakeProxy {
  add(cellAddress: FakeRange | string, content: string): void {
    this.queue(() => {
      const key = commentKey(this.ctx, cellAddress);
      sheetLocked(this.ctx.sheet(key.slice(0, key.lastIndexOf('!'))));
      if (this.ctx.book.comments.has(key)) throw new OfficeError('InvalidOperation', 'the cell already has a comment');
      // [note|comment]
      if (this.ctx.book.notes.has(key)) throw new OfficeError('InvalidOperation', 'the cell has a note');
      this.ctx.book.comments.set(key, content);
    }, content.length);
  }
  getItemByCell(cellAddress: FakeRange | string): { content: string; delete(): void } {
    const ctx = this.ctx;
    const existing = (): string => {
      const key = commentKey(ctx, cellAddress);
      if (!ctx.book.comments.has(key)) throw new OfficeError('ItemNotFound', `no comment at ${key}`);
      return key;
    };
    return {
      set content(v: string) {
        ctx.queue.push(() => ctx.book.comments.set(existing(), v));
      },
      get content(): string {
        return notModelled('reading Comment.content');
      },
      delete: () => ctx.queue.push(() => ctx.book.comments.delete(existing())),
    };
  }
}

class FakeSheetComments extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }
  /** CommentCollection.getCount (ExcelApi 1.10): a ClientResult whose value is read after the sync. */
  getCount(): { value: number } {
    const result: { value: number; set?: boolean } = {
      get value(): number {
        if (!this.set) throw new Error('PropertyNotLoaded: ClientResult.value read before context.sync()');
        return n;
      },
    };
    let n = 0;
    this.queue(() => {
      const prefix = this.sheet().name + '!';
      n = [...this.ctx.book.comments.keys()].filter((k) => k.startsWith(prefix)).length;
      result.set = true;
    });
    return result;
  }
}

/** Loads an .xlsx (via ExcelJS) into a fake workbook: values, formulas with cached results, formats, fills, merges. */
export async function fakeBookFromXlsx(bytes: Uint8Array, mode: FakeExcelMode = DESKTOP): Promise<FakeBook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const book: FakeBook = {
    sheets: [],
    active: 0,
    notes: new Map(),
    comments: new Map(),
    formulaResults: new Map(),
    mode,
    names: new Map((await definedNamesOf(bytes)).map((n) => [n.name, n.formula])),
  };
  wb.eachSheet((ws) => {
    const sheet: FakeSheet = { name: ws.name, visibility: 'Visible', protected: false, cells: new Map(), merges: [] };
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        if (c.type === ExcelJS.ValueType.Merge) return;
        const cell = emptyCell();
        cell.fmt = c.numFmt || 'General';
        const argb = (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
        if ((c.fill as ExcelJS.FillPattern | undefined)?.pattern === 'solid' && argb) {
          const color = '#' + argb.slice(-6).toUpperCase();
          cell.fill = { color, pattern: color === '#FFFFFF' ? null : 'Solid', tintAndShade: 0 };
        }
        let v = c.value as unknown;
        if (v && typeof v === 'object' && 'formula' in (v as object)) {
          const fv = v as { formula: string; result?: unknown };
          cell.f = '=' + fv.formula;
          v = fv.result;
          if (v !== undefined && v !== null && typeof v !== 'object')
            book.formulaResults.set(cell.f, v as string | number | boolean);
        }
        if (v instanceof Date) {
          cell.v = v.getTime() / 86400000 + 25569;
          cell.type = 'Double';
        } else if (v && typeof v === 'object' && 'error' in (v as object)) {
          cell.v = String((v as { error: string }).error);
          cell.type = 'Error';
        } else if (typeof v === 'number') {
          cell.v = v;
          cell.type = 'Double';
        } else if (typeof v === 'boolean') {
          cell.v = v;
          cell.type = 'Boolean';
        } else if (typeof v === 'string' && v !== '') {
          cell.v = v;
          cell.type = 'String';
        }
        sheet.cells.set(c.address, cell);
      }),
    );
    const merges = (
      ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> }
    )._merges;
    for (const m of Object.values(merges))
      sheet.merges.push(`${addr(m.top - 1, m.left - 1)}:${addr(m.bottom - 1, m.right - 1)}`);
    book.sheets.push(sheet);
  });
  return book;
}

/** A deep copy of the workbook state, for before/after comparisons. */
export function snapshotBook(book: FakeBook): unknown {
  return {
    sheets: book.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      cells: [...s.cells.entries()]
        .filter(([, c]) => c.type !== 'Empty' || c.f !== null || c.fmt !== 'General' || c.fill.tintAndShade !== null)
        .map(([a, c]) => [a, JSON.stringify(c)])
        .sort(),
      merges: [...s.merges].sort(),
    })),
    notes: [...book.notes.entries()].sort(),
    comments: [...book.comments.entries()].sort(),
  };
}

/** Excel.run over the fake, counting syncs in `counter`. */
export function fakeRun(
  book: FakeBook,
  counter: { syncs: number; ctx?: FakeContext; failOnSync?: OfficeError | null; failAt?: FakeContext['failAt'] },
) {
  return async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(book);
    counter.ctx = ctx;
    if (counter.failAt) {
      ctx.failAt = counter.failAt;
      counter.failAt = null;
    }
    if (counter.failOnSync) {
      ctx.failNextSync = counter.failOnSync;
      counter.failOnSync = null;
    }
    try {
      return await batch(ctx as unknown as Excel.RequestContext);
    } finally {
      counter.syncs += ctx.syncs;
    }
  };
}

/** Every capability on: the newest Excel (ExcelApi 1.18), as the adapter's tests run it by default. */
export const ALL_CAPABILITIES: Capabilities = {
  mergedAreas: true,
  notes: true,
  comments: true,
  fillPattern: true,
  suspendCalc: true,
  pageLayout: true,
  specialCells: true,
  workbookProtection: true,
};
