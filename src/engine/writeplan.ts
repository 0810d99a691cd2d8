/**
 * The write plan (SPEC §6): which cells get computed values, which are marked with a fill and a
 * note, and the rows of the 校验结果 sheet. Hosts apply it; the engine never writes.
 */
import { Cell, CellValue, SheetGrid, addr, parseAddr } from './grid';
import { At, Indicator } from './model';
import type { ScoredTable } from './score';
import type { SheetAnalysis, Finding } from './index';
import type { Severity } from './checks';
import { isPercentFormat } from './values';

export const RESULT_SHEET = '校验结果';
export const BACKUP_SHEET = '_selfeval_backup';

export interface CellWrite {
  sheet: string;
  cell: string;
  value: number;
  numFmt: string;
  what: 'score' | 'rate' | 'budgetScore' | 'total';
  /** The value being replaced (cached value when the cell holds a formula). */
  previous: CellValue;
  /** The formula being replaced, when overwriting formulas was asked for. */
  previousFormula?: string;
}

export interface SkippedWrite {
  sheet: string;
  cell: string;
  value: number;
  formula: string;
}

/** A computed value not written because the weights it rests on are inconsistent (SPEC §6: never make a table worse). */
export interface HeldWrite {
  sheet: string;
  cell: string;
  value: number;
  reason: string;
}

export interface CellMark {
  sheet: string;
  cell: string;
  severity: 'error' | 'warning';
  /** The explanation attached to the cell, one line per finding. */
  note: string;
}

export interface ResultRow {
  sheet: string;
  table: string;
  cell: string;
  severity: Severity;
  code: string;
  message: string;
}

export interface WritePlan {
  writes: CellWrite[];
  skipped: SkippedWrite[];
  held: HeldWrite[];
  marks: CellMark[];
  results: ResultRow[];
}

export interface WriteOptions {
  /** Overwrite cells that hold a formula (off by default). */
  overwriteFormulas?: boolean;
  /** Longest note text; longer notes are cut. */
  maxNoteLength?: number;
}

const SEVERITY_WORD: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

/**
 * Makes text safe to copy into a cell or note: control characters removed, long texts cut, and a
 * leading = + - @ neutralised so a host can never turn it into a formula.
 */
export function sanitizeText(s: string, max = 1000): string {
  // eslint-disable-next-line no-control-regex
  let t = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
  if (t.length > max) t = t.slice(0, max - 1) + '…';
  if (/^[=+\-@\t\r]/.test(t)) t = "'" + t;
  return t;
}

function sameNumber(cell: Cell | undefined, v: number): boolean {
  return !!cell && cell.value.t === 'number' && cell.value.v === v;
}

export function buildWritePlan(analyses: SheetAnalysis[], opts: WriteOptions = {}): WritePlan {
  const plan: WritePlan = { writes: [], skipped: [], held: [], marks: [], results: [] };
  const maxNote = opts.maxNoteLength ?? 1000;
  for (const an of analyses) {
    const sheet = an.grid.name;
    const view = an.view;
    const written = new Map<string, CellWrite>();
    /** Plans one computed value; `heldBecause` keeps it out of the cell and says why (SPEC §6). */
    const want = (at: At | null, value: number | null, what: CellWrite['what'], defFmt: string, heldBecause: string | null = null): void => {
      if (!at || value === null || !Number.isFinite(value)) return;
      const a = view.anchorOf(at.r, at.c);
      const cell = view.raw(a.r, a.c);
      const cellAddr = addr(a.r, a.c);
      if (sameNumber(cell, value)) return;
      if (heldBecause) {
        plan.held.push({ sheet, cell: cellAddr, value, reason: heldBecause });
        return;
      }
      if (cell?.formula && !opts.overwriteFormulas) {
        plan.skipped.push({ sheet, cell: cellAddr, value, formula: cell.formula });
        return;
      }
      let numFmt = cell?.numFmt && cell.numFmt !== 'General' ? cell.numFmt : defFmt;
      if (what === 'rate' && !isPercentFormat(numFmt)) numFmt = '0.00%';
      if (what !== 'rate' && isPercentFormat(numFmt)) numFmt = defFmt;
      const w: CellWrite = { sheet, cell: cellAddr, value, numFmt, what, previous: cell?.value ?? { t: 'empty' } };
      if (cell?.formula) w.previousFormula = cell.formula;
      written.set(cellAddr, w);
      plan.writes.push(w);
    };
    an.scored.forEach((st, ti) => {
      const t = st.table;
      const suspect = suspectWeights(st, an.report.tables[ti]?.findings ?? [], view);
      t.indicators.forEach((ind, k) => want(ind.scoreAt, st.evals[k].computed, 'score', '0.00', suspect.all ?? suspect.groups.get(ind) ?? null));
      if (t.budget && st.budget) {
        want(t.budget.rateAt, st.budget.rate, 'rate', '0.00%');
        want(t.budget.scoreAt, st.budget.score, 'budgetScore', '0.00');
      }
      if (t.total) {
        const over = st.computedTotal !== null && st.computedTotal > st.fullScore + 0.0049;
        const overReason = over ? `计算总分${st.computedTotal}超过满分${st.fullScore}分，未写入；请先核对各项分值` : null;
        want(t.total.scoreAt, st.computedTotal, 'total', '0.00', suspect.all ?? suspect.total ?? overReason);
      }
    });
    // Findings → marks and result rows.
    const byCell = new Map<string, Finding[]>();
    const addResults = (tableTitle: string, findings: Finding[]): void => {
      for (const f of findings) {
        plan.results.push({ sheet, table: sanitizeText(tableTitle, 200), cell: f.cell, severity: f.severity, code: f.code, message: sanitizeText(f.message) });
        if (f.severity === 'info') continue;
        const list = byCell.get(f.cell) ?? [];
        list.push(f);
        byCell.set(f.cell, list);
      }
    };
    addResults('', an.report.findings);
    for (const tr of an.report.tables) addResults(tr.title, tr.findings);
    for (const [cell, list] of byCell) {
      const severity = list.some((f) => f.severity === 'error') ? 'error' : 'warning';
      const lines = list.map((f) => `[${SEVERITY_WORD[f.severity]} ${f.code}] ${f.message}`);
      const w = written.get(cell);
      if (w) lines.push(`已写回计算值 ${w.what === 'rate' ? (Math.round(w.value * 1e6) / 1e4).toString() + '%' : String(w.value)}（原值见“${BACKUP_SHEET}”，可撤销）`);
      plan.marks.push({ sheet, cell, severity, note: sanitizeText(lines.join('\n'), maxNote) });
    }
  }
  return plan;
}

/**
 * Which computed scores rest on weights the table contradicts: all of them when the weights do not add up
 * (WEIGHT_SUM_MISMATCH, BLOCK_WEIGHT_MISMATCH), a group's when its 一级指标 label disagrees with its 分值
 * (LEVEL1_WEIGHT_MISMATCH). The 总分 rests on all of them.
 */
function suspectWeights(st: ScoredTable, findings: Finding[], view: SheetAnalysis['view']): { all: string | null; groups: Map<Indicator, string>; total: string | null } {
  const sum = findings.find((f) => f.code === 'WEIGHT_SUM_MISMATCH' || f.code === 'BLOCK_WEIGHT_MISMATCH');
  const groups = new Map<Indicator, string>();
  let total: string | null = null;
  for (const f of findings) {
    if (f.code !== 'LEVEL1_WEIGHT_MISMATCH') continue;
    const g = st.table.groups.find((x) => {
      const a = view.anchorOf(x.at.r, x.at.c);
      return addr(a.r, a.c) === f.cell;
    });
    if (!g) continue;
    const cause = `“${g.name}”的分值与其标签不一致（${f.message}）`;
    for (const ind of g.indicators) groups.set(ind, `${cause}，其下指标得分未写入；请先更正分值`);
    total ??= `${cause}，总分未写入；请先更正分值`;
  }
  return { all: sum ? `分值合计有误（${sum.message}），得分与总分未写入；请先更正分值` : null, groups, total };
}

/** The grids as they will be once the plan's values are written (for the report after a write-back). */
export function gridsAfterWrites(grids: SheetGrid[], plan: WritePlan): SheetGrid[] {
  return grids.map((g) => {
    const writes = plan.writes.filter((w) => w.sheet === g.name);
    if (writes.length === 0) return g;
    const rows = [...g.rows];
    for (const w of writes) {
      const a = parseAddr(w.cell);
      if (!a) continue;
      const row = [...(rows[a.r] ?? [])];
      row[a.c] = { value: { t: 'number', v: w.value }, numFmt: w.numFmt };
      rows[a.r] = row;
    }
    return { ...g, rows };
  });
}
