/**
 * Scores filled down as a shared formula (Excel stores H12:H16 = G12 as one master, H12, and copies that only name
 * it). ExcelJS refuses to write a copy whose master was overwritten ("Shared Formula master must exist above and or
 * left of clone"), so `fix --overwrite-formulas` failed on such a sheet; and a skipped copy was reported as "=H12"
 * instead of the formula it stands for.
 */
import ExcelJS from 'exceljs';
import { fixXlsx, restoreXlsx } from '../src/hosts/xlsx';
import { specsToWorkbook } from './fixtures/write-xlsx';
import { clone, mofProject, set } from './fixtures/specs';

/** 得分 = 分值 filled down H12:H16 as a shared formula; the first indicator's actual (and F13, if given) below target. */
async function sharedScores(f13?: string): Promise<Uint8Array> {
  const spec = set(clone(mofProject('甲')), 'F12', '400人次');
  const wb = specsToWorkbook([f13 ? set(spec, 'F13', f13) : spec]);
  const ws = wb.getWorksheet(1)!;
  const g = (r: number): number => Number(ws.getCell(`G${r}`).value);
  ws.getCell('H12').value = { formula: 'G12', result: g(12), shareType: 'shared', ref: 'H12:H16' } as ExcelJS.CellValue;
  for (const r of [13, 14, 15, 16])
    ws.getCell(`H${r}`).value = { sharedFormula: 'H12', result: g(r) } as ExcelJS.CellValue;
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function formulas(bytes: Uint8Array): Promise<Record<string, [string | undefined, unknown]>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('甲')!;
  const out: Record<string, [string | undefined, unknown]> = {};
  for (let r = 12; r <= 16; r++) {
    const c = ws.getCell(`H${r}`);
    out[`H${r}`] = [c.formula || undefined, c.formula ? c.result : c.value];
  }
  return out;
}

describe('scores written as a shared formula', () => {
  it("a skipped copy is reported with the formula it stands for, not its master's address", async () => {
    const fixed = await fixXlsx(await sharedScores('80%'));
    // H12 computes 16 and H13 13.33 where the formula gives the weight: both kept, each with its own formula.
    expect(fixed.plan.skipped.map((s) => [s.cell, s.formula])).toEqual([
      ['H12', 'G12'],
      ['H13', 'G13'],
    ]);
  });

  it('--overwrite-formulas writes the master; its copies keep computing the same; restore gives every formula back', async () => {
    const original = await sharedScores();
    const before = await formulas(original);
    expect(before.H13).toEqual(['G13', 15]);
    const fixed = await fixXlsx(original, { overwriteFormulas: true });
    expect(fixed.plan.writes.map((w) => w.cell)).toContain('H12');
    const after = await formulas(fixed.bytes);
    expect(after.H12).toEqual([undefined, 16]); // 20 × 400/500
    for (const a of ['H13', 'H14', 'H15', 'H16']) expect(after[a]).toEqual(before[a]);
    const again = await fixXlsx(fixed.bytes, { overwriteFormulas: true });
    expect(await formulas(again.bytes)).toEqual(after);
    expect(await formulas((await restoreXlsx(fixed.bytes)).bytes)).toEqual(before);
  });
});
