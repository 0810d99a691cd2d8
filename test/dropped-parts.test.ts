/**
 * What ExcelJS loses, shown on workbooks made for it: for each kind of part, the warning names it and the copy fix
 * writes really lacks it (so the warning is neither invented nor missing). A picture, which ExcelJS keeps, is the
 * near miss: no warning, and the picture is still there.
 */
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { fixXlsx, partsExcelJsDrops } from '../src/hosts/xlsx';
import { specsToWorkbook } from './fixtures/write-xlsx';
import { tableWithFinding } from './fixtures/specs';
import { findingWorkbook, withParts } from './support/zip-parts';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';

const anchor = (body: string): string =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
  `<xdr:to><xdr:col>13</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${body}<xdr:clientData/></xdr:twoCellAnchor>`;

const TEXT_BOX =
  `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="文本框 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>` +
  `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="1000000" cy="500000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>` +
  `<xdr:txBody><a:bodyPr/><a:p><a:r><a:t>单位盖章处</a:t></a:r></a:p></xdr:txBody></xdr:sp>`;

interface Part {
  path: string;
  xml: string;
  relType: string;
  contentType: string;
  /** An element the sheet needs to point at the part, if any. */
  sheetElement?: (rid: string) => string;
}

/** A one-table workbook (with a finding, so fix writes) with `part` added to its first sheet. */
async function withPart(part: Part): Promise<Uint8Array> {
  const target = '../' + part.path.replace(/^xl\//, '');
  return withParts(await findingWorkbook(), {
    [part.path]: part.xml,
    'xl/worksheets/_rels/sheet1.xml.rels': (rels) =>
      (
        rels ||
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>'
      ).replace(
        '</Relationships>',
        `<Relationship Id="rIdT1" Type="${part.relType}" Target="${target}"/></Relationships>`,
      ),
    'xl/worksheets/sheet1.xml': (sheet) =>
      part.sheetElement ? sheet.replace('</worksheet>', `${part.sheetElement('rIdT1')}</worksheet>`) : sheet,
    '[Content_Types].xml': (types) =>
      types.replace('</Types>', `<Override PartName="/${part.path}" ContentType="${part.contentType}"/></Types>`),
  });
}

async function partsOf(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files))
    if (!zip.files[name].dir) out[name] = await zip.file(name)!.async('string');
  return out;
}

const CASES: Array<[string, Part, (parts: Record<string, string>) => boolean]> = [
  [
    '新式批注的回复（只留下批注文字）',
    {
      path: 'xl/threadedComments/threadedComment1.xml',
      xml: `<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><threadedComment ref="F12" dT="2024-03-01T08:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-000000000002}"><text>请核实培训人次</text></threadedComment></ThreadedComments>`,
      relType: 'http://schemas.microsoft.com/office/2017/10/relationships/threadedComment',
      contentType: 'application/vnd.ms-excel.threadedcomments+xml',
    },
    (p) => Object.keys(p).some((n) => n.startsWith('xl/threadedComments/')),
  ],
  [
    '表单控件',
    {
      path: 'xl/ctrlProps/ctrlProp1.xml',
      xml: '<formControlPr xmlns="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" objectType="CheckBox" checked="Checked"/>',
      relType: `${REL}/ctrlProp`,
      contentType: 'application/vnd.ms-excel.controlproperties+xml',
    },
    (p) => Object.keys(p).some((n) => n.startsWith('xl/ctrlProps/')),
  ],
  [
    'ActiveX 控件',
    {
      path: 'xl/activeX/activeX1.xml',
      xml: '<ax:ocx xmlns:ax="http://schemas.microsoft.com/office/2006/activeX" ax:classid="{8BD21D40-EC42-11CE-9E0D-00AA006002F3}" ax:persistence="persistPropertyBag"/>',
      relType: `${REL}/control`,
      contentType: 'application/vnd.ms-office.activeX+xml',
    },
    (p) => Object.keys(p).some((n) => n.startsWith('xl/activeX/')),
  ],
  [
    '形状或文本框',
    {
      path: 'xl/drawings/drawing1.xml',
      xml: `<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">${anchor(TEXT_BOX)}</xdr:wsDr>`,
      relType: `${REL}/drawing`,
      contentType: 'application/vnd.openxmlformats-officedocument.drawing+xml',
      sheetElement: (rid) => `<drawing r:id="${rid}"/>`,
    },
    (p) => Object.entries(p).some(([n, x]) => n.startsWith('xl/drawings/') && x.includes('单位盖章处')),
  ],
];

describe('parts ExcelJS does not write back', () => {
  it.each(CASES)('%s: named in the warning, and really missing from the fixed copy', async (zh, part, present) => {
    const bytes = await withPart(part);
    expect(present(await partsOf(bytes))).toBe(true); // the workbook has it
    expect((await partsExcelJsDrops(bytes)).map((d) => d.zh)).toEqual([zh]);
    const fixed = await fixXlsx(bytes);
    expect(fixed.plan.writes.length + fixed.plan.marks.length).toBeGreaterThan(0);
    expect(present(await partsOf(fixed.bytes))).toBe(false); // ExcelJS's copy lacks it
  });

  it('a picture (a stamp, a logo) is kept: no warning, and the fixed copy still has it', async () => {
    const wb = specsToWorkbook([tableWithFinding('甲')]);
    // A 1×1 PNG.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    const id = wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' });
    wb.getWorksheet(1)!.addImage(id, 'K2:M5');
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await partsExcelJsDrops(bytes)).toEqual([]);
    const fixed = await partsOf((await fixXlsx(bytes)).bytes);
    expect(Object.keys(fixed).some((n) => n.startsWith('xl/media/'))).toBe(true);
    expect(Object.entries(fixed).some(([n, x]) => n.startsWith('xl/drawings/') && x.includes('xdr:pic'))).toBe(true);
  });
});
