/**
 * A strict fake of WPS 表格's object model (ET), for the members src/hosts/wps/et.ts declares and nothing else:
 * any other member throws, so the host cannot come to rely on something the fake was kind enough to have.
 *
 * Modelled from WPS's Range page (https://airsheet.wps.cn/docs/api/excel/workbook/Range.html): Value2 is a value
 * or rows of values; Text the formatted text; Formula "=…" for a formula cell, the value otherwise (as the JS 宏
 * guide at https://blog.csdn.net/qq_61913010/article/details/143450258 shows for multi-cell ranges); NumberFormat,
 * MergeCells, MergeArea, Row, Column, Rows/Columns.Count, Cells.Item(row, column). What those pages leave open is a
 * switch (issue #14), each to be set from a dump of a real WPS once one is committed:
 * - `empty`: an empty cell in Value2 as null, "" or undefined;
 * - `errors`: an error cell as VBA's numeric code (CVErr, −2146826281 for #DIV/0!) or as its text;
 * - `flattenOneRow`: a one-row block's Value2 as a flat list instead of one row;
 * - `mixed`: what NumberFormat and MergeCells give for a block whose cells differ: null, undefined or "".
 * Two behaviours are taken from Excel's documentation, which WPS's pages do not contradict but do not state either,
 * and are to be checked against the same dump: UsedRange starts at the first used cell, not at A1
 * (https://learn.microsoft.com/office/vba/api/excel.worksheet.usedrange); an error cell's Text is its error value
 * as shown (#DIV/0!), Text being the cell's displayed text (https://learn.microsoft.com/office/vba/api/excel.range.text).
 */
import ExcelJS from 'exceljs';
import { addr, parseRange } from '../../src/engine/grid';
import type { EtRange, EtWorkbook, EtWorksheet } from '../../src/hosts/wps/et';

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

const CODES: Record<string, number> = {
  '#NULL!': -2146826288,
  '#DIV/0!': -2146826281,
  '#VALUE!': -2146826273,
  '#REF!': -2146826265,
  '#NAME?': -2146826259,
  '#NUM!': -2146826252,
  '#N/A': -2146826246,
};

interface EtCell {
  v: string | number | boolean | null;
  f: string | null;
  error: string | null;
  fmt: string;
}

interface EtSheetData {
  name: string;
  cells: Map<string, EtCell>;
  merges: Array<{ top: number; left: number; bottom: number; right: number }>;
  used: { top: number; left: number; bottom: number; right: number };
}

/** Counts the calls across to "WPS", as a real host would pay for them. */
export interface EtCounter {
  reads: number;
}

function strict<T extends object>(what: string, members: T): T {
  return new Proxy(members, {
    get(target, key) {
      if (typeof key === 'symbol' || key === 'then' || key === 'toJSON') return undefined;
      if (!(key in target)) throw new Error(`fake ET: ${what}.${key} is not modelled (src/hosts/wps/et.ts)`);
      return (target as Record<string, unknown>)[key];
    },
  });
}

function range(
  sheet: EtSheetData,
  sw: EtSwitches,
  n: EtCounter,
  top: number,
  left: number,
  bottom: number,
  right: number,
): EtRange {
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
  const mergeOf = (r: number, c: number) =>
    sheet.merges.find((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right);
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
    get Formula() {
      return block((r, c) => {
        const x = cell(r, c);
        if (x?.f) return x.f;
        const v = valueOf(r, c);
        return v === null || v === undefined ? '' : v;
      });
    },
    get Text() {
      n.reads++;
      const x = cell(top, left);
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
      return m ? range(sheet, sw, n, m.top, m.left, m.bottom, m.right) : range(sheet, sw, n, top, left, top, left);
    },
    get Cells() {
      return strict('Cells', {
        Item: (row: number, column: number) =>
          range(sheet, sw, n, top + row - 1, left + column - 1, top + row - 1, left + column - 1),
      });
    },
  } as EtRange) as EtRange;
}

function worksheet(sheet: EtSheetData, sw: EtSwitches, n: EtCounter): EtWorksheet {
  return strict('Worksheet', {
    Name: sheet.name,
    get UsedRange() {
      n.reads++;
      const u = sheet.used;
      return range(sheet, sw, n, u.top, u.left, u.bottom, u.right);
    },
    Range(address: string) {
      const rg = parseRange(address);
      if (!rg) throw new Error(`fake ET: Range("${address}") is not an A1 range`);
      return range(sheet, sw, n, rg.top, rg.left, rg.bottom, rg.right);
    },
  } as EtWorksheet);
}

/** Loads an .xlsx (via ExcelJS) into a fake ET workbook: values, cached formula results, formats, errors, merges. */
export async function fakeEtFromXlsx(
  bytes: Uint8Array,
  sw: EtSwitches,
): Promise<{ book: EtWorkbook; counter: EtCounter }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets: EtSheetData[] = [];
  wb.eachSheet((ws) => {
    const data: EtSheetData = {
      name: ws.name,
      cells: new Map(),
      merges: [],
      used: { top: 0, left: 0, bottom: 0, right: 0 },
    };
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        if (c.type === ExcelJS.ValueType.Merge) return;
        const x: EtCell = { v: null, f: null, error: null, fmt: c.numFmt || 'General' };
        let v = c.value as unknown;
        if (v && typeof v === 'object' && 'formula' in (v as object)) {
          x.f = '=' + (v as { formula: string }).formula;
          v = (v as { result?: unknown }).result;
        }
        if (v instanceof Date) x.v = v.getTime() / 86400000 + 25569;
        else if (v && typeof v === 'object' && 'error' in (v as object))
          x.error = String((v as { error: string }).error);
        else if (v && typeof v === 'object' && 'richText' in (v as object))
          x.v = (v as { richText: Array<{ text: string }> }).richText.map((t) => t.text).join('');
        else if (v && typeof v === 'object' && typeof (v as { text?: unknown }).text === 'string')
          x.v = (v as { text: string }).text;
        else if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') x.v = v;
        data.cells.set(c.address, x);
        top = Math.min(top, Number(c.row) - 1);
        left = Math.min(left, Number(c.col) - 1);
        bottom = Math.max(bottom, Number(c.row) - 1);
        right = Math.max(right, Number(c.col) - 1);
      }),
    );
    const merges =
      (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })
        ._merges ?? {};
    for (const m of Object.values(merges)) {
      data.merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
      top = Math.min(top, m.top - 1);
      left = Math.min(left, m.left - 1);
      bottom = Math.max(bottom, m.bottom - 1);
      right = Math.max(right, m.right - 1);
    }
    // The used range starts at the first used cell, as a spreadsheet's does (A1 when the sheet is empty).
    data.used = top === Infinity ? { top: 0, left: 0, bottom: 0, right: 0 } : { top, left, bottom, right };
    sheets.push(data);
  });
  const counter: EtCounter = { reads: 0 };
  const book = strict('Workbook', {
    Name: 'book.xlsx',
    Sheets: strict('Sheets', {
      Count: sheets.length,
      Item: (i: number) => worksheet(sheets[i - 1], sw, counter),
    }),
  } as EtWorkbook);
  return { book, counter };
}
