/**
 * WPS's pictures placed in cells (=DISPIMG): the five places that link a cell to its picture — xl/cellimages.xml,
 * its relationships, the media, the workbook's relationship and the content type — survive fix, a second fix and
 * restore, consistent with one another. ExcelJS alone drops them (shown first).
 */
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { fixXlsx, restoreXlsx } from '../src/hosts/xlsx';
import { findingWorkbook, withParts } from './support/zip-parts';

const ID = 'ID_5BA4F81A0D674C7AA8849A79AC5645C8';
const REL_TYPE = 'http://www.wps.cn/officeDocument/2020/cellImage';
/** A 1×1 PNG, standing for the stamp. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const CELL_IMAGES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<etc:cellImages xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:etc="http://www.wps.cn/officeDocument/2017/etCustomData">' +
  `<etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="${ID}" descr="公章"/><xdr:cNvPicPr/></xdr:nvPicPr>` +
  '<xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>' +
  '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1149350" cy="1066800"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>' +
  '</xdr:pic></etc:cellImage></etc:cellImages>';

/** A table with a finding and, in B20 below it, a stamp placed in the cell, as WPS writes it. */
async function withCellImage(): Promise<Uint8Array> {
  return withParts(await findingWorkbook(), {
    'xl/cellimages.xml': CELL_IMAGES,
    'xl/_rels/cellimages.xml.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>',
    'xl/media/image1.png': new Uint8Array(PNG),
    'xl/_rels/workbook.xml.rels': (rels) =>
      rels.replace(
        '</Relationships>',
        `<Relationship Id="rId99" Type="${REL_TYPE}" Target="cellimages.xml"/></Relationships>`,
      ),
    '[Content_Types].xml': (types) =>
      types.replace(
        '</Types>',
        '<Default Extension="png" ContentType="image/png"/><Override PartName="/xl/cellimages.xml" ContentType="application/vnd.wps-officedocument.cellimage+xml"/></Types>',
      ),
    'xl/worksheets/sheet1.xml': (sheet) =>
      sheet.replace(
        '</sheetData>',
        () =>
          `<row r="20"><c r="B20" t="str"><f>_xlfn.DISPIMG("${ID}",1)</f><v>=DISPIMG("${ID}",1)</v></c></row></sheetData>`,
      ),
  });
}

/** Follows the links from the workbook to the picture's bytes; what is found on the way. */
async function follow(bytes: Uint8Array) {
  const zip = await JSZip.loadAsync(bytes);
  const text = async (n: string) => (await zip.file(n)?.async('string')) ?? '';
  const wbRels = await text('xl/_rels/workbook.xml.rels');
  const links = [...wbRels.matchAll(new RegExp(`<Relationship\\b[^>]*Type="${REL_TYPE}"[^>]*>`, 'g'))];
  const target = /Target="([^"]+)"/.exec(links[0]?.[0] ?? '')?.[1];
  const part = target ? await text(`xl/${target}`) : '';
  const imageRel = /Target="([^"]+)"/.exec(await text('xl/_rels/cellimages.xml.rels'))?.[1];
  const media = imageRel ? await zip.file(`xl/${imageRel}`)?.async('nodebuffer') : undefined;
  const types = await text('[Content_Types].xml');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return {
    links: links.length,
    part,
    media: media ? Buffer.compare(media, PNG) === 0 : false,
    override: (types.match(/PartName="\/xl\/cellimages.xml"/g) ?? []).length,
    png: /<Default\b[^>]*Extension="png"[^>]*ContentType="image\/png"/.test(types),
    formula: wb.getWorksheet('甲')!.getCell('B20').formula,
  };
}

const intact = {
  links: 1,
  part: CELL_IMAGES,
  media: true,
  override: 1,
  png: true,
  formula: `_xlfn.DISPIMG("${ID}",1)`,
};

describe("WPS's pictures placed in cells", () => {
  it('the workbook made for the test links them as WPS does', async () => {
    expect(await follow(await withCellImage())).toEqual(intact);
  });

  it('ExcelJS alone drops them (why they are carried)', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await withCellImage()) as unknown as ArrayBuffer);
    const copy = await follow(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(copy.links).toBe(0);
    expect(copy.part).toBe('');
  });

  it('fix, a second fix and restore keep every link, once', async () => {
    const fixed = await fixXlsx(await withCellImage());
    expect(fixed.plan.writes.length + fixed.plan.marks.length).toBeGreaterThan(0);
    expect(await follow(fixed.bytes)).toEqual(intact);
    expect(await follow((await fixXlsx(fixed.bytes)).bytes)).toEqual(intact);
    expect(await follow((await restoreXlsx(fixed.bytes)).bytes)).toEqual(intact);
  });
});
