import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import Ajv from 'ajv';
import schema from '../docs/report.schema.json';
import { runCli } from './support/cli';
import type { JsonReport } from '../src/cli/main';
import mof2020 from '../src/engine/profiles/mof2020.json';
import { EXAMPLES_DIR, exampleFiles, tmpDir } from './support/tmp';
import { clone, hunanProject, set } from './fixtures/specs';
import { specsToBuffer } from './fixtures/write-xlsx';

const sha = (f: string) => crypto.createHash('sha256').update(fs.readFileSync(f)).digest('hex');

describe('selfeval check', () => {
  it('prints a JSON report that validates against the SPEC §7 schema', async () => {
    const r = await runCli(['check', '--json', EXAMPLES_DIR]);
    expect(r.code).toBe(1); // the Hunan example has errors
    const report = JSON.parse(r.out);
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const ok = validate(report);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(report.files).toHaveLength(exampleFiles().length);
    expect(report.summary.files).toBe(exampleFiles().length);
    expect(report.summary.tables).toBe(6);
    const errors = (report as JsonReport).files
      .flatMap((f) => f.sheets.flatMap((s) => s.tables.flatMap((t) => t.findings)))
      .filter((x) => x.severity === 'error');
    expect(report.summary.errors).toBe(errors.length);
  });

  it('exits 0 on a clean file and prints a readable report', async () => {
    const r = await runCli(['check', path.join(EXAMPLES_DIR, '01-财政部格式-无误.xlsx')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('职业技能培训补助');
    expect(r.out).toContain('未发现问题');
    expect(r.out).toContain('等级：优');
    expect(r.out).not.toContain('\u001b['); // no colours when not a TTY
  });

  it('exits 2 for a missing file but still checks the others', async () => {
    const r = await runCli([
      'check',
      '--json',
      'no/such/file.xlsx',
      path.join(EXAMPLES_DIR, '01-财政部格式-无误.xlsx'),
    ]);
    expect(r.code).toBe(2);
    const report = JSON.parse(r.out);
    expect(report.files[0].error).toContain('不存在');
    expect(report.files[1].error).toBeNull();
    expect(report.files[1].sheets[0].tables).toHaveLength(1);
  });

  it('exits 2 with a clear message on bad arguments and unknown profiles', async () => {
    const bad = await runCli(['check', '--nope', 'x.xlsx']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/unknown option|--help/);
    const prof = await runCli(['check', '--profile', 'shanghai', EXAMPLES_DIR]);
    expect(prof.code).toBe(2);
    expect(prof.err).toContain('未知的评分配置');
    expect(prof.err).toContain('mof2020');
    const none = await runCli(['check']);
    expect(none.code).toBe(2);
  });

  it('scores each table with the profile its labels imply, and --profile forces one', async () => {
    const hunanFile = path.join(EXAMPLES_DIR, '02-湖南格式-多处错误.xlsx');
    const mofFile = path.join(EXAMPLES_DIR, '01-财政部格式-无误.xlsx');
    const table = (rep: JsonReport) => rep.files[0].sheets[0].tables[0];
    const auto = JSON.parse((await runCli(['check', '--json', hunanFile])).out);
    expect(auto.profile).toBe('auto');
    expect(table(auto).profile).toBe('hunan');
    expect(table(auto).profileReason).toContain('成本指标20分');
    expect(table(JSON.parse((await runCli(['check', '--json', mofFile])).out)).profile).toBe('mof2020');
    const forced = JSON.parse((await runCli(['check', '--json', '--profile', 'guangxi', hunanFile])).out);
    expect(forced.profile).toBe('guangxi');
    expect(table(forced).profile).toBe('guangxi');
    expect(table(forced).profileReason).toContain('用户指定');
    const text = await runCli(['check', hunanFile]);
    expect(text.out).toContain('评分配置 hunan');
  });

  it('prints an English report with --lang en', async () => {
    const r = await runCli(['check', '--lang', 'en', path.join(EXAMPLES_DIR, '04-一表两项目.xlsx'), 'missing.xlsx']);
    expect(r.out).toContain('Sheet "两个项目"');
    expect(r.out).toContain('Total: entered 99.5 / computed 97.5  Grade: Excellent');
    expect(r.out).toContain('Cannot check: no such file or folder');
    expect(r.out).toMatch(/Checked 2 files, 2 tables, 2 errors, 0 warnings, 0 info, 1 files could not be read/);
  });

  it('speaks English with --lang en', async () => {
    const r = await runCli(['check', '--json', '--lang', 'en', path.join(EXAMPLES_DIR, '02-湖南格式-多处错误.xlsx')]);
    const msg = JSON.parse(r.out).files[0].sheets[0].tables[0].findings[0].message;
    expect(msg).toMatch(/^[\x20-\x7e"“”]+/);
  });
});

describe('selfeval fix and restore', () => {
  const dir = tmpDir();

  it('writes NAME.checked.xlsx beside the input and never touches the input', async () => {
    const src = path.join(dir, 'a.xlsx');
    fs.copyFileSync(path.join(EXAMPLES_DIR, '02-湖南格式-多处错误.xlsx'), src);
    const before = sha(src);
    const r = await runCli(['fix', src]);
    expect(r.code).toBe(1); // errors remain that need a person (notes, actuals)
    expect(sha(src)).toBe(before);
    const out = path.join(dir, 'a.checked.xlsx');
    expect(fs.existsSync(out)).toBe(true);
    const after = JSON.parse((await runCli(['check', '--json', out])).out);
    const codes = (after as JsonReport).files[0].sheets[0].tables[0].findings.map((f) => f.code);
    for (const c of ['SCORE_MISMATCH', 'BUDGET_RATE_MISMATCH', 'BUDGET_SCORE_MISMATCH', 'TOTAL_MISMATCH'])
      expect(codes).not.toContain(c);
    expect(codes).toContain('DEVIATION_NOTE_MISSING');
    // Our own sheets are not checked as tables.
    expect((after as JsonReport).files[0].sheets.map((s) => s.name)).toEqual(['2023年项目自评']);
  });

  it('fix lists every value it held back, with its cell and why (zh and en)', async () => {
    // 分值 typo: 30 where 产出指标（20分） leaves 10; the entered 25 is above it.
    const src = path.join(dir, 'typo.xlsx');
    fs.writeFileSync(src, await specsToBuffer([set(set(clone(hunanProject()), 'G16', 30), 'H16', 25)]));
    const zh = await runCli(['fix', src, '-o', path.join(dir, 'typo.zh.xlsx')]);
    expect(zh.out).toMatch(/个计算值未写入（见下）/);
    expect(zh.out).toMatch(/未写入 湖南格式!H16：.*请先更正分值/);
    expect(zh.out).toMatch(/未写入 湖南格式!H22：/);
    const en = await runCli(['fix', '--lang', 'en', src, '-o', path.join(dir, 'typo.en.xlsx')]);
    expect(en.out).toMatch(/not written 湖南格式!H16: .*correct 分值 first/);
  });

  it('--in-place keeps a backup beside the input; restore brings the original back', async () => {
    const src = path.join(dir, 'b.xlsx');
    fs.copyFileSync(path.join(EXAMPLES_DIR, '04-一表两项目.xlsx'), src);
    const original = sha(src);
    const r = await runCli(['fix', '--in-place', src]);
    expect(r.code).toBe(1);
    expect(fs.existsSync(path.join(dir, 'b.bak.xlsx'))).toBe(true);
    expect(sha(path.join(dir, 'b.bak.xlsx'))).toBe(original);
    expect(sha(src)).not.toBe(original);
    const res = await runCli(['restore', src]);
    expect(res.code).toBe(0);
    expect(res.out).toContain('已还原');
    const rep = JSON.parse((await runCli(['check', '--json', src])).out);
    const orig = JSON.parse((await runCli(['check', '--json', path.join(EXAMPLES_DIR, '04-一表两项目.xlsx')])).out);
    expect(rep.files[0].sheets).toEqual(orig.files[0].sheets);
  });

  it('refuses to write over its input without --in-place', async () => {
    const src = path.join(dir, 'c.xlsx');
    fs.copyFileSync(path.join(EXAMPLES_DIR, '01-财政部格式-无误.xlsx'), src);
    const before = sha(src);
    const r = await runCli(['fix', src, '-o', src]);
    expect(r.code).toBe(2);
    expect(sha(src)).toBe(before);
  });

  it('fixes a folder into an output folder', async () => {
    const out = path.join(dir, 'out');
    const r = await runCli(['fix', EXAMPLES_DIR, '-o', out]);
    expect(r.code).toBe(1);
    expect(fs.readdirSync(out).sort()).toEqual(
      exampleFiles()
        .map((f) => path.basename(f).replace(/\.xlsx$/, '.checked.xlsx'))
        .sort(),
    );
  });

  it('restore on a workbook never fixed changes nothing', async () => {
    const src = path.join(dir, 'd.xlsx');
    fs.copyFileSync(path.join(EXAMPLES_DIR, '01-财政部格式-无误.xlsx'), src);
    const before = sha(src);
    const r = await runCli(['restore', src]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('无需撤销');
    expect(sha(src)).toBe(before);
  });
});

describe('profiles from a JSON file', () => {
  const dir = tmpDir();
  it('accepts a valid profile file and names it in the report', async () => {
    const p = path.join(dir, 'gx.json');
    fs.writeFileSync(p, JSON.stringify({ ...mof2020, name: 'myprov', overCompletion: 1.5 }));
    const r = await runCli(['check', '--json', '--profile', p, path.join(EXAMPLES_DIR, '01-财政部格式-无误.xlsx')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).profile).toBe('myprov');
  });
  it('explains what is wrong with a broken profile file', async () => {
    const p = path.join(dir, 'bad.json');
    fs.writeFileSync(p, JSON.stringify({ name: 'x' }));
    const r = await runCli(['check', '--profile', p, EXAMPLES_DIR]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('totalWeight');
    fs.writeFileSync(p, '{oops');
    expect((await runCli(['check', '--profile', p, EXAMPLES_DIR])).err).toContain('JSON 格式错误');
  });
});

describe('on a terminal', () => {
  it('colours severities and shows progress on stderr when checking several files', async () => {
    const { main } = await import('../src/cli/main');
    let out = '';
    let err = '';
    const prev = process.env.NO_COLOR;
    delete process.env.NO_COLOR;
    const code = await main(['check', EXAMPLES_DIR], { out: (s) => (out += s), err: (s) => (err += s), isTTY: true });
    if (prev !== undefined) process.env.NO_COLOR = prev;
    expect(code).toBe(1);
    expect(out).toContain('\u001b[31m错误\u001b[39m');
    expect(err).toMatch(/\[#*\.*\] \d\/5 /);
    expect(err.endsWith('\r')).toBe(true); // the bar is cleared at the end
  });
});

describe('workbooks with parts ExcelJS cannot write back (charts, pivot tables, macros)', () => {
  const dir = tmpDir();
  async function withChart(): Promise<string> {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(EXAMPLES_DIR, '02-湖南格式-多处错误.xlsx')));
    zip.file(
      'xl/charts/chart1.xml',
      '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>',
    );
    const f = path.join(dir, `chart${Math.random().toString(36).slice(2)}.xlsx`);
    fs.writeFileSync(f, await zip.generateAsync({ type: 'nodebuffer' }));
    return f;
  }

  it('fix writes a copy and says the charts are not in it', async () => {
    const src = await withChart();
    const r = await runCli(['fix', src]);
    expect(r.code).toBe(1);
    expect(r.out).toContain('原工作簿中的图表不会出现在修正副本中');
    expect(fs.existsSync(src.replace(/\.xlsx$/, '.checked.xlsx'))).toBe(true);
  });

  it('fix --in-place and an in-place restore refuse, and leave the file as it was', async () => {
    const src = await withChart();
    const before = sha(src);
    const r = await runCli(['fix', '--in-place', src]);
    expect(r.code).toBe(2);
    expect(r.out).toContain('已拒绝 --in-place');
    expect(sha(src)).toBe(before);
    const back = await runCli(['restore', src]);
    expect(back.code).toBe(2);
    expect(back.out).toContain('原地还原会丢失');
    expect(sha(src)).toBe(before);
  });
});
