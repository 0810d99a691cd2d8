/**
 * What a copy written through ExcelJS would lack. ExcelJS writes back only the parts it models; these it does not
 * (each is shown lost by test/dropped-parts.test.ts on a workbook made for it): charts, pivot tables, macros,
 * slicers and external links; threaded comments (only their text survives, as a plain note); form and ActiveX
 * controls; and shapes and text boxes, which share a drawing with the pictures ExcelJS does keep (exceljs#1147).
 * (WPS's pictures placed in cells are carried into the copy instead: cell-images.ts.)
 */
import { zipDirectory } from './load';
import { partReader } from './workbook-xml';

export interface DroppedPart {
  zh: string;
  en: string;
}

const BY_NAME: Array<[RegExp, DroppedPart]> = [
  [/^xl\/charts\//, { zh: '图表', en: 'charts' }],
  [/^xl\/pivotTables\//, { zh: '数据透视表', en: 'pivot tables' }],
  [/^xl\/vbaProject\.bin$/, { zh: '宏（VBA）', en: 'macros (VBA)' }],
  [/^xl\/slicers\//, { zh: '切片器', en: 'slicers' }],
  [/^xl\/externalLinks\//, { zh: '外部链接', en: 'external links' }],
  [
    /^xl\/threadedComments\//,
    { zh: '新式批注的回复（只留下批注文字）', en: 'threaded comments (only their text stays, as a note)' },
  ],
  [/^xl\/ctrlProps\//, { zh: '表单控件', en: 'form controls' }],
  [/^xl\/activeX\//, { zh: 'ActiveX 控件', en: 'ActiveX controls' }],
];

const SHAPES: DroppedPart = { zh: '形状或文本框', en: 'shapes or text boxes' };
/** A drawing's shape, connector or group (a picture is `xdr:pic`, a chart `xdr:graphicFrame`). */
const SHAPE_RE = /<xdr:(?:sp|cxnSp|grpSp)\b/;

/** What a copy of this workbook written through ExcelJS would lose, by its parts (and its drawings' content). */
export async function partsExcelJsDrops(b: Uint8Array): Promise<DroppedPart[]> {
  const names = zipDirectory(b)?.names ?? [];
  const found = BY_NAME.filter(([re]) => names.some((n) => re.test(n))).map(([, d]) => d);
  const src = partReader(b);
  for (const n of names.filter((x) => /^xl\/drawings\/[^/]+\.xml$/.test(x)))
    if (SHAPE_RE.test((await src.text(n)) ?? '')) {
      found.push(SHAPES);
      break;
    }
  return found;
}
