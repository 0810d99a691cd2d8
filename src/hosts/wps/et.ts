/**
 * The part of WPS 表格's object model (ET) that selfeval uses, as narrow interfaces of our own: the published type
 * packages are generated and may not be changed (issue #14). Members follow WPS's Range documentation
 * (https://airsheet.wps.cn/docs/api/excel/workbook/Range.html): Value/Value2 any or any[][], Text the formatted
 * text, Formula, NumberFormat, MergeArea, MergeCells, Row, Column, Cells, Rows, Columns. What that page leaves open
 * — how an empty cell, an error cell, a one-row block and a mixed range come back — is read defensively here and
 * switched in the fake (test/support/fake-et.ts) until a dump from a real WPS settles it.
 */

/** A rectangular range. Every member may be a call across to WPS: read as few as possible. */
export interface EtRange {
  /** First row and column, 1-based. */
  readonly Row: number;
  readonly Column: number;
  readonly Rows: { readonly Count: number };
  readonly Columns: { readonly Count: number };
  /** A scalar for one cell; rows of values for a block (a one-row block may come back flattened). Set: the same. */
  Value2: unknown;
  /** The formatted text of the first cell ("#DIV/0!" for that error). */
  readonly Text: string;
  /** "=…" for a formula cell, else its value; for a block, rows of them. */
  Formula: unknown;
  /** The block's number format; null (or undefined) when its cells differ. Set: one format for every cell. */
  NumberFormat: string | null | undefined;
  /** True when the block holds merged cells; null when only some are. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  readonly Cells: { Item(row: number, column: number): EtRange };
  /** The fill (Interior page): Color is a BGR number; Pattern xlNone (−4142) for no fill, xlSolid (1) for solid. */
  readonly Interior: EtInterior;
  /** The cell's comment (批注), or null when it has none. */
  readonly Comment: EtComment | null;
  AddComment(text: string): EtComment;
  ClearComments(): void;
  readonly Font: { Bold: boolean };
  WrapText: boolean;
  /** xlTop = −4160. */
  VerticalAlignment: number;
  /** Points. */
  RowHeight: number;
  /** Characters of the default font. */
  ColumnWidth: number;
  Select(): void;
  ClearContents(): void;
}

export interface EtInterior {
  Color: number;
  Pattern: number;
}

export interface EtComment {
  /** Comment.Text(): the comment's text. */
  Text(): string;
}

/** XlSheetVisibility: visible −1, hidden 0, very hidden 2 (hidden from the user and from 取消隐藏). */
export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_HIDDEN = 0;
export const XL_SHEET_VERY_HIDDEN = 2;
export const XL_NONE = -4142;
export const XL_SOLID = 1;
export const XL_TOP = -4160;
export const XL_LANDSCAPE = 2;

export interface EtPageSetup {
  Orientation: number;
  /** False to let FitToPagesWide/Tall decide. */
  Zoom: number | boolean;
  FitToPagesWide: number | boolean;
  FitToPagesTall: number | boolean;
  PrintTitleRows: string;
}

export interface EtWorksheet {
  Name: string;
  readonly UsedRange: EtRange;
  Range(address: string): EtRange;
  /** XlSheetVisibility (−1, 0, 2). */
  Visible: number;
  /** True when the sheet's cells are protected (read only). */
  readonly ProtectContents: boolean;
  readonly PageSetup: EtPageSetup;
  /** Asks the user to confirm unless Application.DisplayAlerts is false. */
  Delete(): unknown;
  Activate(): void;
}

export interface EtSheets {
  readonly Count: number;
  Item(index: number): EtWorksheet;
  /** Sheets.Add(Before, After): the new sheet becomes the active sheet. */
  Add(before?: EtWorksheet | null, after?: EtWorksheet | null): EtWorksheet;
}

export interface EtName {
  readonly Name: string;
  /** "=…" as entered. */
  readonly RefersTo: string;
  Delete(): void;
}

export interface EtNames {
  readonly Count: number;
  Item(index: number): EtName;
  /** Names.Add(Name, RefersTo, Visible): a hidden name is not listed in 名称管理器. */
  Add(name: string, refersTo: string, visible?: boolean): EtName;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Sheets: EtSheets;
  readonly ActiveSheet: EtWorksheet;
  /** True when the workbook's structure is protected: sheets cannot be added, removed or hidden. */
  readonly ProtectStructure: boolean;
  readonly Names: EtNames;
}

/** The active window: its split and frozen panes apply to the active sheet (Excel's Window.FreezePanes page). */
export interface EtWindow {
  SplitRow: number;
  SplitColumn: number;
  FreezePanes: boolean;
}

/** wps.EtApplication() / window.Application in a WPS 表格 add-in. */
export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveWindow: EtWindow;
  ScreenUpdating: boolean;
  DisplayAlerts: boolean;
}
