/**
 * A fake Excel.RequestContext with office-addin-mock's rules: reading a property that was not loaded, or
 * before sync, throws; writes and loads are queued and happen, in order, at context.sync(). It models
 * worksheets (with visibility and protection), ranges (values, formulas, number formats, value types,
 * fills), merged areas, notes and comments, and counts syncs.
 */
import ExcelJS from 'exceljs';
import { addr, parseAddr, parseRange } from '../../src/engine/grid';

export interface FakeCell {
  v: string | number | boolean;
  f: string | null;
  fmt: string;
  type: 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';
  fill: { color: string; pattern: string };
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  protected: boolean;
  cells: Map<string, FakeCell>;
  merges: string[];
}

export interface FakeBook {
  sheets: FakeSheet[];
  active: number;
  notes: Map<string, string>;
  comments: Map<string, string>;
  /** Cached results of formulas (a fake cannot calculate). */
  formulaResults: Map<string, string | number | boolean>;
  /** The last range selected through Range.select(). */
  selection?: { sheet: string; address: string };
}

const NO_FILL = { color: '#FFFFFF', pattern: 'None' };

function emptyCell(): FakeCell {
  return { v: '', f: null, fmt: 'General', type: 'Empty', fill: { ...NO_FILL } };
}

/** Sheet-qualified key "Sheet!A1" from "'Sheet'!A1" or ("Sheet", "A1"). */
function noteKey(a: string): string {
  const i = a.lastIndexOf('!');
  let sheet = a.slice(0, i);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return sheet + '!' + a.slice(i + 1);
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

class FakeProxy {
  protected loaded = new Map<string, unknown>();
  constructor(protected ctx: FakeContext) {}
  protected get<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new Error(`PropertyNotLoaded: "${prop}" was not loaded, or read before context.sync()`);
    return this.loaded.get(prop) as T;
  }
  protected queue(op: Op): void {
    this.ctx.queue.push(op);
  }
  protected props(spec: string | string[]): string[] {
    return (Array.isArray(spec) ? spec : spec.split(',')).map((p) => p.trim()).filter(Boolean);
  }
}

export class FakeContext {
  queue: Op[] = [];
  syncs = 0;
  /** Throws this Office error at the next sync (e.g. cell-edit mode). */
  failNextSync: OfficeError | null = null;
  /** Like Excel on the web's 5 MB answer limit: a sync that reads more cell properties than this fails. */
  maxCellReadsPerSync = Infinity;
  cellReads = 0;
  readonly workbook: FakeWorkbook;
  readonly application = { suspendApiCalculationUntilNextSync: () => undefined };
  constructor(readonly book: FakeBook) {
    this.workbook = new FakeWorkbook(this);
  }
  async sync(): Promise<void> {
    this.syncs++;
    const ops = this.queue;
    this.queue = [];
    if (this.failNextSync) {
      const e = this.failNextSync;
      this.failNextSync = null;
      throw e;
    }
    this.cellReads = 0;
    for (const op of ops) op();
  }
  countReads(n: number): void {
    this.cellReads += n;
    if (this.cellReads > this.maxCellReadsPerSync) throw new OfficeError('ResponsePayloadSizeLimitExceeded', 'the response is larger than 5 MB');
  }
  sheet(name: string): FakeSheet {
    const s = this.book.sheets.find((x) => x.name === name);
    if (!s) throw new OfficeError('ItemNotFound', `The requested resource doesn't exist: sheet ${name}`);
    return s;
  }
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly notes: FakeNotes;
  readonly comments: FakeComments;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.notes = new FakeNotes(ctx);
    this.comments = new FakeComments(ctx);
  }
}

class FakeWorksheetCollection extends FakeProxy {
  get items(): FakeWorksheet[] {
    return this.get('items');
  }
  load(spec: string): this {
    if (!/^items\//.test(spec)) throw new Error('fake: only items/... loads are modelled');
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
      if (this.ctx.book.sheets.some((s) => s.name === name)) throw new OfficeError('ItemAlreadyExists', `sheet ${name} exists`);
      this.ctx.book.sheets.push({ name, visibility: 'Visible', protected: false, cells: new Map(), merges: [] });
    });
    return new FakeWorksheet(this.ctx, () => name);
  }
}

class FakeWorksheet extends FakeProxy {
  readonly protection: FakeProtection;
  readonly freezePanes = { freezeRows: (_n: number) => undefined };
  /**
   * Worksheet.pageLayout (ExcelApi 1.9, https://learn.microsoft.com/javascript/api/excel/excel.pagelayout):
   * orientation, zoom and print title rows are kept so that tests can read what the add-in set.
   */
  readonly pageLayout = {
    orientation: 'Portrait',
    zoom: {} as { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number },
    titleRows: null as string | null,
    setPrintTitleRows(rows: string) {
      this.titleRows = rows;
    },
  };
  constructor(
    ctx: FakeContext,
    readonly resolve: () => string,
  ) {
    super(ctx);
    this.protection = new FakeProtection(ctx, () => ctx.sheet(resolve()));
  }
  fill(props: string[]): void {
    const s = this.ctx.sheet(this.resolve());
    for (const p of props) this.loaded.set(p, (s as unknown as Record<string, unknown>)[p]);
  }
  get name(): string {
    return this.get('name');
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(v: string) {
    this.queue(() => (this.ctx.sheet(this.resolve()).visibility = v as FakeSheet['visibility']));
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
      const name = this.resolve();
      this.ctx.book.sheets = this.ctx.book.sheets.filter((s) => s.name !== name);
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
    return new FakeRange(this.ctx, () => ({ sheet: this.ctx.sheet(this.resolve()), top: r, left: c, bottom: r + h - 1, right: c + w - 1 }));
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => {
      const s = this.ctx.sheet(this.resolve());
      let top = Infinity;
      let left = Infinity;
      let bottom = -1;
      let right = -1;
      for (const [a, cell] of s.cells) {
        const has = cell.type !== 'Empty' || cell.f !== null || (!valuesOnly && (cell.fill.pattern !== 'None' || cell.fmt !== 'General'));
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

class FakeRange extends FakeProxy {
  readonly format: { fill: FakeFill; font: { bold: boolean }; columnWidth: number; rowHeight: number; wrapText: boolean; verticalAlignment: string };
  constructor(
    ctx: FakeContext,
    private readonly geometry: () => Geometry | null,
  ) {
    super(ctx);
    const self = this;
    this.format = {
      fill: new FakeFill(ctx, () => self.geo()),
      font: {
        set bold(_b: boolean) {
          /* formatting only */
        },
        get bold() {
          return false;
        },
      },
      // RangeFormat.columnWidth, rowHeight and wrapText (ExcelApi 1.1): layout only, not modelled beyond accepting a write.
      columnWidth: 0,
      rowHeight: 0,
      verticalAlignment: 'Bottom',
      wrapText: false,
    };
  }
  geo(): Geometry {
    const g = this.geometry();
    if (!g) throw new OfficeError('InvalidObjectPath', 'the range is a null object');
    return g;
  }
  private cells<T>(fn: (c: FakeCell, r: number, col: number) => T): T[][] {
    const g = this.geo();
    const out: T[][] = [];
    for (let r = g.top; r <= g.bottom; r++) {
      const row: T[] = [];
      for (let c = g.left; c <= g.right; c++) row.push(fn(g.sheet.cells.get(addr(r, c)) ?? emptyCell(), r, c));
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
      const cellProps = props.filter((p) => ['values', 'formulas', 'numberFormat', 'valueTypes'].includes(p)).length;
      this.ctx.countReads(cellProps * (g.bottom - g.top + 1) * (g.right - g.left + 1));
      for (const p of props) {
        if (p === 'values') this.loaded.set(p, this.cells((c) => c.v));
        else if (p === 'formulas') this.loaded.set(p, this.cells((c) => c.f ?? c.v));
        else if (p === 'numberFormat') this.loaded.set(p, this.cells((c) => c.fmt));
        else if (p === 'valueTypes') this.loaded.set(p, this.cells((c) => c.type));
        else if (p === 'rowIndex') this.loaded.set(p, g.top);
        else if (p === 'columnIndex') this.loaded.set(p, g.left);
        else if (p === 'rowCount') this.loaded.set(p, g.bottom - g.top + 1);
        else if (p === 'columnCount') this.loaded.set(p, g.right - g.left + 1);
        else if (p === 'address') this.loaded.set(p, `'${g.sheet.name}'!${addr(g.top, g.left)}:${addr(g.bottom, g.right)}`);
        else throw new Error(`fake: Range.${p} is not modelled`);
      }
    });
    return this;
  }
  private write(grid: unknown[][], apply: (cell: FakeCell, v: unknown) => void): void {
    const rows = grid.map((r) => [...r]);
    this.queue(() => {
      const g = this.geo();
      if (g.sheet.protected) throw new OfficeError('AccessDenied', 'the sheet is protected');
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
    });
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
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.ctx, () => this.geo().sheet);
  }
  select(): void {
    this.queue(() => {
      const g = this.geo();
      const a = addr(g.top, g.left) + (g.bottom > g.top || g.right > g.left ? ':' + addr(g.bottom, g.right) : '');
      this.ctx.book.selection = { sheet: g.sheet.name, address: a };
    });
  }
}

/** Excel's rule: a string starting with "=" typed into a cell not formatted as text becomes a formula. */
function setValue(book: FakeBook, cell: FakeCell, v: unknown, asFormula = false): void {
  if (typeof v === 'string' && v.startsWith('=') && (asFormula || cell.fmt !== '@')) {
    cell.f = v;
    const r = book.formulaResults.get(v);
    cell.v = r ?? '';
    cell.type = r === undefined ? 'String' : typeof r === 'number' ? 'Double' : typeof r === 'boolean' ? 'Boolean' : 'String';
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
    cell.type = /^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!)$/.test(String(v)) && cell.fmt !== '@' ? 'Error' : 'String';
  }
}

class FakeFill extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly geo: () => Geometry,
  ) {
    super(ctx);
  }
  private each(fn: (c: FakeCell) => void): void {
    const g = this.geo();
    if (g.sheet.protected) throw new OfficeError('AccessDenied', 'the sheet is protected');
    for (let r = g.top; r <= g.bottom; r++)
      for (let c = g.left; c <= g.right; c++) {
        const a = addr(r, c);
        const cell = g.sheet.cells.get(a) ?? emptyCell();
        fn(cell);
        g.sheet.cells.set(a, cell);
      }
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    this.queue(() => this.each((c) => (c.fill = { color: v.toUpperCase(), pattern: 'Solid' })));
  }
  get pattern(): string {
    return this.get('pattern');
  }
  clear(): void {
    this.queue(() => this.each((c) => (c.fill = { ...NO_FILL })));
  }
  load(spec: string): this {
    const props = this.props(spec);
    this.queue(() => {
      const g = this.geo();
      const cell = g.sheet.cells.get(addr(g.top, g.left)) ?? emptyCell();
      for (const p of props) this.loaded.set(p, p === 'color' ? cell.fill.color : cell.fill.pattern);
    });
    return this;
  }
}

class FakeRangeAreas extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get areas(): { items: Array<{ address: string }> } {
    return this.get('areas');
  }
  load(_spec: string): this {
    this.queue(() => {
      const s = this.sheet();
      this.loaded.set('isNullObject', s.merges.length === 0);
      this.loaded.set('areas', { items: s.merges.map((m) => ({ address: `'${s.name}'!${m}` })) });
    });
    return this;
  }
}

class FakeNote extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly key: string,
  ) {
    super(ctx);
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get content(): string {
    return this.get('content');
  }
  set content(v: string) {
    this.queue(() => {
      if (!this.ctx.book.notes.has(this.key)) throw new OfficeError('InvalidObjectPath', `no note at ${this.key}`);
      this.ctx.book.notes.set(this.key, v);
    });
  }
  delete(): void {
    this.queue(() => {
      if (!this.ctx.book.notes.delete(this.key)) throw new OfficeError('InvalidObjectPath', `no note at ${this.key}`);
    });
  }
  load(_spec: string): this {
    this.queue(() => {
      const has = this.ctx.book.notes.has(this.key);
      this.loaded.set('isNullObject', !has);
      if (has) this.loaded.set('content', this.ctx.book.notes.get(this.key));
    });
    return this;
  }
}

class FakeNotes extends FakeProxy {
  add(cellAddress: string, content: string): FakeNote {
    const key = noteKey(cellAddress);
    this.queue(() => {
      if (this.ctx.book.notes.has(key)) throw new OfficeError('InvalidArgument', 'the cell already has a note');
      const [sheet] = key.split('!');
      if (this.ctx.sheet(sheet).protected) throw new OfficeError('AccessDenied', 'the sheet is protected');
      this.ctx.book.notes.set(key, content);
    });
    return new FakeNote(this.ctx, key);
  }
  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(this.ctx, noteKey(key));
  }
}

class FakeComments extends FakeProxy {
  add(cellAddress: string, content: string): void {
    const key = noteKey(cellAddress);
    this.queue(() => this.ctx.book.comments.set(key, content));
  }
  getItemByCell(cellAddress: string): { delete(): void } {
    const key = noteKey(cellAddress);
    return {
      delete: () =>
        this.queue(() => {
          if (!this.ctx.book.comments.has(key)) throw new OfficeError('ItemNotFound', `no comment at ${cellAddress}`);
          this.ctx.book.comments.delete(key);
        }),
    };
  }
}

/** Loads an .xlsx (via ExcelJS) into a fake workbook: values, formulas with cached results, formats, merges. */
export async function fakeBookFromXlsx(bytes: Uint8Array): Promise<FakeBook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const book: FakeBook = { sheets: [], active: 0, notes: new Map(), comments: new Map(), formulaResults: new Map() };
  wb.eachSheet((ws) => {
    const sheet: FakeSheet = { name: ws.name, visibility: 'Visible', protected: false, cells: new Map(), merges: [] };
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        if (c.type === ExcelJS.ValueType.Merge) return;
        const cell = emptyCell();
        cell.fmt = c.numFmt || 'General';
        let v = c.value as unknown;
        if (v && typeof v === 'object' && 'formula' in (v as object)) {
          const fv = v as { formula: string; result?: unknown };
          cell.f = '=' + fv.formula;
          v = fv.result;
          if (v !== undefined && v !== null && typeof v !== 'object') book.formulaResults.set(cell.f, v as string | number | boolean);
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
    const merges = (ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges;
    for (const m of Object.values(merges)) sheet.merges.push(`${addr(m.top - 1, m.left - 1)}:${addr(m.bottom - 1, m.right - 1)}`);
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
        .filter(([, c]) => c.type !== 'Empty' || c.f !== null || c.fmt !== 'General' || c.fill.pattern !== 'None')
        .map(([a, c]) => [a, JSON.stringify(c)])
        .sort(),
      merges: [...s.merges].sort(),
    })),
    notes: [...book.notes.entries()].sort(),
    comments: [...book.comments.entries()].sort(),
  };
}

/** Excel.run over the fake, counting syncs in `counter`. */
export function fakeRun(book: FakeBook, counter: { syncs: number; ctx?: FakeContext; failOnSync?: OfficeError | null; maxCellReads?: number }) {
  return async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(book);
    if (counter.maxCellReads !== undefined) ctx.maxCellReadsPerSync = counter.maxCellReads;
    counter.ctx = ctx;
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
