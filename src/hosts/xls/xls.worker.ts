/** The page's .xls reader: SheetJS in a Web Worker (its own globals), answering with JSON only (see extract.ts). */
import * as XLSX from 'xlsx';
import { extractWorkbook } from './extract';

self.onmessage = (ev: MessageEvent<Uint8Array>) => {
  try {
    (self as unknown as Worker).postMessage({ json: extractWorkbook(XLSX, ev.data) });
  } catch (e) {
    (self as unknown as Worker).postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
};
