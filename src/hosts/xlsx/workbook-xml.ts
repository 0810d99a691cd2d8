/**
 * xl/workbook.xml of the workbook as the user gave it: the profile it keeps in the hidden defined name
 * `selfeval_profile` (written by the WPS host); and what ExcelJS drops of a workbook (its defined names and
 * protection, each sheet's page breaks and cross-sheet drop-down lists, WPS's pictures placed in cells), carried
 * into the copy it writes. The parts are read through one reader per file.
 */
import JSZip from 'jszip';
import { PROFILE_NAME } from '../../engine/own-sheets';
import { zipDirectory, zipEntryData } from './load';
import { carryDefinedNames, xmlText } from './defined-names';
import { CELL_IMAGES, PartSource, carryCellImages } from './cell-images';
import { carrySheetElements, carryWorkbookElements, hasCarried, sheetParts } from './sheet-parts';

/** A raw-deflate inflater the host may supply (the CLI gives Node's zlib); without one the zip is parsed by JSZip. */
export type InflateRaw = (data: Uint8Array) => Uint8Array;
let inflateRaw: InflateRaw | null = null;

export function setInflateRaw(fn: InflateRaw | null): void {
  inflateRaw = fn;
}

/** One part's bytes from its zip entry, when an inflater is set: no parse of the whole zip. */
function partBytesDirect(data: Uint8Array | ArrayBuffer, name: string): Uint8Array | null {
  if (!inflateRaw) return null;
  const b = data instanceof Uint8Array ? data : new Uint8Array(data);
  const entry = zipDirectory(b)?.entries.find((e) => e.name === name);
  const raw = entry && zipEntryData(b, entry);
  if (!raw) return null; // absent, or stored rather than deflated: JSZip reads it
  try {
    return inflateRaw(raw);
  } catch {
    return null;
  }
}

function partTextDirect(data: Uint8Array | ArrayBuffer, name: string): string | null {
  const bytes = partBytesDirect(data, name);
  return bytes && new TextDecoder('utf-8').decode(bytes);
}

const NAME_RE = new RegExp(`<definedName\\b[^>]*\\bname="${PROFILE_NAME}"[^>]*>([^<]*)</definedName>`, 'i');

async function zippedPart(data: Uint8Array | ArrayBuffer, name: string): Promise<{ zip: JSZip; xml: string } | null> {
  try {
    const zip = await JSZip.loadAsync(data);
    const xml = await zip.file(name)?.async('string');
    return xml ? { zip, xml } : null;
  } catch {
    return null; // not a zip: nothing to carry into
  }
}

/** Reads parts of one file: each from its entry when an inflater is set, otherwise from one JSZip parse. */
export function partReader(data: Uint8Array | ArrayBuffer): PartSource {
  let zip: Promise<JSZip | null> | null = null;
  const zipped = async (): Promise<JSZip | null> => (zip ??= JSZip.loadAsync(data).catch(() => null));
  return {
    text: async (name) => partTextDirect(data, name) ?? (await (await zipped())?.file(name)?.async('string')) ?? null,
    bytes: async (name) =>
      partBytesDirect(data, name) ?? (await (await zipped())?.file(name)?.async('uint8array')) ?? null,
  };
}

/** The workbook part of an .xlsx, or null for anything else (an .xls has none). */
export const workbookXmlOf = (data: Uint8Array | ArrayBuffer): Promise<string | null> =>
  partReader(data).text('xl/workbook.xml');

/** The profile's name (`hunan`) the workbook part keeps, or null. */
export function profileIn(xml: string | null): string | null {
  const m = xml && NAME_RE.exec(xml);
  if (!m) return null;
  const v = /^=?"([\w-]+)"$/.exec(xmlText(m[1]).trim());
  return v ? v[1] : null;
}

/** The profile's name (`hunan`), or null when the workbook keeps none. */
export async function savedProfileOf(data: Uint8Array | ArrayBuffer): Promise<string | null> {
  return profileIn(await workbookXmlOf(data));
}

/**
 * The copy ExcelJS wrote, given back what it drops of the workbook it was made from (read through `src`): the
 * defined names (defined-names.ts), the workbook's protection, each sheet's page breaks and
 * cross-sheet drop-down lists (sheet-parts.ts), and WPS's pictures placed in cells (cell-images.ts).
 */
export async function withWhatExcelJsDrops(src: PartSource, bytes: Uint8Array): Promise<Uint8Array> {
  const original = await src.text('xl/workbook.xml');
  if (original === null) return bytes; // made from an .xls: there is nothing of the file to carry
  const rels = 'xl/_rels/workbook.xml.rels';
  const sheets: Array<[string, string]> = []; // the sheets that hold something to carry: name, part
  for (const [name, part] of sheetParts(original, (await src.text(rels)) ?? '')) {
    const xml = await src.text(part);
    if (xml && hasCarried(xml)) sheets.push([name, xml]);
  }
  const cellImages = await src.text(CELL_IMAGES);
  if (!/<(?:definedName|workbookProtection|fileSharing)\b/.test(original) && sheets.length === 0 && !cellImages)
    return bytes; // most workbooks: nothing to do
  const out = await zippedPart(bytes, 'xl/workbook.xml');
  if (!out) return bytes;
  let changed = false;
  const xml = carryWorkbookElements(original, carryDefinedNames(original, out.xml));
  if (xml !== out.xml) {
    out.zip.file('xl/workbook.xml', xml);
    changed = true;
  }
  const to = sheetParts(out.xml, (await out.zip.file(rels)?.async('string')) ?? '');
  for (const [name, sheet] of sheets) {
    const target = to.get(name);
    const copy = (target && (await out.zip.file(target)?.async('string'))) || '';
    const carried = copy && carrySheetElements(sheet, copy);
    if (target && carried && carried !== copy) {
      out.zip.file(target, carried);
      changed = true;
    }
  }
  if (cellImages && (await carryCellImages(cellImages, src, out.zip))) changed = true;
  return changed ? new Uint8Array(await out.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })) : bytes;
}
