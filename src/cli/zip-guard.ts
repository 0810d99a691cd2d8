/**
 * Node-only defence against zip bombs that lie about their size. When the compressed entries could unpack
 * to more than the limit (deflate expands at most 1032:1), each is inflated with its declared size as the
 * ceiling before ExcelJS sees the file (whose zip reader has none); the declared total is already capped by
 * the loader's sniff, so memory stays bounded. Ordinary workbooks are too small to need it.
 * (The page uses guardInflationStream.)
 */
import * as zlib from 'zlib';
import { MAX_UNCOMPRESSED, couldExceed, lyingZipError, zipDirectory, zipEntryData } from '../hosts/xlsx/load';

export function guardInflation(b: Uint8Array, limit = MAX_UNCOMPRESSED): void {
  const dir = zipDirectory(b);
  if (!dir) return; // not a readable zip: the loader says what it is
  if (!couldExceed(dir.entries, limit)) return; // even lying, it cannot unpack to more than the limit
  for (const e of dir.entries) {
    const data = zipEntryData(b, e);
    if (!data) continue;
    try {
      zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError)
        throw lyingZipError(e.name);
      return; // corrupt deflate data: the loader reports the file as damaged
    }
  }
}
