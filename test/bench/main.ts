/**
 * npm run bench [-- --json]: what users feel, against the physical floor.
 * Prints a readable table; with --json the last line is one JSON object (issue #5's shape).
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as zlib from 'zlib';
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import type { SheetGrid } from '../../src/engine';
// What is measured runs in plain Node child processes on the built code users run (lib/, from
// `npm run build:cli`); this ts-node process only makes the test data.
import {
  clone,
  departmentTable,
  hunanProject,
  mofProject,
  set,
  sichuanProject,
  stackedTables,
  toGrid,
  SheetSpec,
} from '../fixtures/specs';
import { specsToBuffer } from '../fixtures/write-xlsx';
import { benchExcelSyncs } from './excel';
import { benchWpsCalls } from './wps';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const log = (s: string) => {
  if (!json) console.log(s);
  else process.stderr.write(s + '\n');
};

const round = (x: number, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** A variety of tables, some with errors, so every check does real work. */
function variants(n: number): SheetSpec[] {
  const makers = [mofProject, hunanProject, departmentTable, sichuanProject];
  const out: SheetSpec[] = [];
  for (let i = 0; i < n; i++) {
    const s = clone(makers[i % makers.length](`表${i}`));
    if (i % 3 === 1) set(s, 'F13', `${80 + (i % 20)}%`);
    if (i % 5 === 2) set(s, 'H12', 17 + (i % 3));
    out.push(s);
  }
  return out;
}

/** A table with `rows` indicator rows (for ms per 1000-row sheet). */
function longTable(rows: number): SheetGrid {
  const s = clone(mofProject('长表'));
  const body = s.rows.slice(11, 16);
  const extra: typeof s.rows = [];
  for (let i = 0; i < rows - s.rows.length; i++) {
    const r = [...body[i % body.length]];
    r[3] = `指标${i}`;
    extra.push(r);
  }
  s.rows = [...s.rows.slice(0, 16), ...extra, s.rows[16]];
  s.merges = s.merges.filter((m) => !/^(A11|B12|B17)/.test(m));
  return toGrid(s);
}

function child(args: string[]): unknown {
  return JSON.parse(
    execFileSync(process.execPath, [path.join(__dirname, 'child.js'), ...args], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    }),
  );
}

function benchEngine(dir: string) {
  const file = path.join(dir, 'grids.json');
  fs.writeFileSync(file, JSON.stringify({ grids: variants(400).map(toGrid), big: longTable(1000) }));
  return child(['engine', file, quick ? '1' : '0']) as { tablesPerSecond: number; msPer1000RowSheet: number };
}

async function benchBatch(dir: string) {
  const n = 120;
  const folder = path.join(dir, 'batch');
  fs.mkdirSync(folder, { recursive: true });
  const specs = variants(n * 2);
  for (let i = 0; i < n; i++) {
    const sheets = i % 4 === 0 ? [stackedTables(`两表${i}`), specs[2 * i]] : [specs[2 * i], specs[2 * i + 1]];
    fs.writeFileSync(path.join(folder, `wb${String(i).padStart(3, '0')}.xlsx`), await specsToBuffer(sheets));
  }
  return child(['batch', folder, String(quick ? 2 : 9)]) as {
    files: number;
    checkMs: number;
    bareParseMs: number;
    ratio: number;
  };
}

/** Issue #13: `selfeval check FOLDER --summary FILE.xlsx` on 200 generated workbooks, the built CLI in its own process. */
async function benchSummary(dir: string) {
  const folder = path.join(dir, 'summary200');
  fs.mkdirSync(folder, { recursive: true });
  const specs = variants(200);
  for (let i = 0; i < 200; i++)
    fs.writeFileSync(path.join(folder, `wb${String(i).padStart(3, '0')}.xlsx`), await specsToBuffer([specs[i]]));
  const out = path.join(dir, 'summary.xlsx');
  const t0 = performance.now();
  try {
    execFileSync(
      process.execPath,
      [path.resolve(__dirname, '../../lib/cli/main.js'), 'check', folder, '--summary', out],
      { stdio: 'ignore' },
    );
  } catch {
    // exit code 1: the workbooks have errors on purpose
  }
  return { files: 200, seconds: round((performance.now() - t0) / 1000, 2) };
}

/** Writes a workbook whose used range is 100,000 rows: a table at the top and noise below. */
async function bigWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
  const ws = wb.addWorksheet('大表');
  const spec = mofProject();
  // Merges must be declared before their rows are committed.
  for (const m of spec.merges) ws.mergeCells(m);
  for (const row of spec.rows) {
    ws.addRow(row.map((c) => (c && typeof c === 'object' ? (c.value.t === 'number' ? c.value.v : null) : c))).commit();
  }
  for (let i = spec.rows.length; i < 100000; i++) ws.addRow([`流水${i}`, i, i * 0.5, '备注']).commit();
  ws.commit();
  await wb.commit();
}

async function benchMemory(dir: string) {
  const file = path.join(dir, 'big.xlsx');
  await bigWorkbook(file);
  // A fresh process, so the peak is the check's own.
  const script = `
    const fs = require('fs');
    const { checkXlsx } = require(${JSON.stringify(path.resolve(__dirname, '../../lib/hosts/xlsx'))});
    checkXlsx(fs.readFileSync(${JSON.stringify(file)})).then((r) => {
      const t = r.sheets[0].tables.length;
      process.stdout.write(JSON.stringify({ tables: t, maxRssKb: process.resourceUsage().maxRSS }));
    });`;
  const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', maxBuffer: 1 << 20 });
  const r = JSON.parse(out);
  return {
    peakMbFor100kRowSheet: Math.round(r.maxRssKb / 1024),
    tablesFound: r.tables,
    fileKb: Math.round(fs.statSync(file).size / 1024),
  };
}

function benchTaskpane() {
  const dist = path.resolve(__dirname, '../../dist');
  const manifest = path.join(dist, 'taskpane.initial.json');
  if (!fs.existsSync(manifest)) {
    // A fresh clone: build the pane once (what is measured is the production build).
    log('building the task pane (npm run build:taskpane)…');
    execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
      cwd: path.resolve(__dirname, '../..'),
      stdio: 'ignore',
    });
  }
  if (!fs.existsSync(manifest)) return { jsGzipKb: null as number | null, files: [] as string[] };
  const files: string[] = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  let total = 0;
  for (const f of files) total += zlib.gzipSync(fs.readFileSync(path.join(dist, f)), { level: 9 }).length;
  return { jsGzipKb: round(total / 1024, 1), files };
}

async function run() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'selfeval-bench-'));
  try {
    log('selfeval benchmark — ' + new Date().toISOString() + `, node ${process.version}, ${os.cpus().length} cores`);
    const engine = benchEngine(dir);
    log(`engine   ${engine.tablesPerSecond} tables/s (target ≥ 10000); 1000-row sheet ${engine.msPer1000RowSheet} ms`);
    const batch = await benchBatch(dir);
    log(
      `batch    ${batch.files} files: check ${batch.checkMs} ms, bare ExcelJS parse ${batch.bareParseMs} ms, ratio ${batch.ratio} (target ≤ 1.5)`,
    );
    const summary = await benchSummary(dir);
    log(`summary  check ${summary.files} workbooks --summary summary.xlsx: ${summary.seconds} s (target < 10 s)`);
    const excel = await benchExcelSyncs();
    log(
      `excel    context.sync() for check + write-back: 1 sheet ${excel.syncs['1'] ?? 'n/a'}, 50 sheets ${excel.syncs['50'] ?? 'n/a'} (target: 50 ≤ 1, ≤ 6)`,
    );
    const wps = await benchWpsCalls();
    log(
      `wps      ET calls, check + write-back: 1 sheet ${wps['1'].check} + ${wps['1'].writeBack}, 10 sheets ${wps['10'].check} + ${wps['10'].writeBack} (no target: a call's cost in WPS is unknown)`,
    );
    const memory = await benchMemory(dir);
    log(
      `memory   100,000-row sheet (${memory.fileKb} KB): peak RSS ${memory.peakMbFor100kRowSheet} MB, ${memory.tablesFound} table found (target < 1024 MB)`,
    );
    const taskpane = benchTaskpane();
    log(
      `taskpane initial JavaScript ${taskpane.jsGzipKb ?? 'n/a (run npm run build:taskpane)'} KB gzipped (target ≤ 400 KB)`,
    );
    const result = {
      engine,
      batch,
      summary,
      excel,
      wps,
      memory: { peakMbFor100kRowSheet: memory.peakMbFor100kRowSheet },
      taskpane: { jsGzipKb: taskpane.jsGzipKb },
    };
    if (json) console.log(JSON.stringify(result));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

run().catch((e) => {
  console.error(e);
  process.exit(1);
});
