/** The readable report: file → sheet → table, each finding with its cell, code and message. */
import { Finding, SheetReport, Summary, countSeverities } from '../engine';
import { gradeLabel } from '../engine/lang';
import { near } from '../engine/decimal';
import { summaryRows, SummaryFile } from '../engine/batch-summary';

export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
}

const wrap = (a: number, b: number) => (s: string) => `\u001b[${a}m${s}\u001b[${b}m`;
export const COLOR: Style = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
  bold: wrap(1, 22),
  dim: wrap(2, 22),
  green: wrap(32, 39),
};
const id = (s: string) => s;
export const PLAIN: Style = { red: id, yellow: id, cyan: id, bold: id, dim: id, green: id };

import type { Lang } from '../engine/lang';

const WORDS = {
  zh: {
    sev: { error: '错误', warning: '警告', info: '提示' },
    cannot: '无法检查',
    noTable: (n: string) => `工作表“${n}”：未发现自评表，已跳过`,
    sheet: (n: string) => `工作表“${n}”`,
    kind: { department: '部门整体支出', project: '项目支出' },
    untitled: '(未命名)',
    notEntered: '未填',
    notComputable: '无法计算',
    total: (e: string, c: string, g: string) => `总分：填报 ${e} / 计算 ${c}  等级：${g}`,
    profile: (p: string, why: string) => `评分配置 ${p}${why ? '：' + why : ''}`,
    clean: '未发现问题',
    subtotal: (c: Record<string, number>) => `小计：错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}`,
    summary: (s: Summary) => [
      `共检查 ${s.files} 个文件、${s.tables} 张表`,
      `错误 ${s.errors}`,
      `警告 ${s.warnings}`,
      `提示 ${s.infos}`,
    ],
    failed: (n: number) => `无法读取 ${n} 个文件`,
    sep: '，',
    withErrors: (n: number) => `有错误的文件（${n} 个）：`,
    errorsCol: ['错误', '警告', '文件'],
    unread: '无法读取',
  },
  en: {
    sev: { error: 'error', warning: 'warn ', info: 'info ' },
    cannot: 'Cannot check',
    noTable: (n: string) => `Sheet "${n}": no self-evaluation table, skipped`,
    sheet: (n: string) => `Sheet "${n}"`,
    kind: { department: 'Department', project: 'Project' },
    untitled: '(untitled)',
    notEntered: 'blank',
    notComputable: 'n/a',
    total: (e: string, c: string, g: string) => `Total: entered ${e} / computed ${c}  Grade: ${g}`,
    profile: (p: string, why: string) => `Profile ${p}${why ? ': ' + why : ''}`,
    clean: 'No problems found',
    subtotal: (c: Record<string, number>) => `Subtotal: ${c.error} errors, ${c.warning} warnings, ${c.info} info`,
    summary: (s: Summary) => [
      `Checked ${s.files} files, ${s.tables} tables`,
      `${s.errors} errors`,
      `${s.warnings} warnings`,
      `${s.infos} info`,
    ],
    failed: (n: number) => `${n} files could not be read`,
    sep: ', ',
    withErrors: (n: number) => `Files with errors (${n}):`,
    errorsCol: ['errors', 'warns', 'file'],
    unread: 'not read',
  },
};

/** Text from a workbook may carry control characters (terminal escape sequences): never print them. */
export function clean(s: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is this function's purpose
  return s.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '');
}

function line(f: Finding, st: Style, lang: Lang): string {
  const SEV = WORDS[lang].sev;
  const sev =
    f.severity === 'error' ? st.red(SEV.error) : f.severity === 'warning' ? st.yellow(SEV.warning) : st.cyan(SEV.info);
  return `    ${sev} ${st.bold(f.cell.padEnd(5))} ${st.dim(f.code)}  ${clean(f.message)}`;
}

export function formatFile(
  file: string,
  sheets: SheetReport[] | null,
  error: string | null,
  st: Style,
  lang: Lang = 'zh',
): string {
  const w = WORDS[lang];
  const out: string[] = [st.bold(`■ ${clean(file)}`)];
  if (error) {
    out.push(`  ${st.red(w.cannot)}${lang === 'zh' ? '：' : ': '}${clean(error)}`);
    return out.join('\n');
  }
  for (const sh of sheets ?? []) {
    if (sh.tables.length === 0) {
      out.push(`  ${st.dim(w.noTable(clean(sh.name)))}`);
      continue;
    }
    out.push(`  ${w.sheet(clean(sh.name))}`);
    for (const f of sh.findings) out.push(line(f, st, lang));
    for (const t of sh.tables) {
      const entered = t.total.enteredScore === null ? w.notEntered : String(t.total.enteredScore);
      const computed = t.total.computedScore === null ? w.notComputable : String(t.total.computedScore);
      const ok =
        t.total.enteredScore !== null &&
        t.total.computedScore !== null &&
        near(t.total.enteredScore, t.total.computedScore);
      out.push(
        `   ${st.bold(`【${w.kind[t.kind]}】${clean(t.title) || w.untitled}`)} ${st.dim(t.range)}  ${w.total(entered, ok ? st.green(computed) : st.yellow(computed), gradeLabel(t.total.grade, lang))}`,
      );
      if (t.profile) out.push(st.dim(`    ${w.profile(t.profile, clean(t.profileReason ?? ''))}`));
      const counts = countSeverities(t.findings);
      if (t.findings.length === 0) out.push(`    ${st.green(w.clean)}`);
      for (const f of t.findings) out.push(line(f, st, lang));
      if (t.findings.length) out.push(st.dim(`    ${w.subtotal(counts)}`));
    }
  }
  return out.join('\n');
}

export function formatSummary(s: Summary, failed: number, st: Style, lang: Lang = 'zh'): string {
  const w = WORDS[lang];
  const parts = w.summary(s);
  if (failed) parts.push(st.red(w.failed(failed)));
  return st.bold(parts.join(w.sep));
}

/** The short table a long report ends with: each file with errors, or that could not be read. */
export function formatFilesWithErrors(files: SummaryFile[], st: Style, lang: Lang = 'zh'): string {
  const w = WORDS[lang];
  const bad = summaryRows(files).files.filter((f) => !f.read || f.errors > 0);
  if (bad.length === 0 || files.length < 2) return '';
  const out = [
    '',
    st.bold(w.withErrors(bad.length)),
    st.dim(`  ${padWide(w.errorsCol[0], 8)} ${padWide(w.errorsCol[1], 6)}  ${w.errorsCol[2]}`),
  ];
  for (const f of bad)
    out.push(
      `  ${padWide(f.read ? String(f.errors) : w.unread, 8)} ${padWide(f.read ? String(f.warnings) : '', 6)}  ${clean(f.file)}`,
    );
  return out.join('\n') + '\n';
}

/** Pads to a width in terminal columns, a CJK character taking two. */
function padWide(s: string, width: number): string {
  const w = [...s].reduce((n, ch) => n + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0);
  return ' '.repeat(Math.max(0, width - w)) + s;
}
