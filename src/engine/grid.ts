/**
 * Host-neutral grid model. Hosts (ExcelJS, Office.js) turn a worksheet into a SheetGrid;
 * the engine reads only this. Rows and columns are 0-based sheet coordinates (A1 = 0,0).
 */

export type CellValue =
  | { t: 'empty' }
  | { t: 'number'; v: number }
  | { t: 'text'; v: string }
  | { t: 'boolean'; v: boolean }
  /** A date, as an ISO date string (yyyy-mm-dd). */
  | { t: 'date'; v: string }
  /** An error value such as #DIV/0!. */
  | { t: 'error'; v: string };

export interface Cell {
  value: CellValue;
  /** Excel number format, e.g. "0.00%". */
  numFmt?: string;
  /** The formula text (without '='), when the cell holds a formula; value is its cached result. */
  formula?: string;
}

export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  name: string;
  /** rows[r][c]; missing entries are empty cells. */
  rows: ReadonlyArray<ReadonlyArray<Cell | undefined> | undefined>;
  merges: ReadonlyArray<CellRange>;
}

export const EMPTY: CellValue = { t: 'empty' };

export function colName(c: number): string {
  let s = '';
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function addr(r: number, c: number): string {
  return colName(c) + String(r + 1);
}

export function rangeAddr(rg: CellRange): string {
  return addr(rg.top, rg.left) + ':' + addr(rg.bottom, rg.right);
}

/** Parses "B12" (or "$B$12") into 0-based coordinates; null when not an address. */
export function parseAddr(a: string): { r: number; c: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(a.trim());
  if (!m) return null;
  let c = 0;
  for (const ch of m[1].toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]) - 1, c: c - 1 };
}

export function parseRange(a: string): CellRange | null {
  const [p, q] = a.split(':');
  const s = parseAddr(p);
  const e = q === undefined ? s : parseAddr(q);
  if (!s || !e) return null;
  return {
    top: Math.min(s.r, e.r),
    left: Math.min(s.c, e.c),
    bottom: Math.max(s.r, e.r),
    right: Math.max(s.c, e.c),
  };
}

/**
 * Read access to a grid with merged areas resolved. A cell inside a merged area reads as
 * the area's top-left cell; `anchorOf` names that top-left cell.
 */
export class GridView {
  readonly name: string;
  readonly rowCount: number;
  readonly colCount: number;
  private readonly mergeAt = new Map<number, CellRange>();
  private readonly grid: SheetGrid;

  constructor(grid: SheetGrid) {
    this.grid = grid;
    this.name = grid.name;
    this.rowCount = grid.rows.length;
    let cols = 0;
    for (const row of grid.rows) if (row && row.length > cols) cols = row.length;
    this.colCount = cols;
    for (const m of grid.merges) {
      // Guard against absurd merges: only index the part inside the used area.
      const bottom = Math.min(m.bottom, this.rowCount - 1);
      const right = Math.min(m.right, this.colCount - 1);
      if ((bottom - m.top + 1) * (right - m.left + 1) > 200000) continue;
      for (let r = m.top; r <= bottom; r++) for (let c = m.left; c <= right; c++) this.mergeAt.set(this.key(r, c), m);
    }
  }

  private key(r: number, c: number): number {
    return r * 16384 + c;
  }

  /** The row's cells as stored (sparse; undefined for an empty row). */
  rowCells(r: number): ReadonlyArray<Cell | undefined> | undefined {
    return this.grid.rows[r];
  }

  /** The raw cell (no merge resolution). */
  raw(r: number, c: number): Cell | undefined {
    if (r < 0 || c < 0) return undefined;
    return this.grid.rows[r]?.[c];
  }

  merge(r: number, c: number): CellRange | undefined {
    return this.mergeAt.get(this.key(r, c));
  }

  anchorOf(r: number, c: number): { r: number; c: number } {
    const m = this.merge(r, c);
    return m ? { r: m.top, c: m.left } : { r, c };
  }

  /** The cell as the user sees it: inside a merge, the merge's top-left cell. */
  cell(r: number, c: number): Cell | undefined {
    const a = this.anchorOf(r, c);
    return this.raw(a.r, a.c);
  }

  value(r: number, c: number): CellValue {
    return this.cell(r, c)?.value ?? EMPTY;
  }

  /** Last column covered by the merge that starts or contains (r,c); c itself when not merged. */
  mergeRight(r: number, c: number): number {
    const m = this.merge(r, c);
    return m ? m.right : c;
  }

  mergeBottom(r: number, c: number): number {
    const m = this.merge(r, c);
    return m ? m.bottom : r;
  }

  /** True when (r,c) is a merged cell other than the top-left one. */
  isMergeTail(r: number, c: number): boolean {
    const m = this.merge(r, c);
    return !!m && (m.top !== r || m.left !== c);
  }

  /** Displayable text of a cell (numbers as written). */
  text(r: number, c: number): string {
    return cellText(this.value(r, c));
  }
}

export function cellText(v: CellValue): string {
  switch (v.t) {
    case 'empty':
      return '';
    case 'text':
      return v.v;
    case 'number':
      return String(v.v);
    case 'boolean':
      return v.v ? 'TRUE' : 'FALSE';
    case 'date':
      return v.v;
    case 'error':
      return v.v;
  }
}

/** Convenience for tests and generators: build a grid from an array of arrays of plain values. */
export function gridFromArrays(
  name: string,
  data: ReadonlyArray<ReadonlyArray<string | number | boolean | null | undefined | Cell>>,
  merges: ReadonlyArray<string> = [],
): SheetGrid {
  const rows = data.map((row) =>
    row.map((v): Cell | undefined => {
      if (v === null || v === undefined || v === '') return undefined;
      if (typeof v === 'object') return v;
      if (typeof v === 'number') return { value: { t: 'number', v } };
      if (typeof v === 'boolean') return { value: { t: 'boolean', v } };
      if (/^#(DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!)$/.test(v)) return { value: { t: 'error', v } };
      return { value: { t: 'text', v } };
    }),
  );
  return {
    name,
    rows,
    merges: merges.map((m) => {
      const rg = parseRange(m);
      if (!rg) throw new Error('bad merge ' + m);
      return rg;
    }),
  };
}
