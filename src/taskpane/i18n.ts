/** The pane's words, in Chinese (default) and English. */
export type { Lang } from '../engine/lang';
import type { Lang } from '../engine/lang';

const zh = {
  lang: 'zh' as Lang,
  appTitle: '绩效自评校验',
  checkActive: '校验当前工作表',
  checkAll: '校验全部工作表',
  writeBack: '写回得分',
  undo: '撤销写回',
  profile: '评分配置',
  profileAuto: '自动（按每张表的标签选择）',
  tableProfile: (name: string, why?: string) => `评分配置 ${name}${why ? '：' + why : ''}`,
  working: '正在处理…',
  checking: (i: number, n: number, name: string) => `正在检查 ${i}/${n}：${name}`,
  chooseFiles: '选择 .xlsx 文件',
  dropHere: '把一个或多个自评表（.xlsx / .xls）拖到这里，或',
  dropHint: '文件只在本机浏览器中处理，不会上传。',
  download: '下载修正副本',
  downloading: '正在生成修正副本…',
  errors: '错误',
  warnings: '警告',
  infos: '提示',
  filter: '按级别筛选',
  noTables: '未发现自评表',
  noFindings: '未发现问题',
  total: (entered: string, computed: string) => `总分：填报 ${entered} / 计算 ${computed}`,
  notEntered: '未填',
  notComputable: '无法计算',
  grade: '等级',
  project: '项目支出',
  department: '部门整体支出',
  untitled: '(未命名)',
  sheet: '工作表',
  cannotCheck: '无法检查',
  clear: '清空',
  standaloneIntro: '在 Excel 之外使用：检查一个或多个自评表文件，下载标注了问题并写回计算得分的副本。',
  excelIntro: '检查当前工作簿中的绩效自评表，点击问题可定位到单元格。',
  written: (w: number, m: number, s: number, h: number, program: 'excel' | 'wps' = 'excel') =>
    `已写回 ${w} 个单元格（浅蓝底色，批注给出原值），标出 ${m} 个仍有问题的单元格${s ? `，${s} 个公式单元格未覆盖` : ''}${h ? `，${h} 个计算值未写入（见下）` : ''}。请用“撤销写回”还原：${program === 'wps' ? 'WPS 表格的' : 'Excel 的'}撤销（Ctrl+Z）不能一次撤回加载项的写回。`,
  heldTitle: '以下计算值未写入（分值不一致或总分超过满分，请先更正分值）',
  detail: { target: '目标', actual: '实际', weight: '分值', entered: '填报得分', computed: '计算得分', rate: '执行率' },
  detailNone: (sheet: string, cell: string) =>
    `工作表“${sheet}”单元格 ${cell}：请在 Excel 中打开修正副本查看（已用颜色和批注标出）`,
  chipShown: (sev: string) => `正在显示${sev}，点击隐藏`,
  chipHidden: (sev: string) => `已隐藏${sev}，点击显示`,
  batch: (files: number, tables: number) => `${files} 个文件，${tables} 张表`,
  downloadSummary: '下载汇总表',
  downloadAll: '全部下载（zip）',
  zipping: (i: number, n: number) => `正在生成修正副本 ${i}/${n}…`,
  status: { unread: '无法读取', errors: '有错误', warnings: '有警告', clean: '无问题' },
  tablesCount: (n: number) => `${n} 张表`,
  computedTotal: (t: string, g: string) => `计算总分 ${t} · ${g}`,
  legacyCopy: '原文件为 .xls/.et：修正副本保存为 .xlsx',
  officeUnreachable:
    '无法加载 Office 的脚本（office.js），不能连接 Excel：请检查网络；单位内网请联系管理员改用国内 CDN 或自托管 office.js 的版本（见 docs/addin.md）。下面仍可直接检查文件。',
  restored: (n: number, kept: number) =>
    `已还原 ${n} 个单元格${kept ? `；${kept} 个单元格在写回后被修改过，保留了修改后的值` : ''}。`,
  nothingToUndo: '没有可撤销的写回。',
  overwriteFormulas: '覆盖含公式的得分单元格',
  whatToDo: '请保存工作簿后重试；如问题持续，请关闭任务窗格再打开。',
  selectFailed: '无法定位到该单元格（工作表可能已改名或删除）。',
  severity: { error: '错误', warning: '警告', info: '提示' },
  droppedParts: (what: string[]) => `修正副本中不含原工作簿的${what.join('、')}；需要保留时请在 Excel 中用加载项写回。`,
};

export type Strings = typeof zh;

const en: Strings = {
  lang: 'en',
  appTitle: 'Self-Evaluation Checker',
  checkActive: 'Check this sheet',
  checkAll: 'Check all sheets',
  writeBack: 'Write scores back',
  undo: 'Undo write-back',
  profile: 'Scoring profile',
  profileAuto: 'Automatic (by each table’s labels)',
  tableProfile: (name: string, why?: string) => `Profile ${name}${why ? ': ' + why : ''}`,
  working: 'Working…',
  checking: (i, n, name) => `Checking ${i}/${n}: ${name}`,
  chooseFiles: 'Choose .xlsx files',
  dropHere: 'Drop one or more self-evaluation workbooks (.xlsx / .xls) here, or',
  dropHint: 'Files are processed in this browser only; nothing is uploaded.',
  download: 'Download fixed copy',
  downloading: 'Preparing the fixed copy…',
  errors: 'Errors',
  warnings: 'Warnings',
  infos: 'Info',
  filter: 'Filter by severity',
  noTables: 'No self-evaluation table found',
  noFindings: 'No problems found',
  total: (entered, computed) => `Total: entered ${entered} / computed ${computed}`,
  notEntered: 'blank',
  notComputable: 'n/a',
  grade: 'Grade',
  project: 'Project',
  department: 'Department',
  untitled: '(untitled)',
  sheet: 'Sheet',
  cannotCheck: 'Cannot check',
  clear: 'Clear',
  standaloneIntro:
    'Outside Excel: check one or more workbooks and download copies with the problems marked and the computed scores written back.',
  excelIntro: 'Checks the self-evaluation tables in this workbook; click a finding to go to its cell.',
  written: (w, m, s, h, program = 'excel') =>
    `Wrote ${w} cells (light blue; each note gives the original), marked ${m} cells that still need attention${s ? `; ${s} formula cells were kept` : ''}${h ? `; ${h} computed values were not written (below)` : ''}. Use Undo write-back to restore: ${program === 'wps' ? 'WPS Spreadsheets' : 'Excel'}'s Undo (Ctrl+Z) cannot take an add-in's write-back back in one step.`,
  heldTitle: 'Not written (inconsistent weights, or a total above the full score: correct the weights first)',
  detail: {
    target: 'target',
    actual: 'actual',
    weight: 'weight',
    entered: 'entered score',
    computed: 'computed score',
    rate: 'execution rate',
  },
  detailNone: (sheet: string, cell: string) =>
    `Sheet "${sheet}" cell ${cell}: open the fixed copy in Excel to see it (marked with a colour and a note)`,
  chipShown: (sev: string) => `${sev} shown; click to hide`,
  chipHidden: (sev: string) => `${sev} hidden; click to show`,
  batch: (files: number, tables: number) => `${files} files, ${tables} tables`,
  downloadSummary: 'Download summary',
  downloadAll: 'Download all (zip)',
  zipping: (i: number, n: number) => `Preparing fixed copies ${i}/${n}…`,
  status: { unread: 'Not read', errors: 'Errors', warnings: 'Warnings', clean: 'No problems' },
  tablesCount: (n: number) => `${n} tables`,
  computedTotal: (t: string, g: string) => `Computed total ${t} · ${g}`,
  legacyCopy: 'An .xls/.et file: the fixed copy is saved as .xlsx',
  officeUnreachable:
    'Office’s script (office.js) could not be loaded, so the pane cannot reach Excel: check the network; on an intranet ask your administrator for the build that uses the China CDN or a self-hosted office.js (docs/addin.md). You can still check files below.',
  restored: (n, kept) => `Restored ${n} cells${kept ? `; ${kept} cells edited after the write-back were kept` : ''}.`,
  nothingToUndo: 'There is no write-back to undo.',
  overwriteFormulas: 'Overwrite score cells that hold formulas',
  whatToDo: 'Save the workbook and try again; if it persists, close and reopen the task pane.',
  selectFailed: 'Cannot go to that cell (the sheet may have been renamed or deleted).',
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  droppedParts: (what) =>
    `The fixed copy does not contain the workbook's ${what.join(', ')}; use the Excel add-in to keep them.`,
};

export function strings(lang: Lang): Strings {
  return lang === 'en' ? en : zh;
}

/** Chinese unless the display language is something else. */
export function pickLang(displayLanguage: string | undefined): Lang {
  const l = (displayLanguage || '').toLowerCase();
  if (!l) return 'zh';
  return l.startsWith('zh') ? 'zh' : 'en';
}
