/** The one-line summary the ribbon's quick check shows (pure, tested). */
import type { SheetAnalysis } from '../engine';
import type { Lang } from '../taskpane/i18n';

export function summarize(
  analyses: SheetAnalysis[],
  lang: Lang,
): { text: string; first: { sheet: string; cell: string } | null } {
  let errors = 0;
  let warnings = 0;
  let tables = 0;
  let first: { sheet: string; cell: string } | null = null;
  for (const a of analyses)
    for (const t of a.report.tables) {
      tables++;
      for (const f of t.findings) {
        if (f.severity === 'error') errors++;
        else if (f.severity === 'warning') warnings++;
        if (!first && f.severity !== 'info') first = { sheet: a.report.name, cell: f.cell };
      }
    }
  if (tables === 0)
    return {
      text: lang === 'en' ? 'No self-evaluation table on this sheet.' : '本工作表中未发现绩效自评表。',
      first: null,
    };
  if (!first)
    return {
      text: lang === 'en' ? `${tables} table(s) checked: no problems found.` : `已检查 ${tables} 张表：未发现问题。`,
      first: null,
    };
  return {
    text:
      lang === 'en'
        ? `${tables} table(s): ${errors} error(s), ${warnings} warning(s); the first is at ${first.cell} (selected). Open Check for details.`
        : `已检查 ${tables} 张表：错误 ${errors} 个，警告 ${warnings} 个；已选中第一个问题单元格 ${first.cell}。点击“校验”查看详情。`,
    first,
  };
}
