/** Standalone mode's work: the xlsx host (ExcelJS) and the .xls reader are loaded only here, on first use. */
import type { CheckOptions, SheetReport } from '../engine';
import type { Lang } from '../engine/lang';

type XlsxHost = typeof import('../hosts/xlsx');
let host: Promise<XlsxHost> | null = null;

export function loadXlsxHost(): Promise<XlsxHost> {
  host ??= Promise.all([
    import(/* webpackChunkName: "xlsx" */ '../hosts/xlsx'),
    import(/* webpackChunkName: "xls" */ '../hosts/xls/browser'),
  ]).then(([mod, xls]) => {
    // Legacy .xls/.et: SheetJS in a Web Worker, answering with JSON only (src/hosts/xls).
    mod.setXlsReader(xls.readXlsInWorker);
    return mod;
  });
  return host;
}

function explain(e: unknown, lang: Lang, mod: XlsxHost | null): string {
  if (mod && e instanceof mod.UserError) return lang === 'en' ? e.en : e.message;
  const msg = e instanceof Error ? e.message : String(e);
  return (lang === 'en' ? 'The file cannot be read: ' : '无法读取该文件：') + msg.slice(0, 200);
}

export interface FileResult {
  sheets: SheetReport[] | null;
  error: string | null;
  /** What the fixed copy will not contain (charts, pivot tables, macros…), in the page's language. */
  dropped: string[];
  /** An .xls/.et file: its fixed copy is an .xlsx. */
  legacy: boolean;
}

export async function checkFile(bytes: Uint8Array, opts: CheckOptions & { lang: Lang }): Promise<FileResult> {
  let mod: XlsxHost | null = null;
  try {
    mod = await loadXlsxHost();
    await mod.guardInflationStream(bytes);
    const r = await mod.checkXlsx(bytes, opts);
    return {
      sheets: r.sheets,
      error: null,
      dropped: (await mod.partsExcelJsDrops(bytes)).map((d) => d[opts.lang]),
      legacy: mod.isLegacyXls(bytes),
    };
  } catch (e) {
    return { sheets: null, error: explain(e, opts.lang, mod), dropped: [], legacy: false };
  }
}

export async function fixFile(bytes: Uint8Array, opts: CheckOptions & { lang: Lang }): Promise<Uint8Array> {
  const mod = await loadXlsxHost();
  return (await mod.fixXlsx(bytes, opts)).bytes;
}

export function checkedName(name: string): string {
  return name.replace(/\.(xlsx|xlsm|xls|et)$/i, '') + '.checked.xlsx';
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Saves bytes as a download (no network involved). */
export function download(bytes: Uint8Array, name: string, type = XLSX_TYPE): void {
  const blob = new Blob([bytes as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

/** The batch summary workbook (a row per table, a sheet of files), as the CLI's --summary writes it. */
export async function summaryWorkbook(
  files: Array<{ label: string; sheets: SheetReport[] | null; error: string | null }>,
  lang: Lang,
): Promise<Uint8Array> {
  const mod = await loadXlsxHost();
  return mod.summaryXlsx(
    files.map((f) => ({ file: f.label, error: f.error, sheets: f.sheets ?? [] })),
    lang,
  );
}

/** One zip of every readable file's fixed copy; `onProgress` after each. Names stay unique. */
export async function zipFixed(
  files: Array<{ label: string; bytes: Uint8Array; error: string | null }>,
  opts: CheckOptions & { lang: Lang },
  onProgress?: (done: number, total: number) => void,
): Promise<Uint8Array> {
  const { default: JSZip } = await import(/* webpackChunkName: "zip" */ 'jszip');
  const zip = new JSZip();
  const used = new Set<string>();
  const todo = files.filter((f) => !f.error);
  for (let i = 0; i < todo.length; i++) {
    let name = checkedName(todo[i].label);
    for (let n = 2; used.has(name.toLowerCase()); n++)
      name = checkedName(todo[i].label).replace(/\.checked\.xlsx$/, ` (${n}).checked.xlsx`);
    used.add(name.toLowerCase());
    zip.file(name, await fixFile(todo[i].bytes, opts));
    onProgress?.(i + 1, todo.length);
    await new Promise((r) => setTimeout(r, 0)); // let the page answer between files
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
