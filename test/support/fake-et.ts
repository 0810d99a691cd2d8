/**
 * A strict fake of WPS 表格's object model (ET), for the members src/hosts/wps/et.ts declares and nothing else:
 * any other member throws, so the host cannot come to rely on something the fake was kind enough to have.
 * Loading from and saving to .xlsx: fake-et-xlsx.ts.
 *
 * Reading, from WPS's Range page (https://airsheet.wps.cn/docs/api/excel/workbook/Range.html): Value2 is a value
 * or rows of values; Text the formatted text; Formula "=…" for a formula cell, the value otherwise (as the JS 宏
 * guide at https://blog.csdn.net/qq_61913010/article/details/143450258 shows for multi-cell ranges); NumberFormat,
 * MergeCells, MergeArea, Row, Column, Rows/Columns.Count, Cells.Item(row, column). What those pages leave open is a
 * switch (issue #14), each to be set from a dump of a real WPS once one is committed:
 * - `empty`: an empty cell in Value2 as null, "" or undefined;
 * - `errors`: an error cell as VBA's numeric code (CVErr, −2146826281 for #DIV/0!) or as its text;
 * - `flattenOneRow`: a one-row block's Value2 as a flat list instead of one row;
 * - `mixed`: what NumberFormat and MergeCells give for a block whose cells differ: null, undefined or "".
 * Two reading behaviours come from Excel's documentation, which WPS's pages do not contradict but do not state
 * either: UsedRange starts at the first used cell, not at A1
 * (https://learn.microsoft.com/office/vba/api/excel.worksheet.usedrange); an error cell's Text is its error value
 * as shown (#DIV/0!) (https://learn.microsoft.com/office/vba/api/excel.range.text).
 *
 * Writing, each behaviour with the page it comes from (WPS's pages repeat Excel's VBA reference, so where WPS has
 * no page of its own the VBA page is cited):
 * - Sheets.Add: "新建的工作表将成为活动工作表"; with neither Before nor After it goes before the active sheet
 *   (https://airsheet.wps.cn/docs/apiV2/excel/workbook/Sheets/方法/Add 方法.html).
 * - Worksheet.Delete asks the user to confirm unless Application.DisplayAlerts is false
 *   (https://learn.microsoft.com/office/vba/api/excel.worksheet.delete): here it throws, since no one answers.
 * - Worksheet.Visible: XlSheetVisibility, xlSheetVeryHidden = 2
 *   (https://airsheet.wps.cn/docs/apiV2/excel/workbook/Worksheet/属性/Visible 属性.html); a workbook keeps at least
 *   one visible sheet, and a hidden sheet cannot be activated (Excel's 1004 errors; not on either page).
 * - ProtectContents / ProtectStructure are read only (https://learn.microsoft.com/office/vba/api/excel.worksheet.protectcontents);
 *   a protected sheet's cells refuse every change, a protected structure refuses adding, deleting, hiding, renaming.
 * - Interior.Color is an RGB() number, i.e. 0xBBGGRR (https://learn.microsoft.com/office/vba/api/excel.interior.color);
 *   no fill reads as Pattern xlNone (−4142) and Color 16777215, white, like a white fill
 *   (https://learn.microsoft.com/office/vba/api/excel.interior.pattern, .colorindex: xlColorIndexNone).
 * - Range.AddComment adds a comment (https://learn.microsoft.com/office/vba/api/excel.range.addcomment); on a cell
 *   that has one it fails (Excel's error 1004; not on the page), ClearComments removes them.
 * - Range.Select needs the range's sheet to be the active one (Excel's error 1004; not on the page).
 * - A string written to Value2 is entered as if typed: "=…" becomes a formula and "95" a number, unless the cell's
 *   number format is Text ("@"), which keeps what is typed as text (Excel's "Available number formats", Text).
 * - ActiveWindow.SplitRow / SplitColumn / FreezePanes act on the active sheet
 *   (https://learn.microsoft.com/office/vba/api/excel.window.freezepanes).
 * - Names.Add(Name, RefersTo, Visible) (https://airsheet.wps.cn/docs/apiV2/excel/workbook/Names/方法/Add 方法.html).
 * - Nothing is rolled back: each call changes the workbook at once (there are no batches). `failAfterWrites`
 *   makes the n-th change throw, once, as a real failure part-way would.
 * Formulas are not calculated: a formula written back to the cell it was loaded with gets its loaded result again
 * (its inputs were put back too); any other written formula has no value.
 */
import { addr, parseAddr, parseRange } from '../../src/engine/grid';
import type {
  EtApplication,
  EtComment,
  EtName,
  EtPageSetup,
  EtRange,
  EtWorkbook,
  EtWorksheet,
} from '../../src/hosts/wps/et';

export interface EtSwitches {
  empty: 'null' | 'empty-string' | 'undefined';
  errors: 'code' | 'text';
  flattenOneRow: boolean;
  mixed: 'null' | 'undefined' | 'empty-string';
}

export const ALL_SWITCHES: EtSwitches[] = (['null', 'empty-string', 'undefined'] as const).flatMap((empty) =>
  (['code', 'text'] as const).flatMap((errors) =>
    [false, true].flatMap((flattenOneRow) =>
      (['null', 'undefined', 'empty-string'] as const).map((mixed) => ({ empty, errors, flattenOneRow, mixed })),
    ),
  ),
);

export const CODES: Record<string, number> = {
  '#NULL!': -2146826288,
  '#DIV/0!': -2146826281,
  '#VALUE!': -2146826273,
  '#REF!': -2146826265,
  '#NAME?': -2146826259,
  '#NUM!': -2146826252,
  '#N/A': -2146826246,
};

const XL_NONE = -4142;
const WHITE = 16777215;

export interface EtCell {
  v: string | number | boolean | null;
  f: string | null;
  error: string | null;
  fmt: string;
  /** BGR colour; null: no fill. */
  fill: number | null;
  comment: string | null;
  /** Look only (not compared by the round trips): bold, wrapped, top-aligned. */
  bold?: boolean;
  wrap?: boolean;
  top?: boolean;
}

export interface EtSheetData {
  name: string;
  cells: Map<string, EtCell>;
  merges: Array<{ top: number; left: number; bottom: number; right: number }>;
  visible: number;
  protect: boolean;
  /** Formula → result as loaded, per cell (formulas are not calculated). */
  loaded: Map<string, { f: string; v: EtCell['v']; error: string | null }>;
  colWidths: Map<number, number>;
  rowHeights: Map<number, number>;
  page: Record<string, unknown>;
  /** Rows frozen at the top (ActiveWindow.FreezePanes with SplitRow). */
  frozenRows?: number;
}

export interface EtBookData {
  name: string;
  sheets: EtSheetData[];
  active: number;
  protectStructure: boolean;
  names: Array<{ name: string; refersTo: string; visible: boolean }>;
  screenUpdating: boolean;
  displayAlerts: boolean;
  selection: { sheet: string; cell: string } | null;
}

/** Counts the calls across to "WPS", as a real host would pay for them. */
export interface EtCounter {
  reads: number;
  writes: number;
  /** Cell changes made while ScreenUpdating was on. */
  writesWhileUpdating: number;
  /** Throw on this change (1-based), once — a failure part-way. */
  failAfterWrites?: number;
}

export function newSheet(name: string): EtSheetData {
  return {
    name,
    cells: new Map(),
    merges: [],
    visible: -1,
    protect: false,
    loaded: new Map(),
    colWidths: new Map(),
    rowHeights: new Map(),
    page: {},
  };
}

function strict<T extends object>(what: string, members: T): T {
  return new Proxy(members, {
    get(target, key) {
      if (typeof key === 'symbol' || key === 'then' || key === 'toJSON') return undefined;
      if (!(key in target)) throw new Error(`fake ET: ${what}.${String(key)} is not modelled (src/hosts/wps/et.ts)`);
      return (target as Record<string, unknown>)[key];
    },
    set(target, key, value) {
      const d = Object.getOwnPropertyDescriptor(target, key);
      if (!d || (!d.set && !d.writable)) throw new Error(`fake ET: ${what}.${String(key)} cannot be set`);
      (target as Record<string | symbol, unknown>)[key] = value;
      return true;
    },
  });
}

/** The used range: every cell with content, format, fill or comment, and every merged area. */
export function usedOf(sheet: EtSheetData): { top: number; left: number; bottom: number; right: number } {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  const take = (r: number, c: number) => {
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  };
  for (const [a, x] of sheet.cells) {
    const used = x.v !== null || x.f || x.error || x.fmt !== 'General' || x.fill !== null || x.comment !== null;
    const p = parseAddr(a);
    if (used && p) take(p.r, p.c);
  }
  for (const m of sheet.merges) {
    take(m.top, m.left);
    take(m.bottom, m.right);
  }
  return top === Infinity ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
}

class Fake {
  constructor(
    readonly book: EtBookData,
    readonly sw: EtSwitches,
    readonly n: EtCounter,
  ) {}

  change(what: string, sheet: EtSheetData | null, cells = true): void {
    if (sheet && cells && sheet.protect)
      throw new Error(`fake ET: ${what}: sheet "${sheet.name}" is protected (ProtectContents)`);
    this.n.writes++;
    if (cells && this.book.screenUpdating) this.n.writesWhileUpdating++;
    if (this.n.failAfterWrites !== undefined && this.n.writes === this.n.failAfterWrites)
      throw new Error(`fake ET: ${what} failed (a failure part-way, change ${this.n.writes})`);
  }

  structure(what: string): void {
    if (this.book.protectStructure) throw new Error(`fake ET: ${what}: the workbook's structure is protected`);
  }

  cellAt(sheet: EtSheetData, r: number, c: number): EtCell {
    const a = addr(r, c);
    let x = sheet.cells.get(a);
    if (!x) {
      x = { v: null, f: null, error: null, fmt: 'General', fill: null, comment: null };
      sheet.cells.set(a, x);
    }
    return x;
  }

  /** One cell entered as if typed (see the header). */
  enter(sheet: EtSheetData, r: number, c: number, input: unknown, asFormula: boolean): void {
    const x = this.cellAt(sheet, r, c);
    x.error = null;
    x.f = null;
    if (typeof input === 'string' && x.fmt !== '@') {
      if (input.startsWith('=') && input.length > 1) {
        x.f = input;
        const was = sheet.loaded.get(addr(r, c));
        x.v = was && was.f === input ? was.v : null;
        x.error = was && was.f === input ? was.error : null;
        return;
      }
      if (!asFormula || input !== '') {
        const n = input.trim() === '' ? NaN : Number(input);
        x.v = Number.isFinite(n) ? n : input === '' ? null : input;
        return;
      }
    }
    if (input === undefined || input === '') x.v = null;
    else if (typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean') x.v = input;
    else if (input === null) x.v = null;
    else throw new Error(`fake ET: cannot enter ${JSON.stringify(input)} in a cell`);
  }
}

function sheetObject(self: Fake, sheet: EtSheetData): EtWorksheet {
  const page = strict('PageSetup', {
    set Orientation(v: number) {
      sheet.page.orientation = v;
    },
    set Zoom(v: number | boolean) {
      sheet.page.zoom = v;
    },
    set FitToPagesWide(v: number | boolean) {
      sheet.page.wide = v;
    },
    set FitToPagesTall(v: number | boolean) {
      sheet.page.tall = v;
    },
    set PrintTitleRows(v: string) {
      sheet.page.titleRows = v;
    },
  } as unknown as EtPageSetup);
  return strict('Worksheet', {
    get Name() {
      return sheet.name;
    },
    set Name(v: string) {
      self.structure('Worksheet.Name');
      if (self.book.sheets.some((s) => s !== sheet && s.name.toLowerCase() === v.toLowerCase()))
        throw new Error(`fake ET: a sheet named "${v}" exists`);
      self.change('Worksheet.Name', sheet, false);
      sheet.name = v;
    },
    get UsedRange() {
      self.n.reads++;
      const u = usedOf(sheet);
      return etRange(self, sheet, u.top, u.left, u.bottom, u.right);
    },
    Range(address: string) {
      const rg = parseRange(address.replace(/\$/g, ''));
      if (!rg) throw new Error(`fake ET: Range("${address}") is not an A1 range`);
      return etRange(self, sheet, rg.top, rg.left, rg.bottom, rg.right);
    },
    get Visible() {
      self.n.reads++;
      return sheet.visible;
    },
    set Visible(v: number) {
      if (![-1, 0, 2].includes(v)) throw new Error(`fake ET: Visible = ${v} is not an XlSheetVisibility`);
      self.structure('Worksheet.Visible');
      if (v !== -1 && sheet.visible === -1 && self.book.sheets.filter((s) => s.visible === -1).length === 1)
        throw new Error('fake ET: a workbook must keep one visible sheet');
      self.change('Worksheet.Visible', sheet, false);
      sheet.visible = v;
    },
    get ProtectContents() {
      self.n.reads++;
      return sheet.protect;
    },
    get PageSetup() {
      return page;
    },
    Delete() {
      self.structure('Worksheet.Delete');
      if (self.book.displayAlerts)
        throw new Error('fake ET: Worksheet.Delete would ask the user to confirm (DisplayAlerts is true)');
      const visible = self.book.sheets.filter((s) => s.visible === -1);
      if (sheet.visible === -1 && visible.length === 1)
        throw new Error('fake ET: cannot delete the last visible sheet');
      self.change('Worksheet.Delete', null, false);
      const i = self.book.sheets.indexOf(sheet);
      const activeSheet = self.book.sheets[self.book.active];
      self.book.sheets.splice(i, 1);
      if (activeSheet === sheet) self.book.active = self.book.sheets.findIndex((s) => s.visible === -1);
      else self.book.active = self.book.sheets.indexOf(activeSheet);
      return true;
    },
    Activate() {
      if (sheet.visible !== -1) throw new Error(`fake ET: hidden sheet "${sheet.name}" cannot be activated`);
      self.book.active = self.book.sheets.indexOf(sheet);
    },
  } as unknown as EtWorksheet);
}

function bookObject(self: Fake): EtWorkbook {
  const book = self.book;
  const sheets = strict('Sheets', {
    get Count() {
      self.n.reads++;
      return book.sheets.length;
    },
    Item(i: number) {
      if (typeof i !== 'number' || !book.sheets[i - 1]) throw new Error(`fake ET: Sheets.Item(${i}) does not exist`);
      return sheetObject(self, book.sheets[i - 1]);
    },
    Add(before?: EtWorksheet | null, after?: EtWorksheet | null) {
      self.structure('Sheets.Add');
      self.change('Sheets.Add', null, false);
      let k = 1;
      while (book.sheets.some((s) => s.name === `Sheet${k}`)) k++;
      const s = newSheet(`Sheet${k}`);
      const indexOf = (w: EtWorksheet) => book.sheets.findIndex((x) => x.name === w.Name);
      const at = after ? indexOf(after) + 1 : before ? indexOf(before) : book.active;
      book.sheets.splice(at, 0, s);
      book.active = at; // the new sheet becomes the active sheet
      return sheetObject(self, s);
    },
  });
  const names = strict('Names', {
    get Count() {
      return book.names.length;
    },
    Item(i: number) {
      const x = book.names[i - 1];
      if (!x) throw new Error(`fake ET: Names.Item(${i}) does not exist`);
      return strict('Name', {
        Name: x.name,
        RefersTo: x.refersTo,
        Delete() {
          self.change('Name.Delete', null, false);
          book.names.splice(book.names.indexOf(x), 1);
        },
      } as EtName);
    },
    Add(name: string, refersTo: string, visible = true) {
      self.change('Names.Add', null, false);
      const old = book.names.findIndex((x) => x.name.toLowerCase() === name.toLowerCase());
      if (old >= 0) book.names.splice(old, 1);
      book.names.push({ name, refersTo, visible });
      return names.Item(book.names.length);
    },
  });
  return strict('Workbook', {
    get Name() {
      return book.name;
    },
    Sheets: sheets,
    get ActiveSheet() {
      return sheetObject(self, book.sheets[book.active]);
    },
    get ProtectStructure() {
      self.n.reads++;
      return book.protectStructure;
    },
    Names: names,
  } as unknown as EtWorkbook);
}

function appObject(self: Fake): EtApplication {
  const wb = bookObject(self);
  let split = { row: 0, column: 0 };
  const activeSheet = () => self.book.sheets[self.book.active];
  const win = strict('Window', {
    set SplitRow(v: number) {
      split = { ...split, row: v };
    },
    set SplitColumn(v: number) {
      split = { ...split, column: v };
    },
    set FreezePanes(v: boolean) {
      self.change('Window.FreezePanes', null, false);
      activeSheet().frozenRows = v ? split.row : 0;
    },
  });
  return strict('Application', {
    get ActiveWorkbook() {
      return wb;
    },
    get ActiveWindow() {
      return win;
    },
    get ScreenUpdating() {
      return self.book.screenUpdating;
    },
    set ScreenUpdating(v: boolean) {
      self.book.screenUpdating = v;
    },
    get DisplayAlerts() {
      return self.book.displayAlerts;
    },
    set DisplayAlerts(v: boolean) {
      self.book.displayAlerts = v;
    },
  } as unknown as EtApplication);
}

/** A Range over the fake: reads by the switches, writes as the header says. */
function etRange(fake: Fake, sheet: EtSheetData, top: number, left: number, bottom: number, right: number): EtRange {
  const { sw, n } = fake;
  const cell = (r: number, c: number): EtCell | undefined => sheet.cells.get(addr(r, c));
  const empty = sw.empty === 'null' ? null : sw.empty === 'empty-string' ? '' : undefined;
  const mixed = sw.mixed === 'null' ? null : sw.mixed === 'empty-string' ? '' : undefined;
  const valueOf = (r: number, c: number): unknown => {
    const x = cell(r, c);
    if (!x) return empty;
    if (x.error) return sw.errors === 'code' ? CODES[x.error] : x.error;
    return x.v === null || x.v === '' ? empty : x.v;
  };
  const block = (f: (r: number, c: number) => unknown): unknown => {
    n.reads++;
    if (top === bottom && left === right) return f(top, left);
    const rows = [];
    for (let r = top; r <= bottom; r++) {
      const row = [];
      for (let c = left; c <= right; c++) row.push(f(r, c));
      rows.push(row);
    }
    return top === bottom && sw.flattenOneRow ? rows[0] : rows;
  };
  const each = (what: string, f: (x: EtCell, r: number, c: number) => void) => {
    fake.change(what, sheet);
    for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) f(fake.cellAt(sheet, r, c), r, c);
  };
  const enterAll = (what: string, v: unknown, asFormula: boolean) => {
    fake.change(what, sheet);
    const rows = bottom - top + 1;
    const cols = right - left + 1;
    if (Array.isArray(v)) {
      const grid = (rows === 1 && !Array.isArray(v[0]) ? [v] : v) as unknown[][];
      if (grid.length !== rows || grid.some((row) => !Array.isArray(row) || row.length !== cols))
        throw new Error(`fake ET: ${what}: ${grid.length} rows for a ${rows}×${cols} range`);
      grid.forEach((row, i) => row.forEach((x, j) => fake.enter(sheet, top + i, left + j, x, asFormula)));
    } else
      for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) fake.enter(sheet, r, c, v, asFormula);
  };
  const mergeOf = (r: number, c: number) =>
    sheet.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
  const first = () => cell(top, left);
  const interior = strict('Interior', {
    get Color() {
      n.reads++;
      return first()?.fill ?? WHITE;
    },
    set Color(v: number) {
      if (!Number.isInteger(v) || v < 0 || v > WHITE) throw new Error(`fake ET: Interior.Color = ${v}`);
      each('Interior.Color', (x) => (x.fill = v));
    },
    get Pattern() {
      n.reads++;
      return first()?.fill === null || first()?.fill === undefined ? XL_NONE : 1;
    },
    set Pattern(v: number) {
      if (v !== XL_NONE) throw new Error(`fake ET: Interior.Pattern = ${v} is not modelled`);
      each('Interior.Pattern', (x) => (x.fill = null));
    },
  });
  return strict('Range', {
    get Row() {
      return top + 1;
    },
    get Column() {
      return left + 1;
    },
    get Rows() {
      return strict('Rows', { Count: bottom - top + 1 });
    },
    get Columns() {
      return strict('Columns', { Count: right - left + 1 });
    },
    get Value2() {
      return block(valueOf);
    },
    set Value2(v: unknown) {
      enterAll('Range.Value2', v, false);
    },
    get Formula() {
      return block((r, c) => {
        const x = cell(r, c);
        if (x?.f) return x.f;
        const v = valueOf(r, c);
        return v === null || v === undefined ? '' : v;
      });
    },
    set Formula(v: unknown) {
      enterAll('Range.Formula', v, true);
    },
    get Text() {
      n.reads++;
      const x = first();
      if (!x) return '';
      if (x.error) return x.error;
      return x.v === null ? '' : String(x.v);
    },
    get NumberFormat() {
      n.reads++;
      const fmts = new Set<string>();
      for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) fmts.add(cell(r, c)?.fmt ?? 'General');
      return fmts.size === 1 ? [...fmts][0] : mixed;
    },
    set NumberFormat(v: string | null | undefined) {
      if (typeof v !== 'string' || v === '') throw new Error(`fake ET: NumberFormat = ${String(v)}`);
      each('Range.NumberFormat', (x) => (x.fmt = v));
    },
    get MergeCells() {
      n.reads++;
      let some = false;
      let all = true;
      for (let r = top; r <= bottom; r++)
        for (let c = left; c <= right; c++) {
          const m = !!mergeOf(r, c);
          some ||= m;
          all &&= m;
        }
      return all ? true : some ? mixed : false;
    },
    get MergeArea() {
      n.reads++;
      const m = mergeOf(top, left);
      return m ? etRange(fake, sheet, m.top, m.left, m.bottom, m.right) : etRange(fake, sheet, top, left, top, left);
    },
    get Cells() {
      return strict('Cells', {
        Item: (row: number, column: number) =>
          etRange(fake, sheet, top + row - 1, left + column - 1, top + row - 1, left + column - 1),
      });
    },
    get Interior() {
      return interior;
    },
    get Comment() {
      n.reads++;
      const t = first()?.comment;
      return t === null || t === undefined ? null : strict('Comment', { Text: () => t } as EtComment);
    },
    AddComment(text: string) {
      const x = fake.cellAt(sheet, top, left);
      if (x.comment !== null) throw new Error(`fake ET: ${addr(top, left)} has a comment already (error 1004)`);
      fake.change('Range.AddComment', sheet);
      x.comment = String(text);
      return strict('Comment', { Text: () => x.comment ?? '' } as EtComment);
    },
    ClearComments() {
      each('Range.ClearComments', (x) => (x.comment = null));
    },
    get Font() {
      return strict('Font', {
        set Bold(v: boolean) {
          each('Font.Bold', (x) => (x.bold = v));
        },
      });
    },
    set WrapText(v: boolean) {
      each('Range.WrapText', (x) => (x.wrap = v));
    },
    set VerticalAlignment(v: number) {
      each('Range.VerticalAlignment', (x) => (x.top = v === -4160));
    },
    set RowHeight(v: number) {
      fake.change('Range.RowHeight', sheet);
      for (let r = top; r <= bottom; r++) sheet.rowHeights.set(r, v);
    },
    set ColumnWidth(v: number) {
      fake.change('Range.ColumnWidth', sheet);
      for (let c = left; c <= right; c++) sheet.colWidths.set(c, v);
    },
    Select() {
      if (fake.book.sheets[fake.book.active] !== sheet)
        throw new Error(`fake ET: Select on "${sheet.name}", which is not the active sheet (error 1004)`);
      fake.book.selection = { sheet: sheet.name, cell: addr(top, left) };
    },
    ClearContents() {
      each('Range.ClearContents', (x) => {
        x.v = null;
        x.f = null;
        x.error = null;
      });
    },
  } as unknown as EtRange);
}

/** The fake over a workbook's data: its Application (ActiveWorkbook → this book), and a counter. */
export function fakeEt(book: EtBookData, sw: EtSwitches): { app: EtApplication; book: EtWorkbook; counter: EtCounter } {
  const counter: EtCounter = { reads: 0, writes: 0, writesWhileUpdating: 0 };
  const fake = new Fake(book, sw, counter);
  const app = appObject(fake);
  return { app, book: app.ActiveWorkbook!, counter };
}

/** The fake's data as JSON (Maps as entry lists), for a page that must have its workbook before any script runs. */
export function etDataToJson(book: EtBookData): string {
  return JSON.stringify(book, (_k, v: unknown) => (v instanceof Map ? { $map: [...v.entries()] } : v));
}

export function etDataFromJson(text: string): EtBookData {
  return JSON.parse(text, (_k, v: unknown) =>
    v && typeof v === 'object' && Array.isArray((v as { $map?: unknown }).$map)
      ? new Map((v as { $map: Array<[unknown, unknown]> }).$map)
      : v,
  ) as EtBookData;
}
