/**
 * Workbooks made for a test by editing the parts of one ExcelJS wrote: what Excel or WPS would have put there (a
 * defined name, a page break, a text box, a picture in a cell) that ExcelJS cannot write itself.
 */
import JSZip from 'jszip';
import { specsToBuffer } from '../fixtures/write-xlsx';
import { SheetSpec, tableWithFinding } from '../fixtures/specs';

/** A part's new content: text or bytes, or a function of its text ('' when the workbook has no such part). */
export type PartEdit = string | Uint8Array | ((text: string) => string);

/** The workbook with its parts set or edited, in the order given. */
export async function withParts(bytes: Uint8Array, edits: Record<string, PartEdit>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, edit] of Object.entries(edits))
    zip.file(name, typeof edit === 'function' ? edit((await zip.file(name)?.async('string')) ?? '') : edit);
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** A part's text, or '' when the workbook has none. */
export async function partOf(bytes: Uint8Array, name: string): Promise<string> {
  return (await (await JSZip.loadAsync(bytes)).file(name)?.async('string')) ?? '';
}

/** A workbook of `tableWithFinding('甲')` and any further sheets, as ExcelJS writes it. */
export function findingWorkbook(...more: SheetSpec[]): Promise<Uint8Array> {
  return specsToBuffer([tableWithFinding('甲'), ...more]);
}
