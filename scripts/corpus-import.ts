/**
 * Drafts a corpus file from a published spreadsheet (an attachment saved from a government site):
 * `npm run corpus:import -- FILE.xlsx [--sheet 名称]` prints the sheet as `.table` rows (merges, number formats and
 * line breaks as they are) under header lines to fill in. The expectations are left for a person to write from the
 * rules before the engine runs (test/fixtures/real/README.md); until the source is filled in, the corpus test fails.
 */
import * as fs from 'fs';
import * as path from 'path';
import { inflateRawSync } from 'zlib';
import { loadWorkbook, setInflateRaw, setXlsReader, workbookToGrids } from '../src/hosts/xlsx';
import { readXlsIsolated } from '../src/hosts/xls/node';
import { transcribe } from '../test/fixtures/real/transcribe';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--sheet');
  const sheet = at >= 0 ? args.splice(at, 2)[1] : undefined;
  const file = args[0];
  if (!file || !fs.existsSync(file)) {
    console.error('用法：npm run corpus:import -- 文件.xlsx [--sheet 工作表名]（文件须存在）');
    return 2;
  }
  setXlsReader(readXlsIsolated);
  setInflateRaw((d) => inflateRawSync(d));
  const grids = workbookToGrids(await loadWorkbook(new Uint8Array(fs.readFileSync(file))));
  const chosen = sheet === undefined ? grids.filter((g) => g.rows.length > 0) : grids.filter((g) => g.name === sheet);
  if (chosen.length === 0) {
    console.error(
      `“${path.basename(file)}”中没有${sheet ? `名为“${sheet}”的` : '有内容的'}工作表：${grids.map((g) => g.name).join('、')}`,
    );
    return 2;
  }
  for (const grid of chosen) {
    const { rows, notes } = transcribe(grid);
    const lines = [
      '# source: TODO — the address the file was published at (publisher, title, date)',
      '# province: TODO',
      '# year: TODO',
      '# kind: TODO — project or department',
      '# layout: TODO — what is particular about it',
      `# transcription: imported from the published file (${path.basename(file)}, sheet ${grid.name}) by npm run corpus:import`,
      ...notes.map((n) => `# transcription: ${n}`),
      '# truncated: no',
      ...rows,
      '== expect',
      '# Write the expected findings (code and cell), the profile and the total by hand, from SPEC and',
      '# docs/rules.md, BEFORE running the engine; commit them before any engine change (README.md here).',
      '',
    ];
    process.stdout.write(lines.join('\n'));
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
