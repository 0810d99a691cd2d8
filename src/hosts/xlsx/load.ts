/**
 * Opening a workbook safely: recognise what the bytes are before ExcelJS sees them, refuse zip bombs,
 * and turn every failure into a message a finance user can act on.
 */
import ExcelJS from 'exceljs';
import { UserError } from '../../engine/errors';
import { XlsReader, plainToExcelJs, xlsError } from '../xls/to-exceljs';

export { UserError };

/**
 * How this environment reads legacy .xls (and WPS .et) files: the CLI runs SheetJS in a vm context, the page in a
 * Web Worker (src/hosts/xls). Without one, an .xls file gets a message saying to save it as .xlsx.
 */
let xlsReader: XlsReader | null = null;
export function setXlsReader(reader: XlsReader | null): void {
  xlsReader = reader;
}

/** True for the bytes of a legacy binary workbook (an OLE compound file), which the fixed copy turns into .xlsx. */
export function isLegacyXls(b: Uint8Array): boolean {
  return startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}

/** Refuse workbooks that unpack to more than this (a normal self-evaluation table is well under 1 MB). */
export const MAX_UNCOMPRESSED = 400 * 1024 * 1024;
/** Refuse files larger than this on disk. */
export const MAX_FILE = 100 * 1024 * 1024;

function startsWith(b: Uint8Array, sig: number[]): boolean {
  return sig.every((x, i) => b[i] === x);
}

function containsUtf16(b: Uint8Array, s: string): boolean {
  const pat: number[] = [];
  for (const ch of s) pat.push(ch.charCodeAt(0), 0);
  outer: for (let i = 0; i + pat.length <= b.length; i++) {
    for (let j = 0; j < pat.length; j++) if (b[i + j] !== pat[j]) continue outer;
    return true;
  }
  return false;
}

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflate. */
  method: number;
  compressedSize: number;
  /** Uncompressed size as declared. */
  size: number;
  /** Offset of the local file header. */
  offset: number;
}

/** The entries declared by a zip's central directory, and their total uncompressed size; null when unreadable. */
export function zipDirectory(b: Uint8Array): { names: string[]; entries: ZipEntry[]; total: number } | null {
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (b.length < 22) return null;
  // End of central directory: signature 0x06054b50 within the last 64 KiB + 22 bytes.
  const min = Math.max(0, b.length - 65557);
  let eocd = -1;
  for (let i = b.length - 22; i >= min; i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  let total = 0;
  const entries: ZipEntry[] = [];
  const dec = new TextDecoder('utf-8', { fatal: false });
  for (let k = 0; k < count; k++) {
    if (p + 46 > b.length || dv.getUint32(p, true) !== 0x02014b50) return null;
    const size = dv.getUint32(p + 24, true);
    total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size; // ZIP64: far beyond any real table
    const n = dv.getUint16(p + 28, true);
    const m = dv.getUint16(p + 30, true);
    const c = dv.getUint16(p + 32, true);
    if (p + 46 + n > b.length) return null;
    entries.push({
      name: dec.decode(b.subarray(p + 46, p + 46 + n)),
      method: dv.getUint16(p + 10, true),
      compressedSize: dv.getUint32(p + 20, true),
      size,
      offset: dv.getUint32(p + 42, true),
    });
    p += 46 + n + m + c;
  }
  return { names: entries.map((e) => e.name), entries, total };
}

/** The compressed bytes of a deflated entry (null when its local header is not where the directory says). */
export function zipEntryData(b: Uint8Array, e: ZipEntry): Uint8Array | null {
  if (e.method !== 8 || e.size === 0xffffffff || e.offset + 30 > b.length) return null;
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  if (dv.getUint32(e.offset, true) !== 0x04034b50) return null;
  const start = e.offset + 30 + dv.getUint16(e.offset + 26, true) + dv.getUint16(e.offset + 28, true);
  return b.subarray(start, Math.min(b.length, start + e.compressedSize));
}

/** Deflate's largest possible expansion: 258 bytes from a 2-bit code. */
export const DEFLATE_MAX_RATIO = 1032;

/**
 * Whether the entries could inflate beyond `limit` even if every declared size lies. For an ordinary
 * workbook (a few hundred KB compressed) they cannot, and nothing needs inflating to know it.
 */
export function couldExceed(entries: ZipEntry[], limit: number): boolean {
  let compressed = 0;
  for (const e of entries) if (e.method === 8) compressed += e.compressedSize;
  return compressed * DEFLATE_MAX_RATIO > limit;
}

export function lyingZipError(name: string): UserError {
  return new UserError(
    `压缩包中“${name}”的实际内容比声明的大（伪造的压缩包，可能是“压缩炸弹”），为安全起见已拒绝打开`,
    `Entry "${name}" inflates beyond its declared size (a forged zip); refused for safety`,
  );
}

/**
 * The same defence for the browser: each deflated entry is inflated as a stream and abandoned as soon as it
 * passes its declared size. (The CLI uses zlib, which is faster: src/cli/zip-guard.ts.)
 */
export async function guardInflationStream(b: Uint8Array, limit = MAX_UNCOMPRESSED): Promise<void> {
  if (typeof DecompressionStream === 'undefined') return;
  const dir = zipDirectory(b);
  if (!dir || !couldExceed(dir.entries, limit)) return;
  for (const e of dir.entries) {
    const data = zipEntryData(b, e);
    if (!data) continue;
    let reader: ReadableStreamDefaultReader<Uint8Array>;
    try {
      reader = new Blob([data as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
    } catch {
      return; // 'deflate-raw' unsupported here
    }
    let n = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        n += value.length;
        if (n > e.size) {
          await reader.cancel();
          throw lyingZipError(e.name);
        }
      }
    } catch (err) {
      if (err instanceof UserError) throw err;
      return; // corrupt data: the loader reports the file as damaged
    }
  }
}

/** Checks the bytes and explains what they are when they are neither an .xlsx workbook nor a readable .xls. */
export function sniff(b: Uint8Array): 'xlsx' | 'xls' {
  if (b.length === 0)
    throw new UserError('文件为空（0字节），请重新导出或从原始来源复制', 'The file is empty (0 bytes)');
  if (b.length > MAX_FILE)
    throw new UserError(
      `文件过大（${Math.round(b.length / 1048576)}MB），不像是一张自评表，已跳过`,
      'The file is too large to be a self-evaluation workbook',
    );
  if (startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (containsUtf16(b, 'EncryptionInfo'))
      throw new UserError(
        '工作簿设有打开密码（已加密），请在 Excel 中取消密码保护后另存为 .xlsx 再检查',
        'The workbook is password-protected (encrypted); remove the password and save as .xlsx',
      );
    if (xlsReader) return 'xls';
    throw new UserError(
      '这是旧版 Excel 97-2003 (.xls) 文件，请在 Excel 或 WPS 中“另存为” .xlsx 后再检查',
      'This is an old .xls file; save it as .xlsx first',
    );
  }
  if (!startsWith(b, [0x50, 0x4b, 0x03, 0x04])) {
    const head = new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(0, 512)).trim().toLowerCase();
    if (head.startsWith('<') && /<(html|!doctype|table|\?xml)/.test(head))
      throw new UserError(
        '这不是 Excel 工作簿，而是网页/XML 文件（可能是系统导出的“伪 xls”），请在 Excel 中打开后另存为 .xlsx',
        'This is an HTML/XML file, not an Excel workbook; open it in Excel and save as .xlsx',
      );
    // eslint-disable-next-line no-control-regex -- binary bytes (control characters) tell a binary file from text
    if (/[,\t]/.test(head) && !/[\u0000-\u0008]/.test(head))
      throw new UserError(
        '这是 CSV/文本文件而不是 Excel 工作簿，请在 Excel 中打开后另存为 .xlsx',
        'This is a CSV/text file, not an Excel workbook; save it as .xlsx',
      );
    throw new UserError('不是有效的 .xlsx 工作簿（文件格式无法识别），请确认文件未损坏', 'Not a valid .xlsx workbook');
  }
  const dir = zipDirectory(b);
  if (dir === null)
    throw new UserError(
      '文件已损坏或不完整（压缩包目录缺失，可能下载或复制中断），请重新获取文件',
      'The file is truncated or corrupt',
    );
  if (dir.total > MAX_UNCOMPRESSED)
    throw new UserError(
      `文件解压后超过${Math.round(MAX_UNCOMPRESSED / 1048576)}MB（异常的压缩包），为安全起见已拒绝打开`,
      'The workbook unpacks to an absurd size; refused for safety',
    );
  if (!dir.names.includes('xl/workbook.xml')) {
    if (dir.names.some((n) => n.startsWith('word/')))
      throw new UserError(
        '这是 Word 文档（.docx），不是 Excel 工作簿',
        'This is a Word document, not an Excel workbook',
      );
    if (dir.names.includes('content.xml'))
      throw new UserError(
        '这是 OpenDocument 表格（.ods），请另存为 .xlsx 后再检查',
        'This is an .ods spreadsheet; save it as .xlsx',
      );
    throw new UserError(
      '这是一个压缩包，但其中没有 Excel 工作簿内容（缺少 xl/workbook.xml），请确认文件来源',
      'A zip file without an Excel workbook inside',
    );
  }
  return 'xlsx';
}

/** Loads .xlsx bytes into an ExcelJS workbook, or throws a UserError that says what to do. */
export async function loadWorkbook(data: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const b = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (sniff(b) === 'xls') {
    try {
      return plainToExcelJs(await xlsReader!(b));
    } catch (e) {
      throw e instanceof UserError ? e : xlsError(e instanceof Error ? e.message : String(e));
    }
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(b as unknown as ArrayBuffer);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/encrypt|password/i.test(msg))
      throw new UserError('工作簿已加密，请取消密码保护后另存为 .xlsx', 'The workbook is encrypted');
    throw new UserError(
      `文件已损坏或不是标准的 .xlsx 工作簿，无法读取（${msg.slice(0, 80)}）。请在 Excel 中打开并另存后重试`,
      `The workbook cannot be read (${msg.slice(0, 80)})`,
    );
  }
  return wb;
}

export async function saveWorkbook(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
