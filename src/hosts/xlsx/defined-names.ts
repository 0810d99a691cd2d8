/**
 * A workbook's defined names kept through a copy written by ExcelJS. ExcelJS rewrites every name it can read as a
 * range and loses the rest, as its issue tracker documents: a name holding a constant (`0.9`, `"hunan"`) or a formula
 * (`Sheet1!$A$1*2` came back as `Sheet1!$A$1`, exceljs#601), a name's sheet scope (`localSheetId`, exceljs#1835), and
 * the form of a print area (exceljs#664). So the names are carried over from the workbook as the user gave it,
 * verbatim, each scoped to its own sheet again by name; only the names of selfeval's own sheets (their print titles
 * and filter) come from ExcelJS's copy, and a name that belongs to one of them is dropped when the sheet is gone
 * (restore).
 */
import { OWN_SHEETS } from '../../engine/own-sheets';

interface NameEntry {
  /** The attributes as written, without localSheetId. */
  attrs: string;
  body: string;
  name: string;
  /** The sheet the name is scoped to, or null for the workbook. */
  scope: string | null;
}

/** An XML attribute's or text's characters. */
export const xmlText = (x: string): string =>
  x
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const attr = (attrs: string, key: string): string | null => {
  const m = new RegExp(`\\b${key}="([^"]*)"`).exec(attrs);
  return m ? xmlText(m[1]) : null;
};

/** The workbook part's sheets in order (localSheetId counts in this order): name and relationship id. */
export function sheetsOf(xml: string): Array<{ name: string; rid: string }> {
  const sheets = /<sheets>([\s\S]*?)<\/sheets>/.exec(xml)?.[1] ?? '';
  return [...sheets.matchAll(/<sheet\b([^>]*?)\/?>/g)].map((m) => ({
    name: attr(m[1], 'name') ?? '',
    rid: attr(m[1], 'r:id') ?? '',
  }));
}

const sheetNamesOf = (xml: string): string[] => sheetsOf(xml).map((s) => s.name);

function namesOf(xml: string): NameEntry[] {
  const sheets = sheetNamesOf(xml);
  const block = /<definedNames>([\s\S]*?)<\/definedNames>/.exec(xml)?.[1] ?? ''; // none in <definedNames/>
  return [...block.matchAll(/<definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/definedName>)/g)].map((m) => {
    const id = attr(m[1], 'localSheetId');
    return {
      attrs: m[1].replace(/\s*\blocalSheetId="[^"]*"/, ''),
      body: m[2] ?? '',
      name: attr(m[1], 'name') ?? '',
      scope: id === null ? null : (sheets[Number(id)] ?? ''),
    };
  });
}

/** Does the name's formula point at one of the given sheets (quoted or not)? */
function refersToAny(body: string, sheets: readonly string[]): boolean {
  const f = xmlText(body);
  return sheets.some((s) => f.includes(`'${s.replace(/'/g, "''")}'!`) || f.includes(`${s}!`));
}

/**
 * `out`'s workbook.xml with the defined names of `original`'s: each name as the user wrote it, scoped to the same
 * sheet by name; the names ExcelJS wrote for selfeval's own sheets kept; a name scoped to a sheet the copy no longer
 * has, or pointing at one of selfeval's sheets that is gone, dropped. Unchanged when neither has any names.
 */
export function carryDefinedNames(original: string, out: string): string {
  const outSheets = sheetNamesOf(out);
  const own = OWN_SHEETS.filter((s) => outSheets.includes(s));
  const gone = OWN_SHEETS.filter((s) => !outSheets.includes(s));
  const kept = namesOf(original).filter(
    (n) => (n.scope === null || (outSheets.includes(n.scope) && !own.includes(n.scope))) && !refersToAny(n.body, gone),
  );
  const ours = namesOf(out).filter((n) => n.scope !== null && own.includes(n.scope));
  const seen = new Set<string>();
  const entries = [...kept, ...ours]
    .filter((n) => {
      const key = `${n.name.toLowerCase()}\u0000${n.scope ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((n) => {
      const scope = n.scope === null ? '' : ` localSheetId="${outSheets.indexOf(n.scope)}"`;
      return `<definedName${n.attrs}${scope}>${n.body}</definedName>`;
    });
  const existing = /<definedNames\s*\/>|<definedNames>[\s\S]*?<\/definedNames>/; // an empty one too: never two
  if (entries.length === 0 && !existing.test(out)) return out;
  const block = entries.length ? `<definedNames>${entries.join('')}</definedNames>` : '';
  return existing.test(out) ? out.replace(existing, () => block) : out.replace('</sheets>', () => `</sheets>${block}`);
}
