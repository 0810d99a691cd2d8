/**
 * Node-only defence against zip bombs that lie about their size: every entry is inflated with a ceiling of
 * its declared size before ExcelJS sees the file (whose zip reader has no ceiling). The declared total is
 * already capped by the loader's sniff, so memory stays bounded. (The page uses guardInflationStream.)
 */
import * as zlib from 'zlib';
import { lyingZipError, zipDirectory, zipEntryData } from '../hosts/xlsx/load';

export function guardInflation(b: Uint8Array): void {
  const dir = zipDirectory(b);
  if (!dir) return; // not a readable zip: the loader says what it is
  for (const e of dir.entries) {
    const data = zipEntryData(b, e);
    if (!data) continue;
    try {
      zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, e.size) });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) throw lyingZipError(e.name);
      return; // corrupt deflate data: the loader reports the file as damaged
    }
  }
}
