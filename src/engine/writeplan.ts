/**
 * The write plan (domain §6): which cells get computed values, which are marked with a fill and a
 * note, and the rows of the 校验结果 sheet. Hosts apply it; the engine never writes.
 *
 * Never make a table worse: a value is written only where the weights it rests on agree, a 总分 above the
 * full score is never written, a cell already equal in value (text "100%" against 1) is left as it is, and
 * every cell whose value changes is marked as written, with a note giving its value as it was shown.
 */
import { Cell, CellValue, SheetGrid, addr, parseAddr } from './grid';
import { At, Indicator } from './model';
import { RATE_TOLERANCE, SCORE_TOLERANCE, lessBy, near } from './decimal';
import type { ScoredTable } from './score';
import type { SheetAnalysis, Finding } from './analyze';
import { CHECKS, Severity } from './checks';
import { MSG } from './writeplan-messages';
import { WriteWhat, columnFormats, fits } from './write-formats';
import { pointsValue, rateEquals } from './cells';
import { Lang, MarkLook, SEVERITY_WORD } from './lang';
import { showNumber, shownValue } from './shown';
import { sanitizeText } from './text-safety';
import { BACKUP_SHEET, RESULT_SHEET } from './own-sheets';

export { RESULT_SHEET, BACKUP_SHEET, sanitizeText };

export type { WriteWhat };

export interface CellWrite {
  sheet: string;
  cell: string;
  value: number;
  numFmt: string;
  what: WriteWhat;
  /** The value being replaced (cached value when the cell holds a formula). */
  previous: CellValue;
  /** The formula being replaced, when overwriting formulas was asked for. */
  previousFormula?: string;
  /** The replaced value as the spreadsheet showed it ("95.00%", "（空）"), and the written one. */
  shownBefore: string;
  shownAfter: string;
  /** What was written and by which rule, in the user's language. */
  reason: string;
}

export interface SkippedWrite {
  sheet: string;
  cell: string;
  value: number;
  formula: string;
  shownBefore: string;
  reason: string;
}

/** A computed value not written because the weights it rests on are inconsistent (domain §6: never make a table worse). */
export interface HeldWrite {
  sheet: string;
  cell: string;
  value: number;
  reason: string;
  shownBefore: string;
}

export interface CellMark {
  sheet: string;
  cell: string;
  /** The fill: the most severe finding the write does not answer, else "written". */
  look: MarkLook;
  /** The explanation attached to the cell, one line per finding, then what was written or held back. */
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
  lang: Lang;
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
  /** The language of notes and of the 校验结果 sheet (zh by default). */
  lang?: Lang;
}

const FIXED_BY_WRITE = new Set(CHECKS.filter((c) => c.meta.fixedByWriteBack).map((c) => c.meta.code));

function sameNumber(cell: Cell | undefined, v: number): boolean {
  return !!cell && cell.value.t === 'number' && cell.value.v === v;
}

export function buildWritePlan(analyses: SheetAnalysis[], opts: WriteOptions = {}): WritePlan {
  const lang = opts.lang ?? 'zh';
  const msg = MSG[lang];
  const plan: WritePlan = { lang, writes: [], skipped: [], held: [], marks: [], results: [] };
  const maxNote = opts.maxNoteLength ?? 1000;
  for (const an of analyses) {
    const sheet = an.grid.name;
    const view = an.view;
    /** Note lines for the cell that are not findings (what was written, kept or held back). */
    const extra = new Map<string, string[]>();
    const written = new Set<string>();
    const addExtra = (cell: string, line: string): void => {
      extra.set(cell, [...(extra.get(cell) ?? []), line]);
    };
    an.scored.forEach((st, ti) => {
      const t = st.table;
      const cols = columnFormats(t, view);
      const suspect = suspectWeights(st, an.report.tables[ti]?.findings ?? [], view, lang);
      /**
       * Plans one computed value. `entered` is what the engine read from the cell: equal in value (within the
       * tolerance of domain §4), the cell is left as it is, even when it is text such as "100%".
       * `heldBecause` keeps the value out of the cell and says why (domain §6).
       */
      const want = (
        at: At | null,
        value: number | null,
        entered: number | null,
        what: WriteWhat,
        column: string | null,
        heldBecause: string | null = null,
      ): void => {
        if (!at || value === null || !Number.isFinite(value)) return;
        const a = view.anchorOf(at.r, at.c);
        const cell = view.raw(a.r, a.c);
        const cellAddr = addr(a.r, a.c);
        if (sameNumber(cell, value)) return;
        if (entered !== null && near(entered, value, what === 'rate' ? RATE_TOLERANCE : SCORE_TOLERANCE)) return;
        const shownBefore = shownValue(cell, lang);
        const numFmt = fits(what, cell?.numFmt)
          ? cell!.numFmt!
          : column !== null && (fits(what, column) || column === 'General')
            ? column
            : what === 'rate'
              ? '0.00%'
              : 'General';
        const shownAfter = showNumber(value, numFmt);
        if (heldBecause) {
          plan.held.push({ sheet, cell: cellAddr, value, reason: heldBecause, shownBefore });
          addExtra(cellAddr, msg.held(shownAfter, heldBecause));
          return;
        }
        if (cell?.formula && !opts.overwriteFormulas) {
          const reason = msg.kept(cell.formula, shownAfter);
          plan.skipped.push({ sheet, cell: cellAddr, value, formula: cell.formula, shownBefore, reason });
          addExtra(cellAddr, reason);
          return;
        }
        const w: CellWrite = {
          sheet,
          cell: cellAddr,
          value,
          numFmt,
          what,
          previous: cell?.value ?? { t: 'empty' },
          shownBefore,
          shownAfter,
          reason: msg.why[what],
        };
        if (cell?.formula) w.previousFormula = cell.formula;
        written.add(cellAddr);
        addExtra(cellAddr, msg.written(shownBefore, shownAfter));
        plan.writes.push(w);
      };
      t.indicators.forEach((ind, k) =>
        want(
          ind.scoreAt,
          st.evals[k].computed,
          pointsValue(ind.score),
          'score',
          cols.score,
          suspect.all ?? suspect.groups.get(ind) ?? null,
        ),
      );
      if (t.budget && st.budget) {
        const b = t.budget;
        // A rate the cell already shows (86% for 86.2%) is left as the submitter wrote it, like any equal value.
        const rate = st.budget.rate;
        if (rate === null || !rateEquals(b.rate, rate, RATE_TOLERANCE))
          want(b.rateAt, rate, b.rate.kind === 'number' ? b.rate.value : null, 'rate', cols.rate);
        want(b.scoreAt, st.budget.score, pointsValue(b.score), 'budgetScore', cols.score);
      }
      if (t.total) {
        const over = st.computedTotal !== null && lessBy(st.fullScore, st.computedTotal, SCORE_TOLERANCE);
        const overReason = over ? msg.over(String(st.computedTotal), String(st.fullScore)) : null;
        want(
          t.total.scoreAt,
          st.computedTotal,
          pointsValue(t.total.score),
          'total',
          cols.score,
          suspect.all ?? suspect.total ?? overReason,
        );
      }
    });
    // Findings → marks and result rows; a cell's note holds its findings, then what was written there.
    const byCell = new Map<string, Finding[]>();
    const addResults = (tableTitle: string, findings: Finding[]): void => {
      for (const f of findings) {
        plan.results.push({
          sheet,
          table: tableTitle.slice(0, 200),
          cell: f.cell,
          severity: f.severity,
          code: f.code,
          message: sanitizeText(f.message),
        });
        if (f.severity === 'info') continue;
        byCell.set(f.cell, [...(byCell.get(f.cell) ?? []), f]);
      }
    };
    addResults('', an.report.findings);
    for (const tr of an.report.tables) addResults(tr.title, tr.findings);
    const cells = new Set([...byCell.keys(), ...written]);
    for (const cell of cells) {
      const list = byCell.get(cell) ?? [];
      const standing = written.has(cell) ? list.filter((f) => !FIXED_BY_WRITE.has(f.code)) : list;
      const look: MarkLook = standing.some((f) => f.severity === 'error')
        ? 'error'
        : standing.length
          ? 'warning'
          : 'written';
      const lines = [
        ...list.map((f) => `[${SEVERITY_WORD[lang][f.severity]} ${f.code}] ${f.message}`),
        ...(extra.get(cell) ?? []),
      ];
      plan.marks.push({ sheet, cell, look, note: sanitizeText(lines.join('\n'), maxNote) });
    }
  }
  return plan;
}

/**
 * Which computed scores rest on weights the table contradicts: all of them when the weights do not add up
 * (WEIGHT_SUM_MISMATCH, BLOCK_WEIGHT_MISMATCH), a group's when its 一级指标 label disagrees with its 分值
 * (LEVEL1_WEIGHT_MISMATCH). The 总分 rests on all of them.
 */
function suspectWeights(
  st: ScoredTable,
  findings: Finding[],
  view: SheetAnalysis['view'],
  lang: Lang,
): { all: string | null; groups: Map<Indicator, string>; total: string | null } {
  const msg = MSG[lang];
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
    for (const ind of g.indicators) groups.set(ind, msg.groupWrong(g.name, f.message));
    total ??= msg.groupTotal(g.name, f.message);
  }
  return { all: sum ? msg.sumWrong(sum.message) : null, groups, total };
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
