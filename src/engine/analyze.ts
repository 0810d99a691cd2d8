/**
 * Analysing one sheet: grid → tables → scores → findings (domain §2–§5). The report types are the JSON contract of
 * domain §7; SheetAnalysis adds what a write plan needs.
 */
import { GridView, SheetGrid, addr, rangeAddr } from './grid';
import { At } from './model';
import { locateTables } from './locate';
import { Profile, getProfile } from './profiles';
import { AUTO_PROFILE, ProfileChoice, chooseProfile, forcedChoice } from './profiles/choose';
import { ScoredTable, scoreTable } from './score';
import { CHECKS, Check, CheckMeta, RawFinding, Severity, messageOf } from './checks';
import { isPercentFormat, pointsValue } from './values';
import type { Lang } from './lang';

export interface Finding {
  code: string;
  severity: Severity;
  cell: string;
  message: string;
  /** Which of its check's messages this is (stable across languages, as ESLint's messageId). */
  messageId?: string;
}

export interface BudgetReport {
  weight: number;
  rate: number | null;
  score: number | null;
  enteredRate: number | null;
  enteredScore: number | null;
  rateCell: string | null;
  scoreCell: string | null;
}

export interface IndicatorReport {
  level1: string;
  level2: string;
  name: string;
  cell: string;
  target: string;
  actual: string;
  kind: 'positive' | 'negative' | 'equal' | 'qualitative' | 'unknown';
  weight: number | null;
  enteredScore: number | null;
  computedScore: number | null;
  achieved: boolean | null;
  needsDeviationNote: boolean;
  scoreCell: string | null;
  noteCell: string | null;
}

export interface TableReport {
  kind: 'project' | 'department';
  range: string;
  title: string;
  budget: BudgetReport | null;
  indicators: IndicatorReport[];
  total: { weight: number; computedScore: number | null; enteredScore: number | null; grade: string | null };
  /** The profile this table was scored with, and why (chosen by its labels, or forced by the user). */
  profile?: string;
  profileReason?: string;
  findings: Finding[];
}

export interface SheetReport {
  name: string;
  findings: Finding[];
  tables: TableReport[];
}

export interface CheckOptions {
  profile?: string | Profile;
  /** Where a named profile comes from: the user (default), or the workbook that keeps it (domain §4). */
  profileSource?: 'user' | 'workbook';
  lang?: Lang;
  /** The checks to run; all of them unless given (a check's own tests run it alone). */
  checks?: readonly Check[];
}

/** Everything the engine learned about one sheet: the public report plus what a write plan needs. */
export interface SheetAnalysis {
  report: SheetReport;
  scored: ScoredTable[];
  grid: SheetGrid;
  view: GridView;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The profile the user forced, or null when each table is to be scored with the profile its labels imply. */
function resolveProfile(p: string | Profile | undefined): Profile | null {
  if (p && typeof p === 'object') return p;
  if (p === undefined || p === AUTO_PROFILE) return null;
  const prof = getProfile(p);
  if (!prof) throw new RangeError(`unknown profile: ${p}`);
  return prof;
}

export function analyzeSheet(grid: SheetGrid, opts: CheckOptions = {}): SheetAnalysis {
  const forced = resolveProfile(opts.profile);
  const lang = opts.lang ?? 'zh';
  const checks = opts.checks ?? CHECKS;
  const view = new GridView(grid);
  const tables = locateTables(view);
  const cellOf = (at: At): string => {
    const an = view.anchorOf(at.r, at.c);
    return addr(an.r, an.c);
  };
  const toFinding = (meta: CheckMeta, f: RawFinding): Finding => ({
    code: meta.code,
    severity: meta.severity,
    cell: cellOf(f.at),
    message: messageOf(meta, f, lang),
    messageId: f.messageId,
  });
  const sheetFindings: Finding[] = [];
  for (const check of checks) {
    if (check.scope !== 'sheet') continue;
    for (const f of check.run({ view, tables })) sheetFindings.push(toFinding(check.meta, f));
  }
  const scored: ScoredTable[] = [];
  const tableReports: TableReport[] = tables.map((table) => {
    const choice: ProfileChoice = forced ? forcedChoice(forced, opts.profileSource) : chooseProfile(table);
    const profile = choice.profile;
    const scoredTable = scoreTable(table, profile);
    scored.push(scoredTable);
    const findings: Finding[] = [];
    for (const check of checks) {
      if (check.scope !== 'table') continue;
      for (const f of check.run({ scored: scoredTable, table, profile, view })) findings.push(toFinding(check.meta, f));
    }
    findings.sort((x, y) => compareCells(x.cell, y.cell) || SEVERITY_RANK[x.severity] - SEVERITY_RANK[y.severity]);
    const b = table.budget;
    const budget: BudgetReport | null =
      b && scoredTable.budget
        ? {
            weight: scoredTable.budget.weight,
            rate: scoredTable.budget.rate,
            score: scoredTable.budget.score,
            enteredRate: b.rate.kind === 'number' ? b.rate.value : null,
            enteredScore: pointsValue(b.score),
            rateCell: b.rateAt ? cellOf(b.rateAt) : null,
            scoreCell: b.scoreAt ? cellOf(b.scoreAt) : null,
          }
        : null;
    const indicators: IndicatorReport[] = table.indicators.map((ind, k) => {
      const ev = scoredTable.evals[k];
      return {
        level1: ind.level1,
        level2: ind.level2,
        name: ind.name,
        cell: cellOf(ind.nameAt),
        target: ind.target.raw,
        actual: displayActual(view, ind.actualAt),
        kind: ev.kind,
        weight: pointsValue(ind.weight),
        enteredScore: pointsValue(ind.score),
        computedScore: ev.computed,
        achieved: ev.achieved,
        needsDeviationNote: ev.needsDeviationNote,
        scoreCell: ind.scoreAt ? cellOf(ind.scoreAt) : null,
        noteCell: ind.noteAt ? cellOf(ind.noteAt) : null,
      };
    });
    return {
      kind: table.kind,
      range: rangeAddr(table.range),
      title: table.title,
      budget,
      indicators,
      total: {
        weight: scoredTable.weightSum,
        computedScore: scoredTable.computedTotal,
        enteredScore: table.total ? pointsValue(table.total.score) : null,
        grade: scoredTable.grade,
      },
      profile: profile.name,
      profileReason: lang === 'en' ? choice.reason.en : choice.reason.zh,
      findings,
    };
  });
  return { report: { name: grid.name, findings: sheetFindings, tables: tableReports }, scored, grid, view };
}

function displayActual(view: GridView, at: At): string {
  const cell = view.cell(at.r, at.c);
  if (!cell) return '';
  if (cell.value.t === 'number' && isPercentFormat(cell.numFmt))
    return String(Math.round(cell.value.v * 1e8) / 1e6) + '%';
  return view.text(at.r, at.c);
}

/** Orders A1 addresses by row, then column. */
export function compareCells(a: string, b: string): number {
  const pa = /^([A-Z]+)(\d+)$/.exec(a);
  const pb = /^([A-Z]+)(\d+)$/.exec(b);
  if (!pa || !pb) return a < b ? -1 : a > b ? 1 : 0;
  const ra = Number(pa[2]);
  const rb = Number(pb[2]);
  if (ra !== rb) return ra - rb;
  if (pa[1].length !== pb[1].length) return pa[1].length - pb[1].length;
  return pa[1] < pb[1] ? -1 : pa[1] > pb[1] ? 1 : 0;
}

/** How many findings of each severity (one home for the count every report shows). */
export function countSeverities(findings: Iterable<Finding>): Record<Severity, number> {
  const c = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export interface Summary {
  files: number;
  tables: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** Every finding of a sheet: the sheet's own, then each table's. */
export function findingsOfSheet(sheet: SheetReport): Finding[] {
  return [...sheet.findings, ...sheet.tables.flatMap((t) => t.findings)];
}

export function summarize(sheets: SheetReport[], into?: Summary): Summary {
  const s = into ?? { files: 0, tables: 0, errors: 0, warnings: 0, infos: 0 };
  for (const sh of sheets) {
    s.tables += sh.tables.length;
    const c = countSeverities(findingsOfSheet(sh));
    s.errors += c.error;
    s.warnings += c.warning;
    s.infos += c.info;
  }
  return s;
}
