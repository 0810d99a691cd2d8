/** The readable report: file → sheet → table, each finding with its cell, code and message. */
import { Finding, SheetReport, Summary } from '../engine';

export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
  green(s: string): string;
}

const wrap = (a: number, b: number) => (s: string) => `\u001b[${a}m${s}\u001b[${b}m`;
export const COLOR: Style = { red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), bold: wrap(1, 22), dim: wrap(2, 22), green: wrap(32, 39) };
const id = (s: string) => s;
export const PLAIN: Style = { red: id, yellow: id, cyan: id, bold: id, dim: id, green: id };

const SEV = { error: '错误', warning: '警告', info: '提示' } as const;

/** Text from a workbook may carry control characters (terminal escape sequences): never print them. */
export function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, '');
}

function line(f: Finding, st: Style): string {
  const sev = f.severity === 'error' ? st.red(SEV.error) : f.severity === 'warning' ? st.yellow(SEV.warning) : st.cyan(SEV.info);
  return `    ${sev} ${st.bold(f.cell.padEnd(5))} ${st.dim(f.code)}  ${clean(f.message)}`;
}

export function formatFile(file: string, sheets: SheetReport[] | null, error: string | null, st: Style): string {
  const out: string[] = [st.bold(`■ ${clean(file)}`)];
  if (error) {
    out.push(`  ${st.red('无法检查')}：${clean(error)}`);
    return out.join('\n');
  }
  for (const sh of sheets ?? []) {
    if (sh.tables.length === 0) {
      out.push(`  ${st.dim(`工作表“${clean(sh.name)}”：未发现自评表，已跳过`)}`);
      continue;
    }
    out.push(`  工作表“${clean(sh.name)}”`);
    for (const f of sh.findings) out.push(line(f, st));
    for (const t of sh.tables) {
      const kind = t.kind === 'department' ? '部门整体支出' : '项目支出';
      const entered = t.total.enteredScore === null ? '未填' : String(t.total.enteredScore);
      const computed = t.total.computedScore === null ? '无法计算' : String(t.total.computedScore);
      const ok = t.total.enteredScore !== null && t.total.computedScore !== null && Math.abs(t.total.enteredScore - t.total.computedScore) < 0.005;
      out.push(
        `   ${st.bold(`【${kind}】${clean(t.title) || '(未命名)'}`)} ${st.dim(t.range)}  总分：填报 ${entered} / 计算 ${ok ? st.green(computed) : st.yellow(computed)}  等级：${t.total.grade ?? '—'}`,
      );
      const counts = { error: 0, warning: 0, info: 0 };
      for (const f of t.findings) counts[f.severity]++;
      if (t.findings.length === 0) out.push(`    ${st.green('未发现问题')}`);
      for (const f of t.findings) out.push(line(f, st));
      if (t.findings.length) out.push(st.dim(`    小计：错误 ${counts.error}，警告 ${counts.warning}，提示 ${counts.info}`));
    }
  }
  return out.join('\n');
}

export function formatSummary(s: Summary, failed: number, st: Style): string {
  const parts = [`共检查 ${s.files} 个文件、${s.tables} 张表`, `错误 ${s.errors}`, `警告 ${s.warnings}`, `提示 ${s.infos}`];
  if (failed) parts.push(st.red(`无法读取 ${failed} 个文件`));
  return st.bold(parts.join('，'));
}
