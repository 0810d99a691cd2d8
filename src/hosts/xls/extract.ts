/**
 * Runs inside an isolated realm (a vm context in Node, a Web Worker in the page) next to SheetJS: the legacy-format
 * parser is kept away from the application's own objects, since the SheetJS build on npm (0.18.5) has published
 * prototype-pollution and ReDoS advisories (see README). It must stay self-contained — no imports, no closures —
 * because Node runs it from its source text. It returns JSON, so nothing crosses back but plain data.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- SheetJS's objects inside the sandbox are untyped on purpose */
export function extractWorkbook(XLSX: any, data: Uint8Array): string {
  const wb = XLSX.read(data, {
    type: 'array',
    cellFormula: true,
    cellNF: true,
    cellDates: false,
    cellStyles: false,
    sheetStubs: false,
    WTF: false,
  });
  const sheets = [];
  for (let i = 0; i < wb.SheetNames.length; i++) {
    const name = String(wb.SheetNames[i]);
    const ws = wb.Sheets[name] || {};
    const cells = [];
    for (const key of Object.keys(ws)) {
      if (key.charAt(0) === '!') continue;
      const c = ws[key];
      if (!c || typeof c !== 'object') continue;
      // [address, type (n s b e d), value, formula, number format]
      cells.push([
        key,
        String(c.t),
        c.t === 'e' ? String(c.w || '#N/A') : c.v,
        c.f ? String(c.f) : null,
        c.z ? String(c.z) : null,
      ]);
    }
    const merges = [];
    for (const m of ws['!merges'] || []) merges.push([m.s.r, m.s.c, m.e.r, m.e.c]);
    const widths = [];
    for (const col of ws['!cols'] || []) widths.push(col && typeof col.wch === 'number' ? col.wch : null);
    const hidden =
      wb.Workbook && wb.Workbook.Sheets && wb.Workbook.Sheets[i] ? Number(wb.Workbook.Sheets[i].Hidden || 0) : 0;
    sheets.push({ name, cells, merges, widths, hidden });
  }
  return JSON.stringify({ sheets });
}

/** What extractWorkbook returns, parsed. */
export interface PlainWorkbook {
  sheets: Array<{
    name: string;
    cells: Array<[string, string, unknown, string | null, string | null]>;
    merges: Array<[number, number, number, number]>;
    widths: Array<number | null>;
    hidden: number;
  }>;
}
