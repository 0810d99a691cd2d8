/**
 * Legacy .xls (issue #13): an .xls saved by LibreOffice from each example gives the same findings, code and cell, as
 * the .xlsx; broken .xls files get one clear line; fix writes an .xlsx copy and says so.
 */
import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import { checkXlsx, setXlsReader } from '../src/hosts/xlsx';
import { findingsOfSheet } from '../src/engine';
import { readXlsIsolated } from '../src/hosts/xls/node';
import { runCli } from './support/cli';
import { exampleFiles, tmpDir } from './support/tmp';

const lo = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => fs.existsSync(p));
if (!lo && process.env.REQUIRE_SOFFICE === '1')
  throw new Error('REQUIRE_SOFFICE=1 but LibreOffice (soffice) is not installed');
if (!lo) console.log('LibreOffice not installed: the .xls tests are skipped (CI installs libreoffice-calc-nogui)');
const describeLo = lo ? describe : describe.skip;

const codes = (sheets: Awaited<ReturnType<typeof checkXlsx>>['sheets']) =>
  sheets.map((s) => ({
    sheet: s.name,
    findings: findingsOfSheet(s)
      .map((f) => `${f.code}@${f.cell}`)
      .sort(),
  }));

describeLo('.xls workbooks', () => {
  const dir = tmpDir();
  const xls = (name: string) => path.join(dir, path.basename(name, '.xlsx') + '.xls');
  beforeAll(() => {
    execFileSync(
      lo!,
      [
        '-env:UserInstallation=file://' + path.join(dir, 'profile'),
        '--headless',
        '--convert-to',
        'xls',
        '--outdir',
        dir,
        ...exampleFiles(),
      ],
      { stdio: 'ignore', timeout: 180000 },
    );
    setXlsReader(readXlsIsolated);
  }, 200000);
  afterAll(() => setXlsReader(null));

  for (const file of exampleFiles())
    it(`${path.basename(file)} saved as .xls by LibreOffice: the same findings, code and cell`, async () => {
      const fromXls = await checkXlsx(new Uint8Array(fs.readFileSync(xls(file))));
      const fromXlsx = await checkXlsx(new Uint8Array(fs.readFileSync(file)));
      expect(codes(fromXls.sheets)).toEqual(codes(fromXlsx.sheets));
      expect(fromXls.sheets.flatMap((s) => s.tables.map((t) => t.total))).toEqual(
        fromXlsx.sheets.flatMap((s) => s.tables.map((t) => t.total)),
      );
    });

  it('a broken .xls gets one clear line, and the other files are still checked', async () => {
    const good = xls(exampleFiles()[1]);
    const bytes = fs.readFileSync(good);
    const broken = path.join(dir, 'broken.xls');
    fs.writeFileSync(broken, bytes.subarray(0, Math.floor(bytes.length * 0.4)));
    const r = await runCli(['check', broken, good]);
    expect(r.code).toBe(2);
    expect(r.out).toMatch(
      /broken\.xls\n\s+无法检查：旧版 \.xls 文件已损坏或无法读取：请在 Excel 或 WPS 中打开后另存为 \.xlsx 再检查/,
    );
    expect(r.out).not.toMatch(/\bat \S+\.(js|ts):\d+/); // no stack trace
    expect(r.out).toContain('农村饮水安全巩固提升工程');
  });

  it('fix writes NAME.checked.xlsx, says the copy is .xlsx, and refuses --in-place', async () => {
    const src = path.join(dir, 'fixme.xls');
    fs.copyFileSync(xls(exampleFiles()[1]), src);
    const before = fs.readFileSync(src);
    const r = await runCli(['fix', src]);
    expect(r.out).toContain('修正副本保存为 .xlsx');
    const out = path.join(dir, 'fixme.checked.xlsx');
    expect(fs.existsSync(out)).toBe(true);
    const again = await checkXlsx(new Uint8Array(fs.readFileSync(out)));
    const found = again.sheets.flatMap((s) => s.tables.flatMap((t) => t.findings.map((f) => f.code)));
    expect(found).not.toContain('SCORE_MISMATCH');
    const inPlace = await runCli(['fix', '--in-place', src]);
    expect(inPlace.code).toBe(2);
    expect(inPlace.out).toContain('不能原地写回');
    expect(fs.readFileSync(src).equals(before)).toBe(true);
  });
});
