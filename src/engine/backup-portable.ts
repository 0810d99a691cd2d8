/**
 * One backup, every host: each host records a cell in its own form (ExcelJS values and fills for files, Office.js
 * values and fills in Excel, the same shapes in WPS), and every host must be able to put back what another host
 * recorded — a workbook fixed in WPS is restored by the CLI or Excel, and the reverse (issue #14). These readers
 * accept any host's form and give the one form every host can write back.
 */

/** A cell's content: its value, and its formula with the leading "=" when it held one. */
export interface PortableCell {
  v: string | number | boolean | null;
  f: string | null;
}

/** A fill: a solid colour ("#RRGGBB"), or null for no fill. */
export type PortableFill = { color: string } | null;

const isObject = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);

/** Excel's serial number of a date (1900 system), as a cell under a date format holds it. */
function serialOf(d: Date): number {
  return d.getTime() / 86400000 + 25569;
}

function scalar(x: unknown): string | number | boolean | null {
  if (typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean') return x;
  if (x instanceof Date) return serialOf(x);
  if (isObject(x) && typeof x.error === 'string') return x.error;
  return null;
}

/** True for the form Office.js and WPS record: exactly `{ v, f }`. */
export function isOfficeCell(x: unknown): x is PortableCell {
  if (!isObject(x)) return false;
  const keys = Object.keys(x).sort();
  return keys.length === 2 && keys[0] === 'f' && keys[1] === 'v' && (x.f === null || typeof x.f === 'string');
}

/** Any host's recorded value → value and formula. */
export function portableCell(x: unknown): PortableCell {
  if (x === null || x === undefined) return { v: null, f: null };
  if (isOfficeCell(x)) return { v: scalar(x.v), f: x.f && x.f.startsWith('=') ? x.f : null };
  if (isObject(x)) {
    // ExcelJS: { formula, result }, { sharedFormula, result }, { richText }, { text, hyperlink }, { error }.
    const formula = typeof x.formula === 'string' ? x.formula : null;
    if (formula !== null) return { v: scalar(x.result), f: '=' + formula };
    if (Array.isArray(x.richText))
      return { v: (x.richText as Array<{ text?: unknown }>).map((t) => String(t.text ?? '')).join(''), f: null };
    if (typeof x.text === 'string') return { v: x.text, f: null };
    if ('sharedFormula' in x) return { v: scalar(x.result), f: null }; // its formula lives in another cell
  }
  return { v: scalar(x), f: null };
}

/**
 * Office.js's fill: "no fill" reads back as #FFFFFF like a white fill (office-js issues 4900 and 6218); only
 * tintAndShade tells them apart (null for no fill, ExcelApi 1.9). Without it, white is taken as none.
 */
export function isNoOfficeFill(fill: { color?: unknown; pattern?: unknown; tintAndShade?: unknown } | null): boolean {
  if (!fill) return true;
  if (fill.tintAndShade !== undefined) return fill.tintAndShade === null;
  const color = typeof fill.color === 'string' ? fill.color.toUpperCase() : '';
  return (
    fill.pattern === 'None' || ((fill.pattern === null || fill.pattern === 'Solid') && (!color || color === '#FFFFFF'))
  );
}

/** Any host's recorded fill → a solid colour or none. A pattern or theme colour that cannot be named is none. */
export function portableFill(x: unknown): PortableFill {
  if (!isObject(x)) return null;
  if ('color' in x) {
    // Office.js / WPS: { color: "#RRGGBB", pattern, tintAndShade? }.
    if (isNoOfficeFill(x)) return null;
    return typeof x.color === 'string' && /^#[0-9a-f]{6}$/i.test(x.color) ? { color: x.color.toUpperCase() } : null;
  }
  // ExcelJS: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFRRGGBB' } }.
  if (x.type === 'pattern' && x.pattern !== 'none' && isObject(x.fgColor) && typeof x.fgColor.argb === 'string') {
    const argb = x.fgColor.argb;
    if (/^[0-9a-f]{8}$/i.test(argb)) return { color: '#' + argb.slice(2).toUpperCase() };
  }
  return null;
}

/** Any host's recorded note → its text, or null for none. */
export function portableNote(x: unknown): string | null {
  if (typeof x === 'string') return x;
  if (isObject(x) && Array.isArray(x.texts))
    return (x.texts as Array<{ text?: unknown }>).map((t) => String(t.text ?? '')).join('');
  return null;
}
