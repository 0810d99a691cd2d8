/**
 * Parts of a user's sheet that ExcelJS reads past and does not write, carried from the workbook as the user gave it
 * into the copy (shown lost by test/sheet-parts.test.ts without this):
 * - manual page breaks (`rowBreaks`, `colBreaks`): a sheet laid out to print one table a page prints otherwise;
 * - drop-down lists whose items stand on another sheet: Excel writes them as `x14:dataValidation` in the sheet's
 *   `extLst` (the 2010 extension with URI {CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}), and the copy lost the list.
 * Each is copied verbatim where the sheet's schema puts it, with the namespace prefixes it uses declared on it.
 * Likewise the workbook's own protection (carryWorkbookElements).
 */
import { sheetsOf } from './defined-names';

/** The elements that may follow each carried element in a worksheet (ECMA-376 Part 1, §18.3.1.99, CT_Worksheet). */
const AFTER_BREAKS = [
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
];
const FOLLOWERS: Record<string, string[]> = {
  rowBreaks: ['colBreaks', ...AFTER_BREAKS],
  colBreaks: AFTER_BREAKS,
};

/** Excel 2010's data validations that refer to other sheets. */
export const X14_VALIDATIONS_URI = '{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}';

function element(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}\\b[^>]*?(?:/>|>[\\s\\S]*?</${tag}>)`).exec(xml);
  return m ? m[0] : null;
}

function extWithUri(xml: string, uri: string): string | null {
  const at = xml.indexOf(`uri="${uri}"`);
  if (at < 0) return null;
  const start = xml.lastIndexOf('<ext', at);
  const end = xml.indexOf('</ext>', at);
  return start < 0 || end < 0 ? null : xml.slice(start, end + '</ext>'.length);
}

/** The namespace declarations on the root element: prefix → URI. */
function rootNamespaces(xml: string): Map<string, string> {
  const root = /<worksheet\b[^>]*>/.exec(xml)?.[0] ?? '';
  return new Map([...root.matchAll(/\bxmlns:([\w.-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
}

/** The element with a declaration for every prefix it uses that it does not declare itself. */
function selfContained(el: string, ns: Map<string, string>): string {
  const used = new Set([...el.matchAll(/<\/?([\w.-]+):/g)].map((m) => m[1]));
  const declared = new Set([...el.matchAll(/\bxmlns:([\w.-]+)=/g)].map((m) => m[1]));
  const add = [...used]
    .filter((p) => !declared.has(p) && ns.has(p))
    .map((p) => ` xmlns:${p}="${ns.get(p)}"`)
    .join('');
  return add ? el.replace(/^<([\w.:-]+)/, (m) => m + add) : el;
}

function insertBefore(xml: string, followers: string[], el: string, closing = '</worksheet>'): string {
  const at = Math.min(
    ...followers.map((t) => xml.search(new RegExp(`<${t}[\\s/>]`))).filter((i) => i >= 0),
    xml.lastIndexOf(closing),
  );
  return xml.slice(0, at) + el + xml.slice(at);
}

/** `out`, one of the copy's sheets, with what `original` (the same sheet as the user gave it) had and `out` lacks. */
export function carrySheetElements(original: string, out: string): string {
  let x = out;
  for (const tag of ['rowBreaks', 'colBreaks']) {
    const el = element(original, tag);
    if (el && !element(x, tag)) x = insertBefore(x, FOLLOWERS[tag], el);
  }
  const ext = extWithUri(original, X14_VALIDATIONS_URI);
  if (ext && !x.includes(X14_VALIDATIONS_URI)) {
    const own = selfContained(ext, rootNamespaces(original));
    x = x.includes('</extLst>')
      ? x.replace('</extLst>', () => `${own}</extLst>`)
      : insertBefore(x, [], `<extLst>${own}</extLst>`);
  }
  return x;
}

/**
 * The workbook's protection, which ExcelJS drops: a workbook whose structure the user locked (`workbookProtection`)
 * or marked read-only recommended (`fileSharing`) stays so in the copy. Placed as CT_Workbook orders them
 * (ECMA-376 Part 1, §18.2.27): fileSharing, workbookPr, workbookProtection, bookViews, sheets.
 */
const WORKBOOK_FOLLOWERS: Record<string, string[]> = {
  fileSharing: ['workbookPr', 'workbookProtection', 'bookViews', 'sheets'],
  workbookProtection: ['bookViews', 'sheets'],
};

/** `out`, the copy's workbook part, with the protection `original` had and `out` lacks. */
export function carryWorkbookElements(original: string, out: string): string {
  let x = out;
  for (const [tag, followers] of Object.entries(WORKBOOK_FOLLOWERS)) {
    const el = element(original, tag);
    if (el && !element(x, tag)) x = insertBefore(x, followers, el, '</workbook>');
  }
  return x;
}

/** Whether a sheet holds anything carrySheetElements would carry (most do not: nothing to do). */
export const hasCarried = (sheetXml: string): boolean =>
  /<(?:rowBreaks|colBreaks)\b/.test(sheetXml) || sheetXml.includes(X14_VALIDATIONS_URI);

/** A relationship target of a part in xl/ (`worksheets/sheet1.xml`, `/xl/media/a.png`) as a path in the zip. */
export const inXl = (target: string): string =>
  target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;

/** Each sheet's part in a workbook: sheet name → `xl/worksheets/sheet1.xml`. */
export function sheetParts(workbookXml: string, workbookRels: string): Map<string, string> {
  const targets = new Map(
    [...workbookRels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
      /\bId="([^"]*)"/.exec(m[0])?.[1] ?? '',
      /\bTarget="([^"]*)"/.exec(m[0])?.[1] ?? '',
    ]),
  );
  const out = new Map<string, string>();
  for (const { name, rid } of sheetsOf(workbookXml)) {
    const target = targets.get(rid);
    if (name && target) out.set(name, inXl(target));
  }
  return out;
}
