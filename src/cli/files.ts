/** Expands the PATH arguments into workbook files; names every file it cannot take. */
import * as fs from 'fs';
import * as path from 'path';

export interface FileItem {
  /** The path as given (or as found under a given folder). */
  file: string;
  /** Why it cannot be checked, when known before reading (Chinese, English). */
  error?: { zh: string; en: string };
}

/** Workbooks: .xlsx, and legacy .xls and WPS .et, read through SheetJS (the fixed copy is .xlsx). */
const WORKBOOK = /\.(xlsx|xlsm|xls|et)$/i;
const OTHER_SPREADSHEET = /\.(ods|csv)$/i;

export function expandPaths(paths: string[]): { items: FileItem[]; ignored: number } {
  const items: FileItem[] = [];
  let ignored = 0;
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '?';
      items.push({
        file: dir,
        error: {
          zh: `无法读取文件夹（${code}），请检查权限`,
          en: `cannot read the folder (${code}); check permissions`,
        },
      });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.name.startsWith('.') || e.name.startsWith('~$')) continue; // hidden files and Office lock files
      if (e.isDirectory()) walk(p);
      else if (WORKBOOK.test(e.name)) items.push({ file: p });
      else if (OTHER_SPREADSHEET.test(e.name))
        items.push({
          file: p,
          error: {
            zh: `不是 .xlsx 工作簿（${path.extname(e.name)}），请在 Excel 或 WPS 中另存为 .xlsx 后再检查`,
            en: `not an .xlsx workbook (${path.extname(e.name)}); save it as .xlsx first`,
          },
        });
      else ignored++;
    }
  };
  for (const p of paths) {
    let st: fs.Stats;
    try {
      st = fs.statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      items.push({
        file: p,
        error:
          code === 'ENOENT'
            ? { zh: '文件或文件夹不存在，请检查路径', en: 'no such file or folder; check the path' }
            : { zh: `无法访问（${code}）`, en: `cannot access it (${code})` },
      });
      continue;
    }
    if (st.isDirectory()) walk(p);
    else items.push({ file: p });
  }
  return { items, ignored };
}
