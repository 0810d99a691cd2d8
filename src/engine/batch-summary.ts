/**
 * The reviewer's summary of a batch (issue #13): one row per table, one per file. Pure data; the xlsx host writes
 * it as a workbook or CSV, the CLI and the page offer it.
 */
import { SheetReport, countSeverities } from './analyze';
import { Lang, gradeLabel } from './lang';

export interface SummaryFile {
  file: string;
  error: string | null;
  sheets: SheetReport[];
}

export interface TableRow {
  file: string;
  sheet: string;
  kind: 'project' | 'department';
  title: string;
  entered: number | null;
  computed: number | null;
  /** 优 / 良 / 中 / 差, as the engine grades. */
  grade: string | null;
  errors: number;
  warnings: number;
  codes: string[];
  profile: string;
}

export interface FileRow {
  file: string;
  read: boolean;
  reason: string;
  tables: number;
  errors: number;
  warnings: number;
}

export function summaryRows(files: SummaryFile[]): { tables: TableRow[]; files: FileRow[] } {
  const tables: TableRow[] = [];
  const fileRows: FileRow[] = [];
  for (const f of files) {
    const before = tables.length;
    for (const sh of f.sheets)
      for (const t of sh.tables) {
        const all = [...t.findings];
        const c = countSeverities(all);
        tables.push({
          file: f.file,
          sheet: sh.name,
          kind: t.kind,
          title: t.title,
          entered: t.total.enteredScore,
          computed: t.total.computedScore,
          grade: t.total.grade,
          errors: c.error,
          warnings: c.warning,
          codes: [...new Set(all.filter((x) => x.severity !== 'info').map((x) => x.code))],
          profile: t.profile ?? '',
        });
      }
    const mine = tables.slice(before);
    const sheetErrors = f.sheets.flatMap((s) => s.findings).filter((x) => x.severity === 'error').length;
    fileRows.push({
      file: f.file,
      read: f.error === null,
      reason: f.error ?? '',
      tables: mine.length,
      errors: mine.reduce((n, t) => n + t.errors, 0) + sheetErrors,
      warnings: mine.reduce((n, t) => n + t.warnings, 0),
    });
  }
  return { tables, files: fileRows };
}

const HEAD = {
  zh: {
    tables: [
      '文件',
      '工作表',
      '类型',
      '项目名称/预算部门名称',
      '填报总分',
      '计算总分',
      '等级',
      '错误数',
      '警告数',
      '发现的问题代码',
      '评分配置',
    ],
    files: ['文件', '状态', '表格数', '错误数', '警告数', '原因'],
    kind: { project: '项目支出', department: '部门整体支出' },
    read: '已读取',
    unread: '无法读取',
    tablesSheet: '汇总',
    filesSheet: '文件',
  },
  en: {
    tables: [
      'File',
      'Sheet',
      'Kind',
      'Project / department',
      'Entered total',
      'Computed total',
      'Grade',
      'Errors',
      'Warnings',
      'Codes found',
      'Profile',
    ],
    files: ['File', 'Status', 'Tables', 'Errors', 'Warnings', 'Reason'],
    kind: { project: 'Project', department: 'Department' },
    read: 'read',
    unread: 'not read',
    tablesSheet: 'Summary',
    filesSheet: 'Files',
  },
};

export type Cell = string | number | null;

/** The two sheets' header and rows, in the user's language. */
export function summarySheets(
  files: SummaryFile[],
  lang: Lang,
): Array<{ name: string; header: string[]; rows: Cell[][]; grades?: Array<string | null> }> {
  const h = HEAD[lang];
  const { tables, files: fileRows } = summaryRows(files);
  return [
    {
      name: h.tablesSheet,
      header: h.tables,
      rows: tables.map((t) => [
        t.file,
        t.sheet,
        h.kind[t.kind],
        t.title,
        t.entered,
        t.computed,
        gradeLabel(t.grade, lang),
        t.errors,
        t.warnings,
        t.codes.join(', '),
        t.profile,
      ]),
      grades: tables.map((t) => t.grade),
    },
    {
      name: h.filesSheet,
      header: h.files,
      rows: fileRows.map((f) => [f.file, f.read ? h.read : h.unread, f.tables, f.errors, f.warnings, f.reason]),
    },
  ];
}

/** One CSV: the table rows, then a row for each file that could not be read (UTF-8 with a BOM, for Excel). */
export function summaryCsv(files: SummaryFile[], lang: Lang): string {
  const [t, f] = summarySheets(files, lang);
  const quote = (v: Cell): string => {
    if (v === null) return '';
    const s = String(v);
    // A leading = + - @ would be a formula in a spreadsheet: neutralised like every text selfeval writes.
    const safe = /^[=+\-@]/.test(s) && typeof v === 'string' ? "'" + s : s;
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [[...t.header, f.header[1], f.header[5]].map(quote).join(',')];
  for (const r of t.rows) lines.push([...r, HEAD[lang].read, ''].map(quote).join(','));
  for (const r of f.rows)
    if (r[1] === HEAD[lang].unread)
      lines.push([r[0], '', '', '', null, null, '', null, null, '', '', r[1], r[5]].map(quote).join(','));
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
