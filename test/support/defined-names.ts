/**
 * A workbook's defined names as the file holds them (xl/workbook.xml), for the fakes: ExcelJS drops those holding a
 * constant (`"hunan"`), which is what the WPS host writes. The formula is given with its "=".
 */
import JSZip from 'jszip';
import { specsToBuffer } from '../fixtures/write-xlsx';
import { tableWithFinding } from '../fixtures/specs';
import { withParts } from './zip-parts';

export interface DefinedName {
  name: string;
  formula: string;
  hidden: boolean;
}

export async function definedNamesOf(bytes: Uint8Array): Promise<DefinedName[]> {
  const xml = (await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)].map((m) => ({
    name: /\bname="([^"]*)"/.exec(m[1])![1],
    formula: '=' + m[2].replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
    hidden: /\bhidden="(1|true)"/.test(m[1]),
  }));
}

/** The workbook with `<definedName>` elements (as the file writes them) added to xl/workbook.xml. */
export function withDefinedNames(bytes: Uint8Array, entries: string): Promise<Uint8Array> {
  return withParts(bytes, {
    'xl/workbook.xml': (xml) =>
      xml.includes('</definedNames>')
        ? xml.replace('</definedNames>', () => `${entries}</definedNames>`)
        : xml.replace('</sheets>', () => `</sheets><definedNames>${entries}</definedNames>`),
  });
}

export interface ScopedName {
  name: string;
  /** The sheet the name belongs to, by name, or '' for the workbook. */
  sheet: string;
  /** As the file holds it (XML-escaped). */
  body: string;
  hidden: boolean;
}

/** Every defined name with the sheet it is scoped to, sorted: what a copy must keep. */
export async function scopedNamesOf(bytes: Uint8Array): Promise<ScopedName[]> {
  const xml = (await (await JSZip.loadAsync(bytes)).file('xl/workbook.xml')?.async('string')) ?? '';
  const sheets = [...(/<sheets>([\s\S]*?)<\/sheets>/.exec(xml)?.[1] ?? '').matchAll(/\bname="([^"]*)"/g)].map(
    (m) => m[1],
  );
  return [...xml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)]
    .map((m) => {
      const id = /\blocalSheetId="(\d+)"/.exec(m[1]);
      return {
        name: /\bname="([^"]*)"/.exec(m[1])![1],
        sheet: id ? (sheets[Number(id[1])] ?? `#${id[1]}`) : '',
        body: m[2],
        hidden: /\bhidden="(1|true)"/.test(m[1]),
      };
    })
    .sort((a, b) => (a.name + a.sheet).localeCompare(b.name + b.sheet));
}

/** The profile name as the WPS host writes it. */
export const PROFILE_NAME_ENTRY = '<definedName name="selfeval_profile" hidden="1">&quot;hunan&quot;</definedName>';

/** Names of every kind a template may hold (the sheets are 项目自评表 and 填表说明). */
export const USER_NAMES =
  '<definedName name="rate">0.9</definedName>' +
  '<definedName name="label">&quot;自评&quot;</definedName>' +
  '<definedName name="tbl">项目自评表!$A$1:$B$3</definedName>' +
  '<definedName name="twice">项目自评表!$A$1*2</definedName>' +
  '<definedName name="_xlnm.Print_Area" localSheetId="0">项目自评表!$A$1:$I$30</definedName>' +
  '<definedName name="note">填表说明!$A$1</definedName>' +
  '<definedName name="note" localSheetId="1">填表说明!$A$2</definedName>' +
  '<definedName name="secret" hidden="1">42</definedName>' +
  PROFILE_NAME_ENTRY;

/** A table with a finding (so that fix writes) on 项目自评表 and a second sheet 填表说明, holding USER_NAMES. */
export async function namedWorkbook(): Promise<Uint8Array> {
  const notes = { name: '填表说明', rows: [['说明']], merges: [] };
  return withDefinedNames(await specsToBuffer([tableWithFinding('项目自评表'), notes]), USER_NAMES);
}
