/**
 * The CLI's .xls reader: SheetJS runs in a fresh vm context (its own globals and Object.prototype), with a time
 * limit, and only JSON comes back (see extract.ts for why).
 */
import * as fs from 'fs';
import * as vm from 'vm';
import { extractWorkbook, PlainWorkbook } from './extract';
import { xlsError } from './to-exceljs';

const TIME_LIMIT_MS = 30_000;
let bundle: vm.Script | null = null;

export async function readXlsIsolated(bytes: Uint8Array): Promise<PlainWorkbook> {
  bundle ??= new vm.Script(fs.readFileSync(require.resolve('xlsx/dist/xlsx.full.min.js'), 'utf8'), {
    filename: 'xlsx.full.min.js',
  });
  const sandbox: Record<string, unknown> = { data: new Uint8Array(bytes) };
  const ctx = vm.createContext(sandbox);
  let json: string;
  try {
    bundle.runInContext(ctx, { timeout: TIME_LIMIT_MS });
    json = vm.runInContext(`(${extractWorkbook.toString()})(XLSX, data)`, ctx, { timeout: TIME_LIMIT_MS }) as string;
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    throw xlsError(/timed out/i.test(msg) ? 'timed out' : msg);
  }
  return JSON.parse(json) as PlainWorkbook;
}
