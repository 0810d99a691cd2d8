/**
 * A workbook's defined names as the file holds them (xl/workbook.xml), for the fakes: ExcelJS drops those holding a
 * constant (`"hunan"`), which is what the WPS host writes. The formula is given with its "=".
 */
import JSZip from 'jszip';

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
