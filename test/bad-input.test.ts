/** Hostile and broken input: nothing crashes, nothing is lost, nothing is injected. */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { RESULT_SHEET } from '../src/engine/writeplan';
import { fixXlsx } from '../src/hosts/xlsx';
import { BAD_CASES, makeBadCorpus } from './fixtures/make-bad';
import { runCli } from './support/cli';
import { EXAMPLES_DIR, tmpDir } from './support/tmp';
import { sanitizeText } from '../src/engine/writeplan';
import type { JsonReport } from '../src/cli/main';

// eslint-disable-next-line no-control-regex -- control characters are what these tests look for
const CONTROL = /[\u0000-\u0008\u000b-\u001f]/;
// eslint-disable-next-line no-control-regex -- a bell or an escape sequence must never reach a terminal
const TERMINAL_CONTROL = /[\u0001\u0007\u001b]/;

const STACK = /\n\s+at .+:\d+:\d+/;
const dir = tmpDir();
const bad = path.join(dir, 'bad');

beforeAll(async () => {
  await makeBadCorpus(bad);
});

describe('broken files', () => {
  for (const c of BAD_CASES) {
    it(`${c.file}: one clear message naming the file, exit 2, no stack trace`, async () => {
      const r = await runCli(['check', '--json', path.join(bad, c.file)]);
      expect(r.code).toBe(2);
      const rep = JSON.parse(r.out);
      expect(rep.files[0].file).toBe(path.join(bad, c.file));
      expect(rep.files[0].error).toMatch(c.expect);
      expect(rep.files[0].error).not.toMatch(STACK);
      const human = await runCli(['check', path.join(bad, c.file)]);
      expect(human.out).toContain(c.file);
      expect(human.out + human.err).not.toMatch(STACK);
      const fix = await runCli(['fix', path.join(bad, c.file), '-o', path.join(dir, 'never.xlsx')]);
      expect(fix.code).toBe(2);
      expect(fs.existsSync(path.join(dir, 'never.xlsx'))).toBe(false);
    });
  }

  it('a missing path is named', async () => {
    const r = await runCli(['check', '--json', path.join(dir, 'nope.xlsx')]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.out).files[0].error).toContain('不存在');
  });

  it('a mix of good and broken files exits 2, reports every broken file and still reports the good tables', async () => {
    const r = await runCli(['check', '--json', bad, EXAMPLES_DIR]);
    expect(r.code).toBe(2);
    const rep: JsonReport = JSON.parse(r.out);
    const broken = rep.files.filter((f) => f.error);
    expect(broken.map((f) => path.basename(f.file)).sort()).toEqual(BAD_CASES.map((c) => c.file).sort());
    const good = rep.files.filter((f) => !f.error);
    expect(good.length).toBe(6); // five examples and hostile.xlsx
    expect(rep.summary.tables).toBe(7);
  });

  it('a folder with thousands of files: workbooks checked, the rest counted as ignored', async () => {
    const many = path.join(dir, 'many');
    fs.mkdirSync(many);
    for (let i = 0; i < 3000; i++) fs.writeFileSync(path.join(many, `note-${i}.txt`), 'x');
    for (let i = 0; i < 5; i++)
      fs.copyFileSync(path.join(EXAMPLES_DIR, '01-财政部格式-无误.xlsx'), path.join(many, `t${i}.xlsx`));
    fs.writeFileSync(path.join(many, '~$t0.xlsx'), 'lock'); // an Office lock file is not a workbook
    const r = await runCli(['check', many]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('已忽略 3000 个非 Excel 文件');
    expect(r.out).toContain('共检查 5 个文件');
  });
});

describe('hostile content', () => {
  it('never turns names, notes or titles into formulas; strips control characters; cuts long texts', async () => {
    const src = path.join(bad, 'hostile.xlsx');
    const before = crypto.createHash('sha256').update(fs.readFileSync(src)).digest('hex');
    const fixed = await fixXlsx(new Uint8Array(fs.readFileSync(src)));
    expect(crypto.createHash('sha256').update(fs.readFileSync(src)).digest('hex')).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fixed.bytes as unknown as ArrayBuffer);
    const rs = wb.getWorksheet(RESULT_SHEET)!;
    rs.eachRow((row, n) => {
      if (n === 1 || !row.getCell(1).value) return; // the header, and the legend below the rows
      for (const c of [2, 4, 5, 6, 7, 8]) {
        const v = row.getCell(c).value;
        if (v === null || v === undefined || typeof v === 'number') continue;
        expect(typeof v).toBe('string'); // never a formula object
        expect(v as string).not.toMatch(/^[=+\-@]/);
        expect(v as string).not.toMatch(CONTROL);
      }
      const link = row.getCell(3).value as ExcelJS.CellFormulaValue;
      expect(link.formula).toMatch(/^HYPERLINK\("#'张三''s 表 1'![A-Z]+\d+","[A-Z]+\d+"\)$/);
    });
    // The table's title stands in 说明 after 【 (issue #10's columns): text, never a formula.
    expect(String(rs.getCell('F2').value)).toMatch(/^【=cmd\|' \/C calc'!A0】/);
    const ws = wb.getWorksheet("张三's 表 1")!;
    const note = String(ws.getCell('B10').note);
    expect(note).toContain('TEMPLATE_TEXT_LEFT');
    expect(note.length).toBeLessThan(200); // the 6,000-character text is quoted only in part
    wb.eachSheet((s) =>
      s.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.note) expect(String(cell.note)).not.toMatch(CONTROL);
        }),
      ),
    );
  });

  it('prints no control characters to a terminal', async () => {
    const r = await runCli(['check', path.join(bad, 'hostile.xlsx')]);
    expect(r.out).not.toMatch(TERMINAL_CONTROL);
  });
});

describe('sanitizeText', () => {
  it('neutralises a leading = + - @, strips control characters, and cuts at the limit', () => {
    for (const t of ['=1+1', '+1', '-1', '@A1']) expect(sanitizeText(t)).toBe("'" + t);
    expect(sanitizeText('a\u0000b\u0007c\nd')).toBe('abc\nd');
    const long = sanitizeText('长'.repeat(5000));
    expect(long.length).toBe(1000);
    expect(long.endsWith('…')).toBe(true);
    expect(sanitizeText('正常文字')).toBe('正常文字');
  });
});

describe('the page’s streaming guard against lying zips', () => {
  it('refuses the lying bomb and passes real workbooks', async () => {
    const { guardInflationStream } = await import('../src/hosts/xlsx/load');
    await expect(
      guardInflationStream(new Uint8Array(fs.readFileSync(path.join(bad, 'lying-zip-bomb.xlsx')))),
    ).rejects.toThrow(/实际内容比声明的大/);
    await expect(
      guardInflationStream(new Uint8Array(fs.readFileSync(path.join(EXAMPLES_DIR, '01-财政部格式-无误.xlsx')))),
    ).resolves.toBeUndefined();
    await expect(
      guardInflationStream(new Uint8Array(fs.readFileSync(path.join(bad, 'truncated.xlsx')))),
    ).resolves.toBeUndefined();
  });
});

describe('when the inflation guard runs', () => {
  it('skips ordinary workbooks, which cannot pass the limit even if they lied', async () => {
    const { couldExceed, zipDirectory } = await import('../src/hosts/xlsx/load');
    const ex = zipDirectory(new Uint8Array(fs.readFileSync(path.join(EXAMPLES_DIR, '02-湖南格式-多处错误.xlsx'))))!;
    expect(couldExceed(ex.entries, 400 * 1024 * 1024)).toBe(false);
    expect(couldExceed(ex.entries, 1024 * 1024)).toBe(true);
    const lying = zipDirectory(new Uint8Array(fs.readFileSync(path.join(bad, 'lying-zip-bomb.xlsx'))))!;
    expect(couldExceed(lying.entries, 400 * 1024 * 1024)).toBe(true);
  });
  it('checks a small lying zip when the limit is low', async () => {
    const { guardInflation } = await import('../src/cli/zip-guard');
    const small = new Uint8Array(fs.readFileSync(path.join(bad, 'not-a-workbook-zip.xlsx'))); // honest: 1 MB declared
    expect(() => guardInflation(small, 1024)).not.toThrow();
  });
});
