import * as fs from 'fs';
import * as path from 'path';
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import { analyzeSheet } from '../src/engine';
import { BACKUP_SHEET, RESULT_SHEET } from '../src/engine/writeplan';
import { checkXlsx, fixXlsx, restoreXlsx, linkFormula } from '../src/hosts/xlsx';
import { clone, fx, mofProject, set, tableWithFinding } from './fixtures/specs';
import { specsToBuffer } from './fixtures/write-xlsx';
import { exampleFiles, tmpDir } from './support/tmp';
import { namedWorkbook } from './support/defined-names';
import { sheetWithBreaksAndList } from './support/sheet-extras';

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Every cell of every sheet: value, number format, fill and note, as JSON. */
async function cellsOf(bytes: Uint8Array): Promise<Record<string, string>> {
  const wb = await open(bytes);
  const out: Record<string, string> = {};
  wb.eachSheet((ws) => {
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (c) => {
        out[`${ws.name}!${c.address}`] = JSON.stringify([c.value, c.numFmt ?? null, c.fill ?? null, c.note ?? null]);
      }),
    );
  });
  return out;
}

const SCORE_CODES = ['SCORE_MISMATCH', 'BUDGET_RATE_MISMATCH', 'BUDGET_SCORE_MISMATCH', 'TOTAL_MISMATCH'];

describe('xlsx host: fix and restore on every example', () => {
  for (const file of exampleFiles()) {
    const name = path.basename(file);
    it(`${name}: restore returns every original cell exactly`, async () => {
      const original = new Uint8Array(fs.readFileSync(file));
      const fixed = await fixXlsx(original);
      const restored = await restoreXlsx(fixed.bytes);
      expect(restored.hadBackup).toBe(true);
      expect(await cellsOf(restored.bytes)).toEqual(await cellsOf(original));
      const names = (await open(restored.bytes)).worksheets.map((w) => w.name);
      expect(names).not.toContain(RESULT_SHEET);
      expect(names).not.toContain(BACKUP_SHEET);
    });
    it(`${name}: the fixed copy re-checks clean of score errors, and fixing twice changes nothing more`, async () => {
      const fixed = await fixXlsx(new Uint8Array(fs.readFileSync(file)));
      const again = await checkXlsx(fixed.bytes);
      const codes = again.sheets.flatMap((s) => s.tables.flatMap((t) => t.findings.map((f) => f.code)));
      for (const c of SCORE_CODES) expect(codes).not.toContain(c);
      const twice = await fixXlsx(fixed.bytes);
      expect(twice.applied.written).toBe(0);
      expect(await cellsOf(twice.bytes)).toEqual(await cellsOf(fixed.bytes));
      // and restoring the twice-fixed copy still returns the original
      const restored = await restoreXlsx(twice.bytes);
      expect(await cellsOf(restored.bytes)).toEqual(await cellsOf(new Uint8Array(fs.readFileSync(file))));
    });
  }
});

describe('xlsx host: what a fix writes', () => {
  it('writes computed scores with a number format, fills and notes flagged cells, and lists findings with links', async () => {
    const bytes = new Uint8Array(fs.readFileSync(exampleFiles().find((f) => f.includes('02-'))!));
    const fixed = await fixXlsx(bytes);
    const wb = await open(fixed.bytes);
    const ws = wb.getWorksheet('2023年项目自评')!;
    expect(ws.getCell('H13').value).toBe(18.75);
    expect(ws.getCell('H16').value).toBe(9.33);
    expect(ws.getCell('G6').value).toBe(0.9);
    expect(ws.getCell('G6').numFmt).toBe('0.00%');
    expect(ws.getCell('H22').value).toBe(97.08);
    // Written numbers look like their neighbours (issue #10): the 得分 column of this table has no format, so
    // 18.75 is written General, as the entered 10 and 9 beside it are.
    expect(ws.getCell('H13').numFmt ?? 'General').toBe(ws.getCell('H12').numFmt ?? 'General');
    expect((ws.getCell('H13').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFDDEBF7');
    expect((ws.getCell('I13').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFC7CE');
    expect((ws.getCell('F4').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFEB9C');
    expect(String(ws.getCell('I13').note)).toContain('DEVIATION_NOTE_MISSING');
    expect(String(ws.getCell('H13').note)).toContain('→ 写入 18.75');
    // A cell that was not flagged keeps its own style object (ExcelJS shares styles between cells).
    expect((ws.getCell('I12').fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
    const rs = wb.getWorksheet(RESULT_SHEET)!;
    expect(rs.getRow(1).values).toEqual([
      undefined,
      '序号',
      '工作表',
      '单元格',
      '严重程度',
      '代码',
      '说明',
      '原值',
      '写入值',
    ]);
    const link = rs.getCell('C2').value as ExcelJS.CellFormulaValue;
    expect(link.formula).toBe(`HYPERLINK("#'2023年项目自评'!F4","F4")`);
    expect(wb.getWorksheet(BACKUP_SHEET)!.state).toBe('veryHidden');
  });

  it('quotes sheet names with quotes and spaces in links', () => {
    expect(linkFormula("张三's 表 1", 'H15')).toBe(`HYPERLINK("#'张三''s 表 1'!H15","H15")`);
    expect(linkFormula('a"b', 'A1')).toBe(`HYPERLINK("#'a""b'!A1","A1")`);
  });

  it('leaves formula cells that already hold the computed value alone, without listing them', async () => {
    const fixed = await fixXlsx(new Uint8Array(fs.readFileSync(exampleFiles().find((f) => f.includes('01-'))!)));
    expect(fixed.plan.skipped).toEqual([]);
    expect(fixed.plan.writes).toEqual([]);
    const ws = (await open(fixed.bytes)).getWorksheet('项目自评表')!;
    expect((ws.getCell('H17').value as ExcelJS.CellFormulaValue).formula).toBe('H5+SUM(H12:H16)');
  });

  it('keeps formula cells unless asked, and restores an overwritten formula', async () => {
    const s = clone(mofProject());
    set(s, 'H12', fx('G12*0.9', 18, '0.00')); // formula giving 18 where 20 is right
    const bytes = await specsToBuffer([s]);
    const kept = await fixXlsx(bytes);
    expect(kept.plan.skipped.map((x) => x.cell)).toEqual(['H12']);
    const wbKept = await open(kept.bytes);
    expect((wbKept.getWorksheet(1)!.getCell('H12').value as ExcelJS.CellFormulaValue).formula).toBe('G12*0.9');
    const rows: string[] = [];
    wbKept.getWorksheet(RESULT_SHEET)!.eachRow((r) => rows.push(String(r.getCell(5).value)));
    expect(rows).toContain('FORMULA_KEPT');

    const over = await fixXlsx(bytes, { overwriteFormulas: true });
    expect((await open(over.bytes)).getWorksheet(1)!.getCell('H12').value).toBe(20);
    const back = await restoreXlsx(over.bytes);
    expect(await cellsOf(back.bytes)).toEqual(await cellsOf(bytes));
  });

  it('restore keeps a written cell the user changed afterwards, and says so', async () => {
    const bytes = new Uint8Array(fs.readFileSync(exampleFiles().find((f) => f.includes('04-'))!));
    const fixed = await fixXlsx(bytes);
    const wb = await open(fixed.bytes);
    wb.getWorksheet(1)!.getCell('H31').value = 17; // the user's own judgement after the write-back
    const back = await restoreXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(back.kept).toEqual(['两个项目!H31']);
    const ws = (await open(back.bytes)).getWorksheet(1)!;
    expect(ws.getCell('H31').value).toBe(17);
    expect(ws.getCell('H36').value).toBe(99.5); // the written total went back to the original
  });

  it('drops a mark on the next run when its finding is gone, restoring the cell’s own fill and note', async () => {
    const s = set(clone(mofProject()), 'F3', null); // HEADER_FIELD_MISSING at F3
    const bytes = await specsToBuffer([s]);
    const fixed = await fixXlsx(bytes);
    const wb = await open(fixed.bytes);
    wb.getWorksheet(1)!.getCell('F3').value = '市职业技能培训中心'; // the user fills it in
    const edited = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const again = await fixXlsx(edited);
    const ws = (await open(again.bytes)).getWorksheet(1)!;
    expect(ws.getCell('F3').note).toBeUndefined();
    expect((ws.getCell('F3').fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
    expect(ws.getCell('F3').value).toBe('市职业技能培训中心'); // the user's edit survives
  });
});

function soffice(): string | null {
  for (const p of ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/bin/libreoffice'])
    if (fs.existsSync(p)) return p;
  return null;
}

const lo = soffice();
if (!lo && process.env.REQUIRE_SOFFICE === '1')
  throw new Error('REQUIRE_SOFFICE=1 but LibreOffice (soffice) is not installed');
const describeLo = lo ? describe : describe.skip;
if (!lo)
  console.log(
    'LibreOffice (soffice) not installed: the spreadsheet-program test is skipped (CI installs libreoffice-calc-nogui)',
  );

describeLo('a fixed copy in a real spreadsheet program (LibreOffice)', () => {
  const dir = tmpDir();
  const toCsv = (xlsx: string, tag: string): string => {
    const outDir = path.join(dir, tag);
    fs.mkdirSync(outDir, { recursive: true });
    execFileSync(
      lo!,
      [
        '-env:UserInstallation=file://' + path.join(dir, 'profile'),
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,1',
        '--outdir',
        outDir,
        xlsx,
      ],
      {
        stdio: 'ignore',
        timeout: 120000,
      },
    );
    const csv = fs.readdirSync(outDir).find((f) => f.endsWith('.csv'))!;
    return fs.readFileSync(path.join(outDir, csv), 'utf8');
  };

  /** The workbook as LibreOffice reads it, in its flat XML form (names, validations, row styles). */
  const toFods = (bytes: Uint8Array, tag: string): string => {
    const f = path.join(dir, `${tag}.xlsx`);
    fs.writeFileSync(f, bytes);
    const outDir = path.join(dir, tag);
    execFileSync(
      lo!,
      [
        '-env:UserInstallation=file://' + path.join(dir, 'profile'),
        '--headless',
        '--convert-to',
        'fods',
        '--outdir',
        outDir,
        f,
      ],
      { stdio: 'ignore', timeout: 120000 },
    );
    return fs.readFileSync(path.join(outDir, `${tag}.fods`), 'utf8');
  };

  it('opens the fixed copy with the computed scores, and restore gives back the original values byte for byte', async () => {
    const src = exampleFiles().find((f) => f.includes('02-'))!;
    const original = new Uint8Array(fs.readFileSync(src));
    const fixed = await fixXlsx(original);
    const restored = await restoreXlsx(fixed.bytes);
    const fo = path.join(dir, 'original.xlsx');
    const ff = path.join(dir, 'fixed.xlsx');
    const fr = path.join(dir, 'restored.xlsx');
    fs.writeFileSync(fo, original);
    fs.writeFileSync(ff, fixed.bytes);
    fs.writeFileSync(fr, restored.bytes);
    const csvFixed = toCsv(ff, 'fixed');
    const rows = csvFixed.split('\n');
    expect(rows[12]).toContain(',18.75,'); // H13
    expect(rows[15]).toContain(',9.33,'); // H16
    expect(rows[21]).toContain(',97.08,'); // H22
    expect(rows[5]).toContain('90%'); // G6
    const a = toCsv(fo, 'original');
    const b = toCsv(fr, 'restored');
    expect(Buffer.from(b)).toEqual(Buffer.from(a));
    expect(b).not.toEqual(csvFixed);
  });

  it('prints 校验结果 landscape, one page wide, with the header row on every page', async () => {
    // Many tables with findings, so that the list runs over several pages.
    const sheets = Array.from({ length: 16 }, (_, i) => set(tableWithFinding(`表${i + 1}`), 'F13', '完成'));
    const f = path.join(dir, 'results.xlsx');
    fs.writeFileSync(f, (await fixXlsx(await specsToBuffer(sheets))).bytes);
    const outDir = path.join(dir, 'pdf');
    execFileSync(
      lo!,
      [
        '-env:UserInstallation=file://' + path.join(dir, 'profile'),
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        outDir,
        f,
      ],
      { stdio: 'ignore', timeout: 120000 },
    );
    const pdf = path.join(outDir, 'results.pdf');
    const sizes = [
      ...execFileSync('pdfinfo', ['-l', '1000', pdf], { encoding: 'utf8' }).matchAll(
        /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g,
      ),
    ].map((m) => [Number(m[1]), Number(m[2])]);
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
      .split('\f')
      .slice(0, sizes.length);
    // The 校验结果 pages: any page with its header words or a check code (the tables print neither).
    const result = pages
      .map((text, k) => ({ k, text, size: sizes[k] }))
      .filter((p) => /序号|写入值|[A-Z]{4,}_[A-Z_]{4,}/.test(p.text));
    expect(result.length).toBeGreaterThan(1);
    for (const p of result) {
      // Landscape; one page wide: a sheet cut in two would put 序号 and 写入值 on different pages. The header
      // row is on every page.
      expect({
        page: p.k + 1,
        landscape: p.size[0] > p.size[1],
        first: p.text.includes('序号'),
        last: p.text.includes('写入值'),
      }).toEqual({
        page: p.k + 1,
        landscape: true,
        first: true,
        last: true,
      });
    }
  });

  it('restore gives back every sheet of every example byte for byte, as LibreOffice reads them', async () => {
    const inDir = path.join(dir, 'all-in');
    const outDir = path.join(dir, 'all-out');
    fs.mkdirSync(inDir, { recursive: true });
    fs.mkdirSync(outDir, { recursive: true });
    const files: string[] = [];
    for (const [i, file] of exampleFiles().entries()) {
      const original = new Uint8Array(fs.readFileSync(file));
      const restored = await restoreXlsx((await fixXlsx(original)).bytes);
      for (const [tag, bytes] of [
        ['orig', original],
        ['back', restored.bytes],
      ] as const) {
        const f = path.join(inDir, `${tag}${i}.xlsx`);
        fs.writeFileSync(f, bytes);
        files.push(f);
      }
    }
    // One LibreOffice start for all files; the last filter field -1 writes one CSV per sheet.
    execFileSync(
      lo!,
      [
        '-env:UserInstallation=file://' + path.join(dir, 'profile'),
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        outDir,
        ...files,
      ],
      {
        stdio: 'ignore',
        timeout: 300000,
      },
    );
    const csvs = fs.readdirSync(outDir).sort();
    const origs = csvs.filter((f) => f.startsWith('orig'));
    expect(origs.length).toBe(7); // five examples, two of them with two sheets
    expect(csvs.filter((f) => f.startsWith('back'))).toEqual(origs.map((f) => f.replace(/^orig/, 'back')));
    for (const f of origs)
      expect(
        `${f}: ${fs.readFileSync(path.join(outDir, f)).equals(fs.readFileSync(path.join(outDir, f.replace(/^orig/, 'back'))))}`,
      ).toBe(`${f}: true`);
  });

  it("keeps the workbook's defined names: LibreOffice reads each, on its own sheet, as the user wrote it", async () => {
    const fods = toFods((await fixXlsx(await namedWorkbook())).bytes, 'named');
    const named = (name: string): string =>
      [...fods.matchAll(/<table:named-(?:expression|range)\b[^>]*>/g)]
        .map((m) => m[0])
        .filter((m) => m.includes(`table:name="${name}"`))
        .join('\n');
    expect(named('twice')).toContain('table:expression="[$项目自评表.$A$1]*2"');
    expect(named('rate')).toContain('table:expression="0.9"');
    expect(named('label')).toContain('table:expression="&quot;自评&quot;"');
    expect(named('secret')).toContain('table:expression="42"');
    expect(named('selfeval_profile')).toContain('&quot;hunan&quot;');
    // The sheet's own "note" (A2) is inside the sheet 填表说明; the workbook's (A1) is not.
    const sheet = /<table:table table:name="填表说明"[\s\S]*?<\/table:table>/.exec(fods)![0];
    expect(sheet).toContain('table:cell-range-address="$填表说明.$A$2"');
    expect(sheet).not.toContain('table:cell-range-address="$填表说明.$A$1"');
    expect(fods).toContain('table:print-ranges="项目自评表.A1:项目自评表.I30"');
  });

  it("keeps a sheet's page break and its drop-down list fed from another sheet: LibreOffice reads both", async () => {
    const fods = toFods((await fixXlsx(await sheetWithBreaksAndList())).bytes, 'extras');
    const list =
      /<table:content-validation table:name="([^"]+)"[^>]*cell-content-is-in-list\(\[\$选项\.\$A\$1:\.\$A\$3\]\)/.exec(
        fods,
      );
    expect(list).not.toBeNull();
    const sheet = /<table:table table:name="甲"[\s\S]*?<\/table:table>/.exec(fods)![0];
    expect(sheet.split(`table:content-validation-name="${list![1]}"`).length - 1).toBe(10); // J7:J16
    const breaking = new Set(
      [
        ...fods.matchAll(
          /<style:style style:name="(ro\d+)" style:family="table-row">\s*<style:table-row-properties[^>]*fo:break-before="page"/g,
        ),
      ].map((m) => m[1]),
    );
    const rows = [
      ...sheet.matchAll(/<table:table-row table:style-name="(ro\d+)"(?: table:number-rows-repeated="(\d+)")?/g),
    ];
    const rowNumbers: number[] = [];
    let n = 1;
    for (const r of rows) {
      if (breaking.has(r[1])) rowNumbers.push(n);
      n += Number(r[2] ?? 1);
    }
    expect(rowNumbers).toEqual([9]); // the break after row 8
  });
});

describe('engine on the example grids', () => {
  it('reads the committed examples exactly as the generator describes them', async () => {
    const { EXAMPLES } = await import('./fixtures/examples');
    const { toGrid } = await import('./fixtures/specs');
    for (const ex of EXAMPLES) {
      const file = exampleFiles().find((f) => path.basename(f) === ex.file)!;
      const fromFile = (await checkXlsx(new Uint8Array(fs.readFileSync(file)))).sheets;
      const fromSpec = ex.sheets.map((s) => analyzeSheet(toGrid(s)).report);
      expect(fromFile).toEqual(fromSpec);
    }
  });
});
