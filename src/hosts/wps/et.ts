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
  /** A scalar for one cell; rows of values for a block (a one-row block may come back flattened). */
  readonly Value2: unknown;
  /** The formatted text of the first cell ("#DIV/0!" for that error). */
  readonly Text: string;
  /** "=…" for a formula cell, else its value; for a block, rows of them. */
  readonly Formula: unknown;
  /** The block's number format; null (or undefined) when its cells differ. */
  readonly NumberFormat: string | null | undefined;
  /** True when the block holds merged cells; null when only some are. */
  readonly MergeCells: boolean | null;
  readonly MergeArea: EtRange;
  readonly Cells: { Item(row: number, column: number): EtRange };
}

export interface EtWorksheet {
  readonly Name: string;
  readonly UsedRange: EtRange;
  Range(address: string): EtRange;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Sheets: { readonly Count: number; Item(index: number): EtWorksheet };
}
