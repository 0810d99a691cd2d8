#!/usr/bin/env node
/** selfeval — the command line (SPEC §7). */
import * as fs from 'fs';
import * as path from 'path';
import { Command, CommanderError, Option } from 'commander';
import { AUTO_PROFILE, PROFILES, Profile, SheetReport, Summary, summarize, Lang, validateProfile } from '../engine';
import {
  UserError,
  checkXlsx,
  fixXlsx,
  isLegacyXls,
  partsExcelJsDrops,
  restoreXlsx,
  setXlsReader,
  summaryCsv,
  summaryXlsx,
} from '../hosts/xlsx';
import { readXlsIsolated } from '../hosts/xls/node';
import { FileItem, expandPaths } from './files';
import { guardInflation } from './zip-guard';
import { COLOR, PLAIN, Style, formatFile, formatSummary, formatFilesWithErrors } from './report';

export interface JsonFile {
  file: string;
  error: string | null;
  sheets: SheetReport[];
}

export interface JsonReport {
  version: 1;
  profile: string;
  files: JsonFile[];
  summary: Summary;
}

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
}

class ExitError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

function explain(e: unknown, lang: Lang, debug: boolean): string {
  if (e instanceof UserError) return lang === 'en' ? e.en : e.message;
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return lang === 'en' ? 'file not found' : '文件不存在，请检查路径';
  if (code === 'EACCES' || code === 'EPERM')
    return lang === 'en' ? 'permission denied' : '没有读写权限，请检查文件是否被占用或只读';
  if (code === 'EISDIR') return lang === 'en' ? 'is a folder' : '这是文件夹而不是文件';
  const msg = e instanceof Error ? e.message : String(e);
  if (debug && e instanceof Error && e.stack) return msg + '\n' + e.stack;
  return (
    (lang === 'en' ? 'internal error: ' : '内部错误：') +
    msg.slice(0, 200) +
    (lang === 'en' ? ' (rerun with --debug for details)' : '（加 --debug 查看详情，并请反馈）')
  );
}

function progress(io: Io, enabled: boolean) {
  let last = '';
  return {
    tick(done: number, total: number, file: string) {
      if (!enabled) return;
      const width = 24;
      const filled = Math.round((done / total) * width);
      const name = path.basename(file);
      const s = `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${name.length > 40 ? name.slice(0, 39) + '…' : name}`;
      io.err(s.padEnd(last.length));
      last = s;
    },
    done() {
      if (enabled && last) io.err('\r' + ' '.repeat(last.length) + '\r');
    },
  };
}

/** A built-in profile by name, or a profile JSON file of one's own (see docs/profiles.md). */
function checkProfile(name: string): Profile | undefined {
  if (name === AUTO_PROFILE) return undefined;
  if (PROFILES[name]) return PROFILES[name];
  if (/\.json$/i.test(name)) {
    let data: unknown;
    try {
      data = JSON.parse(fs.readFileSync(name, 'utf8'));
    } catch (e) {
      throw new ExitError(
        2,
        `无法读取评分配置文件“${name}”：${e instanceof SyntaxError ? 'JSON 格式错误（' + e.message + '）' : '文件不存在或无法访问'}`,
      );
    }
    const errs = validateProfile(data);
    if (errs.length) throw new ExitError(2, `评分配置文件“${name}”不完整：${errs.join('；')}`);
    return data as Profile;
  }
  throw new ExitError(
    2,
    `未知的评分配置“${name}”，可用：${Object.keys(PROFILES).join('、')}，或给出一个 .json 配置文件`,
  );
}

async function runCheck(
  paths: string[],
  o: { json?: boolean; summary?: string; profile: string; lang: Lang; debug?: boolean; color: boolean },
  io: Io,
): Promise<number> {
  const profile = checkProfile(o.profile);
  if (o.summary && !/\.(xlsx|csv)$/i.test(o.summary))
    throw new ExitError(
      2,
      tr(
        o.lang,
        `汇总表须为 .xlsx 或 .csv 文件：${o.summary}`,
        `The summary must be an .xlsx or .csv file: ${o.summary}`,
      ),
    );
  const { items, ignored } = expandPaths(paths);
  const st = o.color ? COLOR : PLAIN;
  const summary: Summary = { files: 0, tables: 0, errors: 0, warnings: 0, infos: 0 };
  const files: JsonFile[] = [];
  let failed = 0;
  const bar = progress(io, io.isTTY && items.length > 3);
  for (let k = 0; k < items.length; k++) {
    const it = items[k];
    bar.tick(k, items.length, it.file);
    let entry: JsonFile;
    if (it.error) entry = { file: it.file, error: it.error[o.lang], sheets: [] };
    else {
      try {
        const res = await checkXlsx(readBytes(it.file), { profile, lang: o.lang });
        entry = { file: it.file, error: null, sheets: res.sheets };
      } catch (e) {
        entry = { file: it.file, error: explain(e, o.lang, !!o.debug), sheets: [] };
      }
    }
    summary.files++;
    if (entry.error) failed++;
    else summarize(entry.sheets, summary);
    files.push(entry);
    if (!o.json) {
      bar.done();
      io.out(formatFile(entry.file, entry.sheets, entry.error, st, o.lang) + '\n');
    }
  }
  bar.done();
  if (o.json) {
    const report: JsonReport = { version: 1, profile: profile?.name ?? AUTO_PROFILE, files, summary };
    io.out(JSON.stringify(report, null, 2) + '\n');
  } else {
    if (items.length === 0) io.out(tr(o.lang, '没有找到 .xlsx 文件。', 'No .xlsx files found.') + '\n');
    if (ignored)
      io.out(
        st.dim(tr(o.lang, `（已忽略 ${ignored} 个非 Excel 文件）`, `(${ignored} non-Excel files ignored)`)) + '\n',
      );
    io.out(formatFilesWithErrors(files, st, o.lang));
    io.out(formatSummary(summary, failed, st, o.lang) + '\n');
  }
  if (o.summary) {
    const bytes = /\.csv$/i.test(o.summary)
      ? new TextEncoder().encode(summaryCsv(files, o.lang))
      : await summaryXlsx(files, o.lang);
    writeAtomic(o.summary, bytes);
    if (!o.json) io.out(st.dim(tr(o.lang, `汇总表已写入：${o.summary}`, `Summary written to ${o.summary}`)) + '\n');
  }
  if (failed || items.length === 0) return 2;
  return summary.errors > 0 ? 1 : 0;
}

/** A file's bytes, refused when it is a zip that inflates beyond what it declares (see zip-guard.ts). */
const tr = (lang: Lang, zh: string, en: string): string => (lang === 'en' ? en : zh);

function readBytes(file: string): Uint8Array {
  const d = fs.readFileSync(file);
  const b = new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
  guardInflation(b);
  return b;
}

/** Runs `fn` on each file's bytes; a file that cannot be read or processed is reported, counted, and the others go on. */
async function eachFile(
  items: FileItem[],
  o: { lang: Lang; debug?: boolean },
  io: Io,
  st: Style,
  fn: (file: string, bytes: Uint8Array) => Promise<void>,
): Promise<number> {
  let failed = 0;
  for (const it of items) {
    try {
      if (it.error) throw new UserError(it.error.zh, it.error.en);
      await fn(it.file, readBytes(it.file));
    } catch (e) {
      if (e instanceof ExitError) throw e;
      io.out(formatFile(it.file, null, explain(e, o.lang, !!o.debug), st, o.lang) + '\n');
      failed++;
    }
  }
  return failed;
}

/** NAME.checked.xlsx beside the input (an .xls or .et input gets an .xlsx copy). */
function defaultOut(file: string): string {
  const ext = path.extname(file);
  return path.join(
    path.dirname(file),
    path.basename(file, ext) + '.checked' + (!ext || /^\.(xls|et)$/i.test(ext) ? '.xlsx' : ext),
  );
}

/** Writes bytes next to the target first, then renames: a crash never leaves half a workbook. */
function writeAtomic(target: string, bytes: Uint8Array): void {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, target);
}

function backupPath(file: string): string {
  const ext = path.extname(file);
  const base = path.join(path.dirname(file), path.basename(file, ext) + '.bak');
  let p = base + ext;
  for (let n = 2; fs.existsSync(p); n++) p = `${base}${n}${ext}`;
  return p;
}

async function runFix(
  paths: string[],
  o: {
    output?: string;
    inPlace?: boolean;
    overwriteFormulas?: boolean;
    profile: string;
    lang: Lang;
    debug?: boolean;
    color: boolean;
  },
  io: Io,
): Promise<number> {
  const profile = checkProfile(o.profile);
  const st = o.color ? COLOR : PLAIN;
  if (o.inPlace && o.output) throw new ExitError(2, '--in-place 与 -o 不能同时使用');
  const { items } = expandPaths(paths);
  const many = items.length > 1 || paths.some((p) => fs.existsSync(p) && fs.statSync(p).isDirectory());
  if (o.output && many && fs.existsSync(o.output) && !fs.statSync(o.output).isDirectory())
    throw new ExitError(2, `处理多个文件时，-o 须指定一个文件夹，而“${o.output}”是一个文件`);
  let errors = 0;
  const todo = items.filter((it) => !(many && /\.(checked|bak\d*)\.xlsx$/i.test(it.file))); // our own outputs inside a folder
  const failed = await eachFile(todo, o, io, st, async (file, bytes) => {
    // ExcelJS does not write charts, pivot tables or macros back: never do that to the user's own file.
    const dropped = partsExcelJsDrops(bytes);
    const what = dropped.map((d) => d[o.lang]).join(o.lang === 'en' ? ', ' : '、');
    if (dropped.length && o.inPlace)
      throw new UserError(
        `工作簿含有${what}，直接修改原文件会丢失这些内容，已拒绝 --in-place（原文件未改动）。请去掉 --in-place 生成副本，或在 Excel 中用“绩效自评校验”加载项写回`,
        `The workbook has ${what}, which an in-place fix would lose; --in-place refused (file unchanged). Write a copy, or use the Excel add-in`,
      );
    const legacy = isLegacyXls(bytes);
    if (legacy && o.inPlace)
      throw new UserError(
        '.xls/.et 文件不能原地写回（修正结果只能保存为 .xlsx），已拒绝 --in-place（原文件未改动）：请去掉 --in-place，修正副本会另存为 NAME.checked.xlsx',
        'An .xls/.et file cannot be fixed in place (the result is an .xlsx); --in-place refused (file unchanged). Drop --in-place to get NAME.checked.xlsx',
      );
    const res = await fixXlsx(bytes, { profile, lang: o.lang, overwriteFormulas: o.overwriteFormulas });
    let target: string;
    if (o.inPlace) {
      const bak = backupPath(file);
      fs.copyFileSync(file, bak);
      target = file;
      io.out(st.dim(tr(o.lang, `已备份原文件：${bak}`, `Original backed up to ${bak}`)) + '\n');
    } else if (o.output && many) {
      fs.mkdirSync(o.output, { recursive: true });
      target = path.join(o.output, path.basename(defaultOut(file)));
    } else target = o.output ?? defaultOut(file);
    if (path.resolve(target) === path.resolve(file) && !o.inPlace)
      throw new ExitError(2, '输出文件与输入相同；如确需覆盖原文件，请使用 --in-place');
    writeAtomic(target, res.bytes);
    errors += summarize(res.sheets).errors;
    io.out(formatFile(file, res.sheets, null, st, o.lang) + '\n');
    if (legacy)
      io.out(
        st.yellow(
          tr(
            o.lang,
            '  注意：原文件为旧版 .xls/.et，修正副本保存为 .xlsx，只含单元格的值、公式、数字格式、合并单元格和列宽（原文件未改动）',
            '  Note: the original is an old .xls/.et file; the fixed copy is an .xlsx holding cell values, formulas, number formats, merges and column widths (the original is unchanged)',
          ),
        ) + '\n',
      );
    if (dropped.length)
      io.out(
        st.yellow(
          tr(
            o.lang,
            `  注意：原工作簿中的${what}不会出现在修正副本中（原文件未改动）；需要保留时请在 Excel 中用加载项写回`,
            `  Note: the copy does not contain the workbook's ${what} (the original is unchanged); use the Excel add-in to keep them`,
          ),
        ) + '\n',
      );
    const a = res.applied;
    io.out(
      tr(
        o.lang,
        `  → ${st.bold(target)}：写回 ${a.written} 个单元格（浅蓝底色，批注给出原值），标出 ${a.marked} 个仍有问题的单元格` +
          (a.skippedFormulas ? `，${a.skippedFormulas} 个公式单元格未覆盖（见“校验结果”）` : '') +
          (a.heldBack ? `，${a.heldBack} 个计算值未写入（见下）` : '') +
          `；撤销：selfeval restore "${target}"`,
        `  → ${st.bold(target)}: wrote ${a.written} cells (light blue; each note gives the original), marked ${a.marked} that still need attention` +
          (a.skippedFormulas ? `, kept ${a.skippedFormulas} formula cells (see 校验结果)` : '') +
          (a.heldBack ? `, did not write ${a.heldBack} computed values (below)` : '') +
          `; undo: selfeval restore "${target}"`,
      ) + '\n',
    );
    // Each value held back, where it stands and why: the user corrects 分值 there first (SPEC §6).
    for (const h of res.plan.held)
      io.out(
        st.yellow(
          `    ${tr(o.lang, '未写入', 'not written')} ${h.sheet}!${h.cell}${tr(o.lang, '：', ': ')}${h.reason}`,
        ) + '\n',
      );
  });
  if (items.length === 0) {
    io.out(tr(o.lang, '没有找到 .xlsx 文件。', 'No .xlsx files found.') + '\n');
    return 2;
  }
  return failed ? 2 : errors ? 1 : 0;
}

async function runRestore(
  paths: string[],
  o: { output?: string; lang: Lang; debug?: boolean; color: boolean },
  io: Io,
): Promise<number> {
  const st = o.color ? COLOR : PLAIN;
  const { items } = expandPaths(paths);
  const failed = await eachFile(items, o, io, st, async (file, bytes) => {
    const dropped = partsExcelJsDrops(bytes);
    if (dropped.length && !o.output) {
      const what = dropped.map((d) => d[o.lang]).join(o.lang === 'en' ? ', ' : '、');
      throw new UserError(
        `工作簿含有${what}，原地还原会丢失这些内容，未做修改：请在 Excel 中用加载项“撤销写回”，或用 -o 另存还原结果`,
        `The workbook has ${what}, which restoring in place would lose; nothing changed. Use Undo in the Excel add-in, or -o OUT`,
      );
    }
    const res = await restoreXlsx(bytes);
    if (!res.hadBackup) {
      io.out(
        tr(
          o.lang,
          `${file}：没有 selfeval 写回的记录，无需撤销（文件未改动）`,
          `${file}: nothing written by selfeval; nothing to undo (unchanged)`,
        ) + '\n',
      );
      return;
    }
    const target = o.output ?? file;
    if (!o.output) {
      const bak = backupPath(file);
      fs.copyFileSync(file, bak);
      io.out(st.dim(tr(o.lang, `已备份撤销前的文件：${bak}`, `Backed up to ${bak} before undoing`)) + '\n');
    }
    writeAtomic(target, res.bytes);
    io.out(
      tr(
        o.lang,
        `${st.bold(target)}：已还原 ${res.restored} 个单元格的原值、格式与批注，并移除“校验结果”工作表`,
        `${st.bold(target)}: restored ${res.restored} cells (values, formats, notes) and removed 校验结果`,
      ) + '\n',
    );
    if (res.kept.length)
      io.out(
        st.yellow(
          tr(
            o.lang,
            `  以下单元格在写回后被手工修改过，已保留您修改后的值：${res.kept.join('、')}`,
            `  Edited after the write-back, kept as you left them: ${res.kept.join(', ')}`,
          ),
        ) + '\n',
      );
  });
  return failed || items.length === 0 ? 2 : 0;
}

/** The language of everything the command says, help included: --lang en (or SELFEVAL_LANG=en), else Chinese. */
function langOf(argv: string[]): Lang {
  const k = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const v = k < 0 ? process.env.SELFEVAL_LANG : argv[k].includes('=') ? argv[k].split('=')[1] : argv[k + 1];
  return v === 'en' ? 'en' : 'zh';
}

const HELP = {
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
function localizeHelp(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  return text
    .replace(/^Usage: /gm, '用法：')
    .replace(/^Arguments:$/gm, '参数：')
    .replace(/^Options:$/gm, '选项：')
    .replace(/^Commands:$/gm, '命令：')
    .replace(/^error: /gm, '错误：');
}

export async function main(argv: string[], io: Io): Promise<number> {
  setXlsReader(readXlsIsolated); // legacy .xls/.et through SheetJS in a vm context (src/hosts/xls)
  const program = new Command();
  const useColor = io.isTTY && !process.env.NO_COLOR;
  const lang = langOf(argv);
  const h = HELP[lang];
  let code = 0;
  program
    .name('selfeval')
    .description(h.description)
    .version('0.1.0', '-V, --version', h.version)
    .helpOption('-h, --help', h.help)
    .helpCommand(false)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(localizeHelp(s, lang)), writeErr: (s) => io.err(localizeHelp(s, lang)) })
    .showHelpAfterError(h.afterError)
    // Defaults and choices are said in the option's own words (commander would add them in English).
    .configureHelp({ optionDescription: (opt) => opt.description });
  const profileOpt = () =>
    new Option('--profile <name>', h.profile(Object.keys(PROFILES).join(' | '))).default(AUTO_PROFILE);
  const langOpt = () => new Option('--lang <lang>', h.lang).choices(['zh', 'en']).default('zh');
  const sub = (name: string, description: string) =>
    program.command(name).description(description).helpOption('-h, --help', h.help);
  sub('check', h.check)
    .argument('<paths...>', h.paths)
    .option('--json', h.json)
    .option('--summary <file>', h.summary)
    .addOption(profileOpt())
    .addOption(langOpt())
    .option('--debug', h.debug)
    .action(async (paths: string[], o) => {
      code = await runCheck(paths, { ...o, color: useColor && !o.json }, io);
    });
  sub('fix', h.fix)
    .argument('<paths...>', h.paths)
    .option('-o, --output <out>', h.output)
    .option('--in-place', h.inPlace)
    .option('--overwrite-formulas', h.overwrite)
    .addOption(profileOpt())
    .addOption(langOpt())
    .option('--debug', h.debug)
    .action(async (paths: string[], o) => {
      code = await runFix(paths, { ...o, color: useColor }, io);
    });
  sub('restore', h.restore)
    .argument('<paths...>', h.restorePaths)
    .option('-o, --output <out>', h.restoreOut)
    .addOption(langOpt())
    .option('--debug', h.debug)
    .action(async (paths: string[], o) => {
      code = await runRestore(paths, { ...o, color: useColor }, io);
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help')
        return 0;
      return 2;
    }
    if (e instanceof ExitError) {
      io.err(e.message + '\n');
      return e.code;
    }
    io.err(explain(e, 'zh', argv.includes('--debug')) + '\n');
    return 2;
  }
}

if (require.main === module) {
  const io: Io = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
    isTTY: !!process.stdout.isTTY && !!process.stderr.isTTY,
  };
  main(process.argv.slice(2), io).then(
    (c) => {
      process.exitCode = c;
    },
    (e) => {
      process.stderr.write('内部错误：' + (e instanceof Error ? e.message : String(e)) + '\n');
      process.exitCode = 2;
    },
  );
}
