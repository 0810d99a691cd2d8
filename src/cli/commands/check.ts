/** selfeval check: the report, the JSON (domain §7) and the reviewer's summary. */
import { AUTO_PROFILE, Summary, summarize, Lang } from '../../engine';
import { checkXlsx, summaryCsv, summaryXlsx } from '../../hosts/xlsx';
import { expandPaths } from '../files';
import { COLOR, PLAIN, formatFile, formatSummary, formatFilesWithErrors } from '../report';
import {
  ExitError,
  Io,
  JsonFile,
  JsonReport,
  checkProfile,
  explain,
  progress,
  readBytes,
  tr,
  writeAtomic,
} from '../common';

export async function runCheck(
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
  const style = o.color ? COLOR : PLAIN;
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
      io.out(formatFile(entry.file, entry.sheets, entry.error, style, o.lang) + '\n');
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
        style.dim(tr(o.lang, `（已忽略 ${ignored} 个非 Excel 文件）`, `(${ignored} non-Excel files ignored)`)) + '\n',
      );
    io.out(formatFilesWithErrors(files, style, o.lang));
    io.out(formatSummary(summary, failed, style, o.lang) + '\n');
  }
  if (o.summary) {
    const bytes = /\.csv$/i.test(o.summary)
      ? new TextEncoder().encode(summaryCsv(files, o.lang))
      : await summaryXlsx(files, o.lang);
    writeAtomic(o.summary, bytes);
    if (!o.json) io.out(style.dim(tr(o.lang, `汇总表已写入：${o.summary}`, `Summary written to ${o.summary}`)) + '\n');
  }
  if (failed || items.length === 0) return 2;
  return summary.errors > 0 ? 1 : 0;
}
