import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/** A fresh scratch folder, removed after the test file. */
export function tmpDir(prefix = 'selfeval-'): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  afterAll(() => fs.rmSync(d, { recursive: true, force: true }));
  return d;
}

export const EXAMPLES_DIR = path.resolve(__dirname, '../../examples');

export function exampleFiles(): string[] {
  return fs
    .readdirSync(EXAMPLES_DIR)
    .filter((f) => f.endsWith('.xlsx'))
    .sort()
    .map((f) => path.join(EXAMPLES_DIR, f));
}
