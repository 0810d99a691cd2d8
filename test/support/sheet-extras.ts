/** A sheet with what ExcelJS reads past: manual page breaks and a drop-down list fed from another sheet. */
import { sheetParts } from '../../src/hosts/xlsx/sheet-parts';
import { findingWorkbook, partOf, withParts } from './zip-parts';

export const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
export const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
/** As Excel writes it: x14 declared on the ext, xm on the worksheet element. */
export const LIST_FROM_OTHER_SHEET =
  `<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1">` +
  '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1">' +
  '<x14:formula1><xm:f>选项!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>J7:J16</xm:sqref></x14:dataValidation>' +
  '</x14:dataValidations></ext></extLst>';
export const BREAKS = '<rowBreaks count="1" manualBreakCount="1"><brk id="8" max="16383" man="1"/></rowBreaks>';

/** 甲 (a table with a finding) with a page break and a list fed from 选项; 选项 holds the list. */
export async function sheetWithBreaksAndList(): Promise<Uint8Array> {
  const options = { name: '选项', rows: [['已完成'], ['部分完成'], ['未完成']], merges: [] };
  return withParts(await findingWorkbook(options), {
    'xl/worksheets/sheet1.xml': (sheet) =>
      sheet
        .replace(/<worksheet\b/, `<worksheet xmlns:xm="${XM}"`)
        .replace('</worksheet>', () => `${BREAKS}${LIST_FROM_OTHER_SHEET}</worksheet>`),
  });
}

/** A sheet's part, found by the sheet's name. */
export async function sheetXml(bytes: Uint8Array, name: string): Promise<string> {
  const parts = sheetParts(await partOf(bytes, 'xl/workbook.xml'), await partOf(bytes, 'xl/_rels/workbook.xml.rels'));
  return partOf(bytes, parts.get(name)!);
}

/** As Excel writes a workbook whose structure is locked with a password. */
export const LOCKED_STRUCTURE =
  '<workbookProtection workbookAlgorithmName="SHA-512" workbookHashValue="bG9ja2Vk" workbookSaltValue="c2FsdA==" workbookSpinCount="100000" lockStructure="1"/>';

/** A table with a finding, in a workbook whose structure is locked. */
export async function lockedWorkbook(): Promise<Uint8Array> {
  return withParts(await findingWorkbook(), {
    'xl/workbook.xml': (xml) => xml.replace(/(<workbookPr\b[^>]*\/>)/, (m) => m + LOCKED_STRUCTURE),
  });
}
