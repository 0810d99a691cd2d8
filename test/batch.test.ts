/**
 * Reviewers' batch work (issue #13): a summary of 200 workbooks, a short list of the files with errors, and one
 * language throughout. How fast the 200 are checked is measured by `npm run bench`, not timed here.
 */
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import { runCli } from './support/cli';
import { EXAMPLES_DIR, tmpDir } from './support/tmp';
import { clone, mofProject, set } from './fixtures/specs';
import { specsToBuffer } from './fixtures/write-xlsx';

/** Workbook k: the MOF table with 培训人次 actual 400 + k % 121 against ≥500 (entered score left at 20). */
function actual(k: number): number {
  return 400 + (k % 121);
}
/** Its computed total, by the rule (SPEC §4), not by the engine: 9.5 + 20 × min(1, n/500) + 15 + 15 + 30 + 10. */
function expectedTotal(k: number): number {
  const score = Math.round(20 * Math.min(1, actual(k) / 500) * 100) / 100;
  return Math.round((9.5 + score + 70) * 100) / 100;
}

describe('a batch of 200 workbooks', () => {
  const dir = tmpDir();
  const batch = path.join(dir, 'batch');
  beforeAll(async () => {
    fs.mkdirSync(batch, { recursive: true });
    for (let k = 0; k < 200; k++) {
      const spec = set(clone(mofProject(`表${k}`)), 'F12', `${actual(k)}人次`);
      set(spec, 'B2', `项目${String(k).padStart(3, '0')}`);
      fs.writeFileSync(path.join(batch, `${String(k).padStart(3, '0')}.xlsx`), await specsToBuffer([spec]));
    }
    fs.writeFileSync(path.join(batch, 'broken.xlsx'), 'not a workbook');
  }, 60000);

  it('--summary writes one row per table with the right totals, and a sheet of files with the unread one and why', async () => {
    const out = path.join(dir, 'summary.xlsx');
    const r = await runCli(['check', batch, '--summary', out]);
    expect(r.code).toBe(2); // one file could not be read
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(out) as unknown as ArrayBuffer);
    const [tables, files] = wb.worksheets;
    expect(tables.name).toBe('汇总');
    expect(tables.getRow(1).values).toEqual([
      undefined,
      '文件',
      '工作表',
      '类型',
      '项目名称/预算部门名称',
      '填报总分',
      '计算总分',
      '等级',
      '错误数',
      '警告数',
      '发现的问题代码',
      '评分配置',
    ]);
    expect(tables.rowCount).toBe(201);
    for (let k = 0; k < 200; k++) {
      const row = tables.getRow(k + 2);
      expect([path.basename(String(row.getCell(1).value)), row.getCell(4).value, row.getCell(6).value]).toEqual([
        `${String(k).padStart(3, '0')}.xlsx`,
        `项目${String(k).padStart(3, '0')}`,
        expectedTotal(k),
      ]);
      // A shortfall leaves the entered 20 wrong: SCORE_MISMATCH is an error, and the row says so.
      if (actual(k) < 500)
        expect([row.getCell(8).value, String(row.getCell(10).value)]).toEqual([
          expect.any(Number),
          expect.stringContaining('SCORE_MISMATCH'),
        ]);
      else expect(row.getCell(8).value).toBe(0);
    }
    expect(tables.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(tables.autoFilter).toBeTruthy();
    expect(files.rowCount).toBe(202);
    const broken = files.getRow(files.rowCount).values as unknown[];
    expect(broken.slice(1, 3)).toEqual([path.join(batch, 'broken.xlsx'), '无法读取']);
    expect(String(broken[6])).toMatch(/CSV|文本|不是有效/);
    // The text report ends with the files that have errors.
    expect(r.out).toMatch(/有错误的文件（\d+ 个）：/);
    expect(r.out.split('有错误的文件')[1]).toContain('broken.xlsx');
  }, 60000);

  it('--summary as CSV, in English: a BOM for Excel, the same rows, grades in English', async () => {
    const out = path.join(dir, 'summary.csv');
    const r = await runCli(['check', '--lang', 'en', batch, '--summary', out]);
    const text = fs.readFileSync(out, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(
      'File,Sheet,Kind,Project / department,Entered total,Computed total,Grade,Errors,Warnings,Codes found,Profile,Status,Reason',
    );
    expect(lines).toHaveLength(1 + 200 + 1);
    expect(lines.slice(1, 201).every((l) => /,(Excellent|Good|Fair|Poor),/.test(l))).toBe(true);
    expect(lines[201]).toMatch(/broken\.xlsx,.*,not read,/);
    expect(r.out).toMatch(/Files with errors \(\d+\):/);
  }, 60000);
});

describe('one language throughout', () => {
  const dir = tmpDir();
  const noChinese = (s: string) => s.replace(/"[^"]*"|“[^”]*”|【[^】]*】|\S*\.xlsx|校验结果|\S+!\S+/g, '');

  it('an English run says nothing in Chinese but quoted table content: report, help, notes and 校验结果', async () => {
    const src = path.join(EXAMPLES_DIR, '02-湖南格式-多处错误.xlsx');
    const check = await runCli(['check', '--lang', 'en', src]);
    // File names, the table's title line and the quoted cells in findings are table content.
    const lines = check.out
      .split('\n')
      .map((l) => (l.startsWith('■') ? '' : /^\s+【/.test(l) ? l.replace(/】.*? A\d/, '】 A1') : l));
    expect(noChinese(lines.join('\n'))).not.toMatch(/[\u4e00-\u9fff]/);
    expect(check.out).toContain('Grade: Excellent');
    for (const args of [
      ['--help', '--lang', 'en'],
      ['check', '--help', '--lang', 'en'],
      ['fix', '--help', '--lang', 'en'],
    ]) {
      const help = await runCli(args);
      expect(noChinese(help.out)).not.toMatch(/[\u4e00-\u9fff]/);
    }
    const out = path.join(dir, 'en.xlsx');
    await runCli(['fix', '--lang', 'en', src, '-o', out]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(out) as unknown as ArrayBuffer);
    const texts: string[] = [];
    wb.eachSheet((ws) =>
      ws.eachRow((row) =>
        row.eachCell((c) => {
          if (c.note) texts.push(typeof c.note === 'string' ? c.note : JSON.stringify(c.note));
          // 工作表 (2) and 原值 (7) hold table content; the other columns are selfeval's words.
          if (ws.name === '校验结果' && typeof c.value === 'string' && ![2, 7].includes(Number(c.col)))
            texts.push(c.value);
        }),
      ),
    );
    expect(texts.length).toBeGreaterThan(10);
    // Findings quote table content; everything else is English.
    for (const t of texts) expect({ t, chinese: /[\u4e00-\u9fff]/.test(noChinese(t)) }).toEqual({ t, chinese: false });
  });

  it('a Chinese run’s help is Chinese, headings included', async () => {
    const help = await runCli(['check', '--help']);
    expect(help.out).toMatch(/^用法：selfeval check/m);
    expect(help.out).toMatch(/^选项：$/m);
    expect(help.out).not.toMatch(/^(Usage|Options|Arguments):/m);
  });

  it('npx selfeval runs the built command', () => {
    const root = path.resolve(__dirname, '..');
    const out = execFileSync('npx', ['--no', '--', 'selfeval', '--version'], { cwd: root, encoding: 'utf8' });
    expect(out.trim()).toBe('0.1.0');
  });
});
