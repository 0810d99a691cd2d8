/**
 * The fake ET workbook (fake-et.ts) from and to .xlsx through ExcelJS: values, cached formula results, number
 * formats, errors, merges, fills, comments and sheet visibility — so that the same file can go through the WPS host
 * and then the CLI (or Excel's fake), and the reverse.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { addr } from '../../src/engine/grid';
import { EtBookData, EtCell, EtSwitches, fakeEt, newSheet } from './fake-et';
import { definedNamesOf } from './defined-names';
import { portableNote } from '../../src/engine/backup-portable';

const bgrOf = (argb: string): number => {
  const rgb = argb.slice(-6);
  return parseInt(rgb.slice(4, 6) + rgb.slice(2, 4) + rgb.slice(0, 2), 16);
};
const argbOf = (bgr: number): string => {
  const h = bgr.toString(16).padStart(6, '0');
  return ('FF' + h.slice(4, 6) + h.slice(2, 4) + h.slice(0, 2)).toUpperCase();
};

/** An .xlsx as the fake's data. */
export async function etDataFromXlsx(bytes: Uint8Array): Promise<EtBookData> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const book: EtBookData = {
    name: 'book.xlsx',
    sheets: [],
    active: 0,
    protectStructure: false,
    names: (await definedNamesOf(bytes)).map((n) => ({ name: n.name, refersTo: n.formula, visible: !n.hidden })),
    screenUpdating: true,
    displayAlerts: true,
    selection: null,
  };
  wb.eachSheet((ws) => {
    const data = newSheet(ws.name);
    data.visible = ws.state === 'veryHidden' ? 2 : ws.state === 'hidden' ? 0 : -1;
    data.protect = !!(ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet;
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        if (c.type === ExcelJS.ValueType.Merge) return;
        const x: EtCell = { v: null, f: null, error: null, fmt: c.numFmt || 'General', fill: null, comment: null };
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
        const fill = c.fill as ExcelJS.FillPattern | undefined;
        if (fill?.type === 'pattern' && fill.pattern === 'solid' && fill.fgColor?.argb)
          x.fill = bgrOf(fill.fgColor.argb);
        x.comment = portableNote(c.note);
        if (x.v === null && !x.f && !x.error && x.fmt === 'General' && x.fill === null && x.comment === null) return;
        data.cells.set(c.address, x);
        if (x.f) data.loaded.set(c.address, { f: x.f, v: x.v, error: x.error });
      }),
    );
    const merges =
      (ws as unknown as { _merges?: Record<string, { top: number; left: number; bottom: number; right: number }> })
        ._merges ?? {};
    for (const m of Object.values(merges))
      data.merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
    book.sheets.push(data);
  });
  return book;
}

/** Loads an .xlsx into a fake ET application. */
export async function fakeEtFromXlsx(bytes: Uint8Array, sw: EtSwitches) {
  const data = await etDataFromXlsx(bytes);
  return { data, ...fakeEt(data, sw) };
}

/** The fake's workbook saved as .xlsx, as WPS would save it. */
export async function etDataToXlsx(book: EtBookData): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name, {
      state: s.visible === 2 ? 'veryHidden' : s.visible === 0 ? 'hidden' : 'visible',
    });
    for (const [a, x] of s.cells) {
      const c = ws.getCell(a);
      const value = x.error ? { error: x.error } : x.v;
      c.value = (x.f ? { formula: x.f.slice(1), result: value ?? undefined } : value) as ExcelJS.CellValue;
      if (x.fmt !== 'General') c.numFmt = x.fmt;
      if (x.fill !== null) c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(x.fill) } };
      if (x.comment !== null) c.note = x.comment;
      if (x.bold) c.font = { bold: true };
      if (x.wrap || x.top) c.alignment = { wrapText: !!x.wrap, vertical: x.top ? 'top' : undefined };
    }
    if (s.frozenRows) ws.views = [{ state: 'frozen', ySplit: s.frozenRows }];
    for (const [col, w] of s.colWidths) ws.getColumn(col + 1).width = w;
    for (const [row, h] of s.rowHeights) ws.getRow(row + 1).height = h;
    if (s.page.orientation === 2)
      ws.pageSetup = {
        ...ws.pageSetup,
        orientation: 'landscape',
        fitToPage: s.page.wide === 1,
        fitToWidth: s.page.wide === 1 ? 1 : undefined,
        fitToHeight: s.page.tall === false ? 0 : undefined,
        printTitlesRow: typeof s.page.titleRows === 'string' ? s.page.titleRows.replace(/\$/g, '') : undefined,
      };
    for (const m of s.merges) ws.mergeCells(addr(m.top, m.left) + ':' + addr(m.bottom, m.right));
  }
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  if (!book.names.length) return bytes;
  // ExcelJS writes no defined name that holds a constant: they go into workbook.xml as WPS saves them.
  const zip = await JSZip.loadAsync(bytes);
  const xml = (await zip.file('xl/workbook.xml')!.async('string')).replace(
    '</sheets>',
    '</sheets><definedNames>' +
      book.names
        .map(
          (n) =>
            `<definedName name="${n.name}"${n.visible ? '' : ' hidden="1"'}>${n.refersTo.replace(/^=/, '').replace(/&/g, '&amp;')}</definedName>`,
        )
        .join('') +
      '</definedNames>',
  );
  zip.file('xl/workbook.xml', xml);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}
