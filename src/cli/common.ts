/** What the three commands share: output, errors said in the user's language, reading and writing files. */
import * as fs from 'fs';
import * as path from 'path';
import { AUTO_PROFILE, PROFILES, Profile, SheetReport, Summary, Lang, validateProfile } from '../engine';
import { UserError } from '../hosts/xlsx';
import { FileItem } from './files';
import { guardInflation } from './zip-guard';
import { Style, formatFile } from './report';

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

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  isTTY: boolean;
}

/** A failure of the command itself (bad arguments): its message and exit code. */
export class ExitError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

export function explain(e: unknown, lang: Lang, debug: boolean): string {
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

export function progress(io: Io, enabled: boolean) {
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
export function checkProfile(name: string): Profile | undefined {
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

/** Chinese or English, as the user chose. */
export const tr = (lang: Lang, zh: string, en: string): string => (lang === 'en' ? en : zh);

/** A file's bytes, refused when it is a zip that inflates beyond what it declares (see zip-guard.ts). */
export function readBytes(file: string): Uint8Array {
  const d = fs.readFileSync(file);
  const b = new Uint8Array(d.buffer, d.byteOffset, d.byteLength);
  guardInflation(b);
  return b;
}

/** Runs `fn` on each file's bytes; a file that cannot be read or processed is reported, counted, and the others go on. */
export async function eachFile(
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
export function defaultOut(file: string): string {
  const ext = path.extname(file);
  return path.join(
    path.dirname(file),
    path.basename(file, ext) + '.checked' + (!ext || /^\.(xls|et)$/i.test(ext) ? '.xlsx' : ext),
  );
}

/** Writes bytes next to the target first, then renames: a crash never leaves half a workbook. */
export function writeAtomic(target: string, bytes: Uint8Array): void {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  fs.writeFileSync(tmp, bytes);
  fs.renameSync(tmp, target);
}

export function backupPath(file: string): string {
  const ext = path.extname(file);
  const base = path.join(path.dirname(file), path.basename(file, ext) + '.bak');
  let p = base + ext;
  for (let n = 2; fs.existsSync(p); n++) p = `${base}${n}${ext}`;
  return p;
}
