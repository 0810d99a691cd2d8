/** selfeval fix: computed scores written into a copy (or in place, after a backup). */
import * as fs from 'fs';
import * as path from 'path';
import { Lang, summarize } from '../../engine';
import { UserError, fixXlsx, isLegacyXls, partsExcelJsDrops } from '../../hosts/xlsx';
import { expandPaths } from '../files';
import { COLOR, PLAIN, formatFile } from '../report';
import { ExitError, Io, backupPath, checkProfile, defaultOut, eachFile, tr, writeAtomic } from '../common';

export async function runFix(
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
  const style = o.color ? COLOR : PLAIN;
  if (o.inPlace && o.output) throw new ExitError(2, '--in-place 与 -o 不能同时使用');
  const { items } = expandPaths(paths);
  const many = items.length > 1 || paths.some((p) => fs.existsSync(p) && fs.statSync(p).isDirectory());
  if (o.output && many && fs.existsSync(o.output) && !fs.statSync(o.output).isDirectory())
    throw new ExitError(2, `处理多个文件时，-o 须指定一个文件夹，而“${o.output}”是一个文件`);
  let errors = 0;
  const todo = items.filter((it) => !(many && /\.(checked|bak\d*)\.xlsx$/i.test(it.file))); // our own outputs inside a folder
  const failed = await eachFile(todo, o, io, style, async (file, bytes) => {
    // ExcelJS does not write charts, pivot tables or macros back: never do that to the user's own file.
    const dropped = await partsExcelJsDrops(bytes);
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
      io.out(style.dim(tr(o.lang, `已备份原文件：${bak}`, `Original backed up to ${bak}`)) + '\n');
    } else if (o.output && many) {
      fs.mkdirSync(o.output, { recursive: true });
      target = path.join(o.output, path.basename(defaultOut(file)));
    } else target = o.output ?? defaultOut(file);
    if (path.resolve(target) === path.resolve(file) && !o.inPlace)
      throw new ExitError(2, '输出文件与输入相同；如确需覆盖原文件，请使用 --in-place');
    writeAtomic(target, res.bytes);
    errors += summarize(res.sheets).errors;
    io.out(formatFile(file, res.sheets, null, style, o.lang) + '\n');
    if (legacy)
      io.out(
        style.yellow(
          tr(
            o.lang,
            '  注意：原文件为旧版 .xls/.et，修正副本保存为 .xlsx，只含单元格的值、公式、数字格式、合并单元格和列宽（原文件未改动）',
            '  Note: the original is an old .xls/.et file; the fixed copy is an .xlsx holding cell values, formulas, number formats, merges and column widths (the original is unchanged)',
          ),
        ) + '\n',
      );
    if (dropped.length)
      io.out(
        style.yellow(
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
        `  → ${style.bold(target)}：写回 ${a.written} 个单元格（浅蓝底色，批注给出原值），标出 ${a.marked} 个仍有问题的单元格` +
          (a.skippedFormulas ? `，${a.skippedFormulas} 个公式单元格未覆盖（见“校验结果”）` : '') +
          (a.heldBack ? `，${a.heldBack} 个计算值未写入（见下）` : '') +
          `；撤销：selfeval restore "${target}"`,
        `  → ${style.bold(target)}: wrote ${a.written} cells (light blue; each note gives the original), marked ${a.marked} that still need attention` +
          (a.skippedFormulas ? `, kept ${a.skippedFormulas} formula cells (see 校验结果)` : '') +
          (a.heldBack ? `, did not write ${a.heldBack} computed values (below)` : '') +
          `; undo: selfeval restore "${target}"`,
      ) + '\n',
    );
    // Each value held back, where it stands and why: the user corrects 分值 there first (domain §6).
    for (const h of res.plan.held)
      io.out(
        style.yellow(
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
