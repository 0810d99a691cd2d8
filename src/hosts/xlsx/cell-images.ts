/**
 * WPS's pictures placed in cells (插入 → 图片 → 嵌入单元格): a cell holds =DISPIMG("ID_…",1), and the picture is found
 * through five places that must agree — xl/cellimages.xml (the ids), xl/_rels/cellimages.xml.rels (id → media),
 * the media files, a relationship of type http://www.wps.cn/officeDocument/2020/cellImage in
 * xl/_rels/workbook.xml.rels, and an override for /xl/cellimages.xml in [Content_Types].xml. ExcelJS reads none of
 * them (exceljs#2786) and writes its own relationships and content types, so its copy showed no picture in those
 * cells (a stamp or signature placed in a cell, say). They are carried from the workbook as given: the two parts
 * verbatim, the media under names of their own (ExcelJS numbers its own image1.png …), and the two links added.
 */
import type JSZip from 'jszip';
import { inXl } from './sheet-parts';

export const CELL_IMAGES = 'xl/cellimages.xml';
const CELL_IMAGES_RELS = 'xl/_rels/cellimages.xml.rels';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const CONTENT_TYPES = '[Content_Types].xml';
const REL_TYPE = 'http://www.wps.cn/officeDocument/2020/cellImage';
const CONTENT_TYPE = 'application/vnd.wps-officedocument.cellimage+xml';
const MIME: Record<string, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  bmp: 'image/bmp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  emf: 'image/x-emf',
  wmf: 'image/x-wmf',
  webp: 'image/webp',
};

/** The parts of the workbook as given. */
export interface PartSource {
  text(name: string): Promise<string | null>;
  bytes(name: string): Promise<Uint8Array | null>;
}

/**
 * Carries the cell pictures of `src` (whose xl/cellimages.xml is `xml`) into `zip`, ExcelJS's copy; false when the
 * copy has them already.
 */
export async function carryCellImages(xml: string, src: PartSource, zip: JSZip): Promise<boolean> {
  if (zip.file(CELL_IMAGES)) return false;
  let rels = (await src.text(CELL_IMAGES_RELS)) ?? '';
  const extensions = new Set<string>();
  for (const m of [...rels.matchAll(/<Relationship\b[^>]*\bTarget="([^"]+)"[^>]*>/g)]) {
    const target = m[1];
    const data = await src.bytes(inXl(target));
    if (!data) continue; // a picture the file does not hold: the link stays as it was
    const base = target.split('/').pop() ?? target;
    const own = `media/cellimage-${base}`;
    zip.file(`xl/${own}`, data);
    rels = rels.replace(m[0], () => m[0].replace(`Target="${target}"`, `Target="${own}"`));
    extensions.add((base.split('.').pop() ?? '').toLowerCase());
  }
  zip.file(CELL_IMAGES, xml);
  if (rels) zip.file(CELL_IMAGES_RELS, rels);

  const wbRels = (await zip.file(WORKBOOK_RELS)?.async('string')) ?? '';
  if (!wbRels.includes(REL_TYPE)) {
    let id = 'rIdCellImages';
    for (let n = 2; wbRels.includes(`Id="${id}"`); n++) id = `rIdCellImages${n}`;
    zip.file(
      WORKBOOK_RELS,
      wbRels.replace(
        '</Relationships>',
        () => `<Relationship Id="${id}" Type="${REL_TYPE}" Target="cellimages.xml"/></Relationships>`,
      ),
    );
  }
  let types = (await zip.file(CONTENT_TYPES)?.async('string')) ?? '';
  const add: string[] = [];
  if (!types.includes('PartName="/xl/cellimages.xml"'))
    add.push(`<Override PartName="/xl/cellimages.xml" ContentType="${CONTENT_TYPE}"/>`);
  for (const ext of extensions)
    if (MIME[ext] && !new RegExp(`<Default\\b[^>]*Extension="${ext}"`, 'i').test(types))
      add.push(`<Default Extension="${ext}" ContentType="${MIME[ext]}"/>`);
  if (add.length) {
    types = types.replace('</Types>', () => `${add.join('')}</Types>`);
    zip.file(CONTENT_TYPES, types);
  }
  return true;
}
