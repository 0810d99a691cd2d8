/**
 * A sheet's manual page breaks and its drop-down lists fed from another sheet (Excel 2010's x14 validations in
 * extLst): ExcelJS reads past both and writes neither, so fix and restore carry them from the workbook as given.
 */
import ExcelJS from 'exceljs';
import { JSDOM } from 'jsdom';
import { fixXlsx, restoreXlsx } from '../src/hosts/xlsx';
import { carrySheetElements, carryWorkbookElements } from '../src/hosts/xlsx/sheet-parts';
import JSZip from 'jszip';
import {
  BREAKS,
  LIST_FROM_OTHER_SHEET,
  LOCKED_STRUCTURE,
  X14,
  XM,
  lockedWorkbook,
  sheetWithBreaksAndList,
  sheetXml,
} from './support/sheet-extras';

/** Parsed as XML (every prefix bound), or the parser's complaint. */
function wellFormed(xml: string): string {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  return doc.getElementsByTagName('parsererror')[0]?.textContent ?? 'ok';
}

const count = (xml: string, s: string): number => xml.split(s).length - 1;

describe('page breaks and cross-sheet drop-down lists', () => {
  it('ExcelJS alone loses both (why they are carried)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await sheetWithBreaksAndList()) as unknown as ArrayBuffer);
    const copy = await sheetXml(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer), '甲');
    expect(copy).not.toContain('rowBreaks');
    expect(copy).not.toContain('选项!$A$1:$A$3');
  });

  it('fix keeps them once, well formed, in schema order; a second fix and restore keep them too', async () => {
    const original = await sheetWithBreaksAndList();
    const fixed = await fixXlsx(original);
    expect(fixed.plan.writes.length + fixed.plan.marks.length).toBeGreaterThan(0);
    for (const bytes of [fixed.bytes, (await fixXlsx(fixed.bytes)).bytes, (await restoreXlsx(fixed.bytes)).bytes]) {
      const xml = await sheetXml(bytes, '甲');
      expect(wellFormed(xml)).toBe('ok');
      expect(count(xml, '<rowBreaks')).toBe(1);
      expect(count(xml, '选项!$A$1:$A$3')).toBe(1);
      expect(xml).toContain('<brk id="8" max="16383" man="1"/>');
      expect(xml.indexOf('<rowBreaks')).toBeGreaterThan(xml.indexOf('<pageSetup'));
      expect(xml.indexOf('<extLst')).toBeGreaterThan(xml.indexOf('<rowBreaks'));
      if (xml.includes('<legacyDrawing')) expect(xml.indexOf('<rowBreaks')).toBeLessThan(xml.indexOf('<legacyDrawing'));
    }
    expect(await sheetXml(fixed.bytes, '选项')).not.toContain('rowBreaks'); // carried to its own sheet only
  });
});

describe('carrySheetElements', () => {
  const ws = (body: string, root = ''): string =>
    `<worksheet xmlns="main"${root}><sheetData/><pageMargins/>${body}</worksheet>`;
  it.each([
    ['a break goes before the drawing', ws(BREAKS), ws('<drawing r:id="rId1"/>'), `${BREAKS}<drawing r:id="rId1"/>`],
    ['row breaks go before column breaks', ws(BREAKS), ws('<colBreaks count="0"/>'), `${BREAKS}<colBreaks`],
    ['nothing is added twice', ws(BREAKS), ws(BREAKS), ws(BREAKS)],
    [
      'a list joins an extLst the copy has, with the prefix the root declared',
      ws(LIST_FROM_OTHER_SHEET, ` xmlns:xm="${XM}"`),
      ws('<extLst><ext uri="{other}"/></extLst>'),
      `<extLst><ext uri="{other}"/><ext xmlns:xm="${XM}" uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}">`,
    ],
    ['a sheet with neither is left alone', ws(''), ws('<drawing/>'), ws('<drawing/>')],
  ])('%s', (_, original, out, expected) => {
    expect(carrySheetElements(original, out)).toContain(expected);
  });
});

describe("the workbook's protection", () => {
  const workbookXml = async (bytes: Uint8Array): Promise<string> =>
    (await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')!.async('string'))!;

  it('ExcelJS alone drops a locked structure; fix and restore keep it, once, where the schema puts it', async () => {
    const original = await lockedWorkbook();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(original as unknown as ArrayBuffer);
    expect(await workbookXml(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer))).not.toContain(
      'workbookProtection',
    );
    const fixed = await fixXlsx(original);
    for (const bytes of [fixed.bytes, (await restoreXlsx(fixed.bytes)).bytes]) {
      const xml = await workbookXml(bytes);
      expect(wellFormed(xml)).toBe('ok');
      expect(count(xml, LOCKED_STRUCTURE)).toBe(1);
      expect(xml.indexOf(LOCKED_STRUCTURE)).toBeGreaterThan(xml.indexOf('<workbookPr'));
      expect(xml.indexOf(LOCKED_STRUCTURE)).toBeLessThan(xml.indexOf('<sheets>'));
    }
  });

  it.each([
    [
      'read-only recommended goes before workbookPr',
      '<workbook><fileSharing readOnlyRecommended="1"/><workbookPr/><sheets/></workbook>',
      '<workbook><workbookPr/><bookViews/><sheets/></workbook>',
      '<workbook><fileSharing readOnlyRecommended="1"/><workbookPr/><bookViews/><sheets/></workbook>',
    ],
    [
      'a locked structure goes before bookViews',
      `<workbook><workbookPr/>${LOCKED_STRUCTURE}<sheets/></workbook>`,
      '<workbook><workbookPr/><bookViews/><sheets/></workbook>',
      `<workbook><workbookPr/>${LOCKED_STRUCTURE}<bookViews/><sheets/></workbook>`,
    ],
    [
      'an unprotected workbook is left alone',
      '<workbook><workbookPr/><sheets/></workbook>',
      '<workbook><workbookPr/><sheets/></workbook>',
      '<workbook><workbookPr/><sheets/></workbook>',
    ],
  ])('%s', (_, original, out, expected) => {
    expect(carryWorkbookElements(original, out)).toBe(expected);
  });
});
