/**
 * Node-only defence against zip bombs that lie about their size: every entry is inflated with a ceiling of
 * its declared size before ExcelJS sees the file (whose zip reader has no ceiling). The declared total is
 * already capped by the loader's sniff, so memory stays bounded.
 */
import * as zlib from 'zlib';
import { UserError } from '../engine/errors';
import { zipDirectory } from '../hosts/xlsx/load';

export function guardInflation(b: Uint8Array): void {
  const dir = zipDirectory(b);
  if (!dir) return; // not a readable zip: the loader says what it is
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  for (const e of dir.entries) {
    if (e.method !== 8 || e.size === 0xffffffff) continue;
    if (e.offset + 30 > b.length || dv.getUint32(e.offset, true) !== 0x04034b50) continue;
    const start = e.offset + 30 + dv.getUint16(e.offset + 26, true) + dv.getUint16(e.offset + 28, true);
    const data = b.subarray(start, Math.min(b.length, start + e.compressedSize));
    try {
      zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError)
        throw new UserError(
          `压缩包中“${e.name}”的实际内容比声明的大（伪造的压缩包，可能是“压缩炸弹”），为安全起见已拒绝打开`,
          `Entry "${e.name}" inflates beyond its declared size (a forged zip); refused for safety`,
        );
      // Corrupt deflate data: the loader reports the file as damaged.
      return;
    }
  }
}
