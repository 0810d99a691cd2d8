/**
 * The CLI's output read by a program that stops early (`selfeval fix 文件夹 | head -1`): no stack trace, the work
 * still done, the exit code still the findings'. Runs the built CLI (npm test builds it first).
 */
import * as fs from 'fs';
import * as path from 'path';
import { spawn } from 'child_process';
import { PassThrough } from 'stream';
import { pipeSafe } from '../src/cli/stdio';
import { exampleFiles, tmpDir } from './support/tmp';

const CLI = path.resolve(__dirname, '../lib/cli/main.js');

describe('output to a reader that stops early', () => {
  const dir = tmpDir();
  it('pipeSafe stops writing after EPIPE and lets other errors through', () => {
    const s = new PassThrough();
    const write = pipeSafe(s);
    write('a');
    const epipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
    s.emit('error', epipe);
    write('b'); // not written, no throw
    expect(s.read()?.toString()).toBe('a');
    const other = Object.assign(new Error('disk full'), { code: 'ENOSPC' });
    expect(() => s.emit('error', other)).toThrow('disk full');
  });

  it('selfeval fix on a folder, its output closed after one line: every copy written, no stack trace', async () => {
    if (!fs.existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build:cli (npm test does) first`);
    for (const f of exampleFiles()) fs.copyFileSync(f, path.join(dir, path.basename(f)));
    const child = spawn(process.execPath, [CLI, 'fix', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.once('data', () => child.stdout.destroy()); // the reader goes away after the first chunk
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(err).not.toMatch(/EPIPE|at .*\(.*:\d+:\d+\)/);
    expect(code).toBe(1); // examples 02 and 04 have errors
    const copies = fs.readdirSync(dir).filter((f) => f.endsWith('.checked.xlsx'));
    expect(copies.length).toBe(exampleFiles().length);
  });
});
