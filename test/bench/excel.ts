/** context.sync() count for check + write-back through the Excel adapter and the fake context. */
import { ExcelAdapter } from '../../src/hosts/excel';
import { fakeBookFromXlsx, fakeRun } from '../support/fake-excel';
import { tableWithFinding } from '../fixtures/specs';
import { specsToBuffer } from '../fixtures/write-xlsx';

const ALL = { mergedAreas: true, notes: true, comments: true, fillPattern: true, suspendCalc: true };

async function syncsFor(sheets: number): Promise<number> {
  const specs = Array.from({ length: sheets }, (_, i) => tableWithFinding(`表${i + 1}`));
  const book = await fakeBookFromXlsx(await specsToBuffer(specs));
  const counter = { syncs: 0 };
  await new ExcelAdapter(fakeRun(book, counter), ALL).writeBack('all');
  return counter.syncs;
}

export async function benchExcelSyncs(): Promise<{ syncs: { '1': number | null; '50': number | null } }> {
  return { syncs: { '1': await syncsFor(1), '50': await syncsFor(50) } };
}
