/** The command's own words: help text in the user's language, chosen before commander parses anything. */
import { AUTO_PROFILE, Lang } from '../engine';

/** The language of everything the command says, help included: --lang en (or SELFEVAL_LANG=en), else Chinese. */
export function langOf(argv: string[]): Lang {
  const k = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const v = k < 0 ? process.env.SELFEVAL_LANG : argv[k].includes('=') ? argv[k].split('=')[1] : argv[k + 1];
  return v === 'en' ? 'en' : 'zh';
}

export const HELP = {
  zh: {
    description: '检查预算绩效自评表：重算得分、指出错误单元格、写回计算得分（可撤销）',
    afterError: '（使用 --help 查看用法）',
    profile: (names: string) => `评分配置：${AUTO_PROFILE}（默认，按每张表的标签自动选择）| ${names} | 配置文件.json`,
    lang: '消息语言：zh（默认）| en',
    debug: '出错时显示技术细节',
    paths: '.xlsx/.xls 文件或文件夹',
    check: '检查 .xlsx/.xls 文件或文件夹（退出码：0 无错误，1 有错误，2 无法运行）',
    json: '输出机器可读的 JSON 报告',
    summary: '另写一份汇总表（.xlsx 或 .csv）：每张表一行，另有文件清单',
    fix: '写回计算得分、标注问题单元格并生成“校验结果”表，默认另存为 NAME.checked.xlsx',
    output: '输出文件（多个文件时为文件夹）',
    inPlace: '直接修改原文件（会先在旁边保存 NAME.bak.xlsx）',
    overwrite: '含公式的得分单元格也写入计算值（默认保留公式）',
    restore: '撤销写回：还原被 selfeval 改动的所有单元格（值、公式、格式、批注），移除“校验结果”表',
    restorePaths: '经 selfeval fix 处理过的 .xlsx 文件',
    restoreOut: '另存为（默认原地还原，并先备份）',
    help: '显示帮助',
    version: '显示版本',
  },
  en: {
    description:
      'Checks budget-performance self-evaluation tables: recomputes scores, points at wrong cells, writes computed scores back (with undo)',
    afterError: '(use --help for usage)',
    profile: (names: string) =>
      `scoring profile: ${AUTO_PROFILE} (default; chosen by each table's labels) | ${names} | a profile .json file`,
    lang: 'language of messages: zh (default) | en',
    debug: 'show technical detail on errors',
    paths: '.xlsx/.xls files or folders',
    check: 'check .xlsx/.xls files or folders (exit code 0: no errors, 1: errors, 2: could not run)',
    json: 'print the machine-readable JSON report',
    summary: 'also write a summary (.xlsx or .csv): a row per table, and a list of the files',
    fix: 'write computed scores back, mark cells with findings, add a 校验结果 sheet; writes NAME.checked.xlsx by default',
    output: 'output file (a folder for several files)',
    inPlace: 'change the file itself (NAME.bak.xlsx is saved beside it first)',
    overwrite: 'also write into score cells that hold formulas (kept by default)',
    restore:
      'undo a write-back: every cell selfeval changed (values, formulas, formats, notes) goes back; 校验结果 is removed',
    restorePaths: '.xlsx files written by selfeval fix',
    restoreOut: 'save as (by default restores in place, after a backup)',
    help: 'display help',
    version: 'display the version',
  },
};

/** commander writes its help headings in English: in Chinese they are translated too. */
export function localizeHelp(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text
    .replace(/^Usage: /gm, '用法：')
    .replace(/^Arguments:$/gm, '参数：')
    .replace(/^Options:$/gm, '选项：')
    .replace(/^Commands:$/gm, '命令：')
    .replace(/^error: /gm, '错误：');
}
