/** The profile a workbook keeps (selfeval_profile), read by the .xlsx host with and without the CLI's inflater. */
import { inflateRawSync } from 'zlib';
import JSZip from 'jszip';
import { savedProfileOf, setInflateRaw, withProfileName } from '../src/hosts/xlsx/profile-name';
import { specsToBuffer } from './fixtures/write-xlsx';
import { mofProject } from './fixtures/specs';

describe('the profile a workbook keeps', () => {
  afterEach(() => setInflateRaw(null));

  it('is read the same through the inflater (CLI) and through JSZip (page), deflated or stored', async () => {
    const named = await withProfileName(await specsToBuffer([mofProject('甲')]), 'hunan');
    const stored = await (await JSZip.loadAsync(named)).generateAsync({ type: 'uint8array', compression: 'STORE' });
    for (const bytes of [named, stored]) {
      setInflateRaw(null);
      expect(await savedProfileOf(bytes)).toBe('hunan');
      setInflateRaw((d) => inflateRawSync(d));
      expect(await savedProfileOf(bytes)).toBe('hunan');
    }
  });

  it('is none for a workbook without the name, and a name that is not a plain word is ignored', async () => {
    setInflateRaw((d) => inflateRawSync(d));
    const plain = await specsToBuffer([mofProject('甲')]);
    expect(await savedProfileOf(plain)).toBeNull();
    const zip = await JSZip.loadAsync(plain);
    const xml = (await zip.file('xl/workbook.xml')!.async('string')).replace(
      '</sheets>',
      '</sheets><definedNames><definedName name="selfeval_profile" hidden="1">Sheet1!$A$1</definedName></definedNames>',
    );
    zip.file('xl/workbook.xml', xml);
    expect(await savedProfileOf(await zip.generateAsync({ type: 'uint8array' }))).toBeNull();
  });
});
