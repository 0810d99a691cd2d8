/** The page's .xls reader: a Web Worker per file, ended after a time limit. */
import type { PlainWorkbook } from './extract';
import { xlsError } from './to-exceljs';

const TIME_LIMIT_MS = 30_000;

export function readXlsInWorker(bytes: Uint8Array): Promise<PlainWorkbook> {
  return new Promise((resolve, reject) => {
    // webpack 5 bundles the worker from exactly this form; the Node/jest configuration (module commonjs) does not
    // know import.meta, and never runs this file.
    // eslint-disable-next-line @typescript-eslint/ban-ts-comment -- @ts-expect-error would be an error under tsconfig.web.json, where this line is valid
    // @ts-ignore -- import.meta is valid under tsconfig.web.json (esnext), which type-checks this file
    const worker = new Worker(new URL('./xls.worker.ts', import.meta.url));
    const timer = setTimeout(() => {
      worker.terminate();
      reject(xlsError('timed out'));
    }, TIME_LIMIT_MS);
    worker.onmessage = (ev: MessageEvent<{ json?: string; error?: string }>) => {
      clearTimeout(timer);
      worker.terminate();
      if (ev.data.json) resolve(JSON.parse(ev.data.json) as PlainWorkbook);
      else reject(xlsError(ev.data.error ?? 'unknown'));
    };
    worker.onerror = (ev) => {
      clearTimeout(timer);
      worker.terminate();
      reject(xlsError(ev.message || 'worker failed'));
    };
    worker.postMessage(bytes);
  });
}
