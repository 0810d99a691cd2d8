/** The workbooks that tests run every host over: the examples, and each real corpus table saved as .xlsx. */
import * as fs from 'fs';
import * as path from 'path';
import { SheetGrid, addr } from '../../src/engine';
import { SheetSpec } from '../fixtures/specs';
import { specsToBuffer } from '../fixtures/write-xlsx';
import { loadCorpus } from '../fixtures/real/corpus';
import { exampleFiles } from './tmp';

export interface WorkbookCase {
  name: string;
  bytes: () => Promise<Uint8Array>;
}

/** A grid as a sheet spec, to be written as .xlsx. */
export function gridToSpec(g: SheetGrid): SheetSpec {
  return {
    name: g.name.slice(0, 31),
    rows: g.rows.map((row) => (row ?? []).map((c) => c ?? null)),
    merges: g.merges.map((m) => `${addr(m.top, m.left)}:${addr(m.bottom, m.right)}`),
  };
}

export function workbookCases(): WorkbookCase[] {
  return [
    ...exampleFiles().map((f) => ({ name: path.basename(f), bytes: async () => new Uint8Array(fs.readFileSync(f)) })),
    ...loadCorpus().map((t) => ({ name: `corpus ${t.file}`, bytes: () => specsToBuffer([gridToSpec(t.grid)]) })),
  ];
}
