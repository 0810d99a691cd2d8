/** Standalone mode's work: the xlsx host (ExcelJS) is loaded only here, on first use. */
import type { CheckOptions, SheetReport } from '../engine';

type XlsxHost = typeof import('../hosts/xlsx');
let host: Promise<XlsxHost> | null = null;

export function loadXlsxHost(): Promise<XlsxHost> {
  host ??= import(/* webpackChunkName: "xlsx" */ '../hosts/xlsx');
  return host;
}

function explain(e: unknown, lang: 'zh' | 'en', mod: XlsxHost | null): string {
  if (mod && e instanceof mod.UserError) return lang === 'en' ? e.en : e.message;
  const msg = e instanceof Error ? e.message : String(e);
  return (lang === 'en' ? 'The file cannot be read: ' : '无法读取该文件：') + msg.slice(0, 200);
}

export interface FileResult {
  sheets: SheetReport[] | null;
  error: string | null;
  /** What the fixed copy will not contain (charts, pivot tables, macros…), in the page's language. */
  dropped: string[];
}

export async function checkFile(bytes: Uint8Array, opts: CheckOptions & { lang: 'zh' | 'en' }): Promise<FileResult> {
  let mod: XlsxHost | null = null;
  try {
    mod = await loadXlsxHost();
    await mod.guardInflationStream(bytes);
    const r = await mod.checkXlsx(bytes, opts);
    return { sheets: r.sheets, error: null, dropped: mod.partsExcelJsDrops(bytes).map((d) => d[opts.lang]) };
  } catch (e) {
    return { sheets: null, error: explain(e, opts.lang, mod), dropped: [] };
  }
}

export async function fixFile(bytes: Uint8Array, opts: CheckOptions & { lang: 'zh' | 'en' }): Promise<Uint8Array> {
  const mod = await loadXlsxHost();
  return (await mod.fixXlsx(bytes, opts)).bytes;
}

export function checkedName(name: string): string {
  return name.replace(/\.xlsx?$/i, '') + '.checked.xlsx';
}

/** Saves bytes as a download (no network involved). */
export function download(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}
