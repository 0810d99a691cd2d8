/** selfeval restore: every cell selfeval changed goes back. */
import * as fs from 'fs';
import { Lang } from '../../engine';
import { UserError, partsExcelJsDrops, restoreXlsx } from '../../hosts/xlsx';
import { expandPaths } from '../files';
import { COLOR, PLAIN } from '../report';
import { Io, backupPath, eachFile, tr, writeAtomic } from '../common';

export async function runRestore(
  paths: string[],
  o: { output?: string; lang: Lang; debug?: boolean; color: boolean },
  io: Io,
): Promise<number> {
  const style = o.color ? COLOR : PLAIN;
  const { items } = expandPaths(paths);
  const failed = await eachFile(items, o, io, style, async (file, bytes) => {
    const dropped = await partsExcelJsDrops(bytes);
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
      io.out(style.dim(tr(o.lang, `已备份撤销前的文件：${bak}`, `Backed up to ${bak} before undoing`)) + '\n');
    }
    writeAtomic(target, res.bytes);
    io.out(
      tr(
        o.lang,
        `${style.bold(target)}：已还原 ${res.restored} 个单元格的原值、格式与批注，并移除“校验结果”工作表`,
        `${style.bold(target)}: restored ${res.restored} cells (values, formats, notes) and removed 校验结果`,
      ) + '\n',
    );
    if (res.kept.length)
      io.out(
        style.yellow(
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
