/**
 * Write-back never makes a table worse (issue #10), on every example, every table of the real corpus and tables
 * with planted weight typos: each input is compared with its fixed copy cell by cell.
 *  - every cell whose value changed carries a note giving its original value as it was shown, and the value
 *    written, and a fill (the written fill, or a finding's where the write does not answer it);
 *  - a changed cell was blank, or had an error-level finding at it: a correct entered score is never replaced;
 *  - no 总分 above the table's full score is written;
 *  - restore gives back every cell exactly, the new marks included.
 */
import ExcelJS from 'exceljs';
import { addr } from '../src/engine/grid';
import { RESULT_SHEET, BACKUP_SHEET } from '../src/engine/writeplan';
import { FILL_COLOR } from '../src/engine/resultsheet';
import { checkXlsx, fixXlsx, restoreXlsx } from '../src/hosts/xlsx';
import { clone, hunanProject, mofProject, set, SheetSpec } from './fixtures/specs';
import { specsToBuffer } from './fixtures/write-xlsx';
import { WorkbookCase, workbookCases } from './support/cases';

/** Planted weight typos, the entered scores right for the intended weights. */
function plantedTypos(): SheetSpec[] {
  // Hunan: 受益人口's 分值 40 where 效益指标 (40分) leaves it 20 (weights sum to 110); 1.9万 of ≥2万 is 19 of 20.
  const hunan = set(set(set(clone(hunanProject('湖南-分值笔误')), 'G18', 40), 'F18', '1.9万人'), 'H18', 19);
  set(hunan, 'H22', 98.6);
  // MOF: 培训合格率's 分值 25 where 15 was meant (sum 110, no label weights); 85% of ≥90% is 14.17 of 15.
  const mof = set(set(set(clone(mofProject('财政部-分值笔误')), 'G13', 25), 'F13', '85%'), 'H13', 14.17);
  set(mof, 'H17', 98.67);
  return [hunan, mof];
}

const cases: WorkbookCase[] = [
  ...workbookCases(),
  ...plantedTypos().map((s) => ({ name: `planted typo ${s.name}`, bytes: () => specsToBuffer([s]) })),
];

async function open(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** The plain value of an ExcelJS cell (a formula's cached result). */
function plain(v: ExcelJS.CellValue): unknown {
  if (v && typeof v === 'object' && 'formula' in v) return (v as ExcelJS.CellFormulaValue).result ?? null;
  if (v && typeof v === 'object' && 'richText' in v)
    return (v as ExcelJS.CellRichTextValue).richText.map((r) => r.text).join('');
  return v ?? null;
}

/** The number a shown value stands for ("95.00%" → 0.95, "1,282.50" → 1282.5), or null. */
function numberShown(s: string): number | null {
  const m = /^(-?[\d,]+(?:\.\d+)?)(%?)$/.exec(s.trim());
  if (!m) return null;
  const n = Number(m[1].replace(/,/g, ''));
  return m[2] ? n / 100 : n;
}

const WRITTEN_ARGB = 'FF' + FILL_COLOR.written.slice(1);
const FINDING_ARGB = [FILL_COLOR.error, FILL_COLOR.warning].map((c) => 'FF' + c.slice(1));

describe('write-back never makes a table worse', () => {
  describe.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    let input: Uint8Array;
    let fixed: Awaited<ReturnType<typeof fixXlsx>>;
    beforeAll(async () => {
      input = await c.bytes();
      fixed = await fixXlsx(input);
    });

    it('every changed cell carries a fill and a note giving its original value and the value written', async () => {
      const before = await open(input);
      const after = await open(fixed.bytes);
      let changed = 0;
      before.eachSheet((ws) => {
        const out = after.getWorksheet(ws.name)!;
        const seen = new Set<string>();
        const visit = (address: string): void => {
          if (seen.has(address)) return;
          seen.add(address);
          const was = plain(ws.getCell(address).value);
          const cell = out.getCell(address);
          const now = plain(cell.value);
          if (JSON.stringify(was) === JSON.stringify(now)) return;
          changed++;
          const note = String(cell.note ?? '');
          const m = /(?:原值|Original) (.+?) → (?:写入|written) (\S+?)(?:（|\s\(|$)/m.exec(note);
          expect({ address, note, match: !!m }).toMatchObject({ match: true });
          const [, shownBefore, shownAfter] = m!;
          if (was === null || was === '') expect(shownBefore).toBe('（空）');
          else if (typeof was === 'number')
            expect(Math.abs((numberShown(shownBefore) ?? NaN) - was)).toBeLessThan(0.0051);
          else expect(shownBefore).toContain(String(was));
          expect(Math.abs((numberShown(shownAfter) ?? NaN) - (now as number))).toBeLessThan(0.0051);
          const argb = (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
          expect([WRITTEN_ARGB, ...FINDING_ARGB]).toContain(argb);
        };
        out.eachRow({ includeEmpty: true }, (row) =>
          row.eachCell({ includeEmpty: true }, (cell) => visit(cell.address)),
        );
        ws.eachRow({ includeEmpty: true }, (row) =>
          row.eachCell({ includeEmpty: true }, (cell) => visit(cell.address)),
        );
      });
      expect(changed).toBe(fixed.plan.writes.length);
    });

    it('changes only cells that were blank or had an error at them, and writes no 总分 above the full score', async () => {
      const report = await checkXlsx(input);
      const errorsAt = new Set(
        report.sheets.flatMap((s) =>
          s.tables.flatMap((t) => t.findings.filter((f) => f.severity === 'error').map((f) => `${s.name}!${f.cell}`)),
        ),
      );
      for (const w of fixed.plan.writes) {
        const wasBlank = w.previous.t === 'empty' || (w.previous.t === 'text' && w.previous.v.trim() === '');
        // A 总分 that added up the entered scores follows the scores written beside it: it may change with them.
        const followsScores =
          w.what === 'total' &&
          fixed.plan.writes.some((x) => x.sheet === w.sheet && x.what !== 'total' && x.what !== 'rate');
        const ok = wasBlank || errorsAt.has(`${w.sheet}!${w.cell}`) || followsScores;
        expect({ cell: `${w.sheet}!${w.cell}`, ok }).toEqual({ cell: `${w.sheet}!${w.cell}`, ok: true });
      }
      for (const an of fixed.analyses)
        for (const st of an.scored) {
          const at = st.table.total?.scoreAt;
          if (!at) continue;
          const w = fixed.plan.writes.find((x) => x.sheet === an.grid.name && x.cell === addr(at.r, at.c));
          if (w) expect(w.value).toBeLessThanOrEqual(st.fullScore);
        }
    });

    it('restore gives back every cell, the new marks included', async () => {
      const back = await restoreXlsx(fixed.bytes);
      const a = await open(input);
      const b = await open(back.bytes);
      expect(b.worksheets.map((w) => w.name).filter((n) => n === RESULT_SHEET || n === BACKUP_SHEET)).toEqual([]);
      a.eachSheet((ws) => {
        const other = b.getWorksheet(ws.name)!;
        ws.eachRow({ includeEmpty: true }, (row) =>
          row.eachCell({ includeEmpty: true }, (cell) => {
            const o = other.getCell(cell.address);
            expect([cell.address, o.value, o.numFmt ?? null, o.fill ?? null, o.note ?? null]).toEqual([
              cell.address,
              cell.value,
              cell.numFmt ?? null,
              cell.fill ?? null,
              cell.note ?? null,
            ]);
          }),
        );
      });
    });
  });

  it('holds back every score resting on a planted typo, and says why in 校验结果', async () => {
    for (const s of plantedTypos()) {
      const fixed = await fixXlsx(await specsToBuffer([s]));
      // The entered scores are right for the intended weights: none of them, and no 总分, is overwritten.
      expect(fixed.plan.writes.filter((w) => w.what === 'score' || w.what === 'total')).toEqual([]);
      expect(fixed.plan.held.length).toBeGreaterThan(0);
      const rs = (await open(fixed.bytes)).getWorksheet(RESULT_SHEET)!;
      const codes: string[] = [];
      rs.eachRow((r) => codes.push(String(r.getCell(5).value)));
      expect(codes).toContain('WRITE_HELD_BACK');
    }
  });
});
