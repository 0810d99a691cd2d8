/**
 * The 校验结果 sheet as data: its columns, widths, rows, legend and print setup. Every host writes exactly
 * this (ExcelJS for files, Office.js in Excel), so the sheet reads and prints the same everywhere.
 */
import type { WritePlan } from './writeplan';
import { sanitizeText } from './text-safety';
import { Lang, MarkLook, SEVERITY_WORD } from './lang';

export { RESULT_SHEET } from './own-sheets';
import { quoteSheet } from './own-sheets';

const HEADER: Record<Lang, string[]> = {
  zh: ['序号', '工作表', '单元格', '严重程度', '代码', '说明', '原值', '写入值'],
  en: ['No.', 'Sheet', 'Cell', 'Severity', 'Code', 'Message', 'Original', 'Written'],
};

export function resultHeader(lang: Lang): string[] {
  return HEADER[lang];
}

/** Column widths in characters; with the landscape fit-to-width setup the sheet prints one page wide. */
export const RESULT_WIDTHS = [5, 14, 8, 8, 31, 60, 13, 13];
/** Zero-based columns: the link to the cell, the severity (filled with its colour), the wrapped texts. */
export const RESULT_COL = { link: 2, severity: 3, message: 5 } as const;
export const RESULT_WRAPPED = [1, 5, 6, 7];

/** Height of one line of text in points (11-point type, CJK glyphs included). */
export const LINE_HEIGHT = 16;

/**
 * The height a row needs for its wrapped texts, in points. Spreadsheet programs do not grow a row for
 * wrapped text written by a program (LibreOffice prints such rows over each other), so hosts set it.
 * A CJK character takes two character widths of a column.
 */
export function resultRowHeight(values: ReadonlyArray<string | number>): number {
  let lines = 1;
  for (const c of RESULT_WRAPPED) {
    const text = String(values[c] ?? '');
    const perLine = Math.max(1, RESULT_WIDTHS[c] - 1);
    const n = text
      .split('\n')
      .reduce(
        (k, para) =>
          k +
          Math.max(1, Math.ceil([...para].reduce((w, ch) => w + (ch.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0) / perLine)),
        0,
      );
    lines = Math.max(lines, n);
  }
  return lines * LINE_HEIGHT;
}

/** Print setup: landscape, one page wide (as many tall as needed), the header row repeated on every page. */
export const RESULT_PRINT = { orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, titleRows: '1:1' } as const;

/** The fills selfeval gives cells: a finding's severity, or a value it wrote. */
export const FILL_COLOR: Record<MarkLook, string> = { error: '#FFC7CE', warning: '#FFEB9C', written: '#DDEBF7' };

export interface ResultRowOut {
  values: Array<string | number>;
  /** The cell the row links to (column 单元格). */
  link: { sheet: string; cell: string } | null;
  /** The fill of its 严重程度 cell. */
  look: MarkLook | null;
}

const NOTHING: Record<Lang, string> = { zh: '未发现问题', en: 'No problems found' };

/** The 校验结果 sheet's rows after the header: findings, then written, kept and held-back values. */
export function resultSheetRows(plan: WritePlan): ResultRowOut[] {
  const lang = plan.lang;
  const words = SEVERITY_WORD[lang];
  const rows: ResultRowOut[] = [];
  const add = (
    sheet: string,
    cell: string,
    sev: keyof typeof words,
    code: string,
    message: string,
    before = '',
    after = '',
  ): void => {
    rows.push({
      values: [
        rows.length + 1,
        sanitizeText(sheet, 100),
        cell,
        words[sev],
        code,
        sanitizeText(message),
        sanitizeText(before, 200),
        sanitizeText(after, 200),
      ],
      link: { sheet, cell },
      look: sev === 'info' ? null : sev,
    });
  };
  const writes = new Map(plan.writes.map((w) => [w.sheet + '!' + w.cell, w]));
  const told = new Set<string>();
  for (const r of plan.results) {
    const w = writes.get(r.sheet + '!' + r.cell);
    if (w) told.add(r.sheet + '!' + r.cell);
    add(
      r.sheet,
      r.cell,
      r.severity,
      r.code,
      (r.table ? `【${r.table}】` : '') + r.message,
      w?.shownBefore,
      w?.shownAfter,
    );
  }
  for (const w of plan.writes)
    if (!told.has(w.sheet + '!' + w.cell))
      add(w.sheet, w.cell, 'written', 'VALUE_WRITTEN', w.reason, w.shownBefore, w.shownAfter);
  const notWritten = lang === 'en' ? '(not written)' : '（未写入）';
  for (const s of plan.skipped) add(s.sheet, s.cell, 'info', 'FORMULA_KEPT', s.reason, s.shownBefore, notWritten);
  for (const h of plan.held) add(h.sheet, h.cell, 'info', 'WRITE_HELD_BACK', h.reason, h.shownBefore, notWritten);
  if (rows.length === 0) rows.push({ values: ['', '', '', '', '', NOTHING[lang], '', ''], link: null, look: null });
  return rows;
}

const LEGEND: Record<Lang, { title: string; lines: Record<MarkLook, string> }> = {
  zh: {
    title: '图例',
    lines: {
      error: '错误：须更正后再报送（单元格批注说明原因）',
      warning: '警告：请核对并视情况说明',
      written: '已写入：selfeval 写入的计算值（批注给出原值；“撤销写回”或 selfeval restore 可还原）',
    },
  },
  en: {
    title: 'Legend',
    lines: {
      error: 'Error: correct it before submitting (the cell note says why)',
      warning: 'Warning: check it and explain where needed',
      written:
        'Written: a value selfeval computed and wrote (the note gives the original; Undo write-back or selfeval restore restores it)',
    },
  },
};

/** The legend printed below the rows (after one blank row): a title, then one filled cell per look. */
export function legendRows(lang: Lang): {
  title: string;
  items: Array<{ look: MarkLook; word: string; text: string }>;
} {
  const l = LEGEND[lang];
  const looks: MarkLook[] = ['error', 'warning', 'written'];
  return {
    title: l.title,
    items: looks.map((look) => ({ look, word: SEVERITY_WORD[lang][look], text: l.lines[look] })),
  };
}

/** The HYPERLINK formula to a cell (without '='), with the sheet name quoted for Excel and LibreOffice. */
export function linkFormula(sheet: string, cell: string): string {
  const ref = `${quoteSheet(sheet)}!${cell}`;
  return `HYPERLINK("#${ref.replace(/"/g, '""')}","${cell}")`;
}
