/**
 * The profile a workbook keeps in the hidden defined name `selfeval_profile` (written by the WPS host). ExcelJS
 * neither reads nor writes a defined name that holds a constant, so it is read from xl/workbook.xml here and put
 * back into the fixed copy, which would otherwise lose it.
 */
import JSZip from 'jszip';
import { PROFILE_NAME } from '../../engine/own-sheets';
import { zipDirectory, zipEntryData } from './load';

/** A raw-deflate inflater the host may supply (the CLI gives Node's zlib); without one the zip is parsed by JSZip. */
export type InflateRaw = (data: Uint8Array) => Uint8Array;
let inflateRaw: InflateRaw | null = null;

export function setInflateRaw(fn: InflateRaw | null): void {
  inflateRaw = fn;
}

/** xl/workbook.xml alone, from its entry, when an inflater is set: no second parse of the whole zip. */
function workbookXmlDirect(data: Uint8Array | ArrayBuffer): string | null {
  if (!inflateRaw) return null;
  const b = data instanceof Uint8Array ? data : new Uint8Array(data);
  const entry = zipDirectory(b)?.entries.find((e) => e.name === 'xl/workbook.xml');
  const raw = entry && zipEntryData(b, entry);
  if (!raw) return null;
  try {
    return new TextDecoder('utf-8').decode(inflateRaw(raw));
  } catch {
    return null;
  }
}

const NAME_RE = new RegExp(`<definedName\\b[^>]*\\bname="${PROFILE_NAME}"[^>]*>([^<]*)</definedName>`, 'i');

const unescape = (x: string): string =>
  x
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

async function workbookXml(data: Uint8Array | ArrayBuffer): Promise<{ zip: JSZip; xml: string } | null> {
  try {
    const zip = await JSZip.loadAsync(data);
    const xml = await zip.file('xl/workbook.xml')?.async('string');
    return xml ? { zip, xml } : null;
  } catch {
    return null; // not a zip: the loader says what the file is
  }
}

/** The profile's name (`hunan`), or null when the workbook keeps none. */
export async function savedProfileOf(data: Uint8Array | ArrayBuffer): Promise<string | null> {
  const xml = workbookXmlDirect(data) ?? (await workbookXml(data))?.xml ?? null;
  const m = xml && NAME_RE.exec(xml);
  if (!m) return null;
  const v = /^=?"([\w-]+)"$/.exec(unescape(m[1]).trim());
  return v ? v[1] : null;
}

/** The saved copy with the profile name put back (hidden, as the WPS host writes it). */
export async function withProfileName(bytes: Uint8Array, profile: string): Promise<Uint8Array> {
  const wb = await workbookXml(bytes);
  if (!wb || NAME_RE.test(wb.xml) || !/^[\w-]+$/.test(profile)) return bytes;
  const entry = `<definedName name="${PROFILE_NAME}" hidden="1">&quot;${profile}&quot;</definedName>`;
  const xml = wb.xml.includes('</definedNames>')
    ? wb.xml.replace('</definedNames>', `${entry}</definedNames>`)
    : wb.xml.replace('</sheets>', `</sheets><definedNames>${entry}</definedNames>`);
  wb.zip.file('xl/workbook.xml', xml);
  return new Uint8Array(await wb.zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}
