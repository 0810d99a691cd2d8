/**
 * xl/workbook.xml through the .xlsx host: the profile a workbook keeps (selfeval_profile), read with and without the
 * CLI's inflater, and every defined name kept through fix, a second fix and restore — ExcelJS alone drops constant
 * and formula names, loses a name's sheet scope and rewrites a formula name into a different one.
 */
import { inflateRawSync } from 'zlib';
import JSZip from 'jszip';
import { savedProfileOf, setInflateRaw } from '../src/hosts/xlsx/workbook-xml';
import { carryDefinedNames } from '../src/hosts/xlsx/defined-names';
import { fixXlsx, restoreXlsx } from '../src/hosts/xlsx';
import { specsToBuffer } from './fixtures/write-xlsx';
import { mofProject, tableWithFinding } from './fixtures/specs';
import { PROFILE_NAME_ENTRY as PROFILE, namedWorkbook, scopedNamesOf, withDefinedNames } from './support/defined-names';

describe('the profile a workbook keeps', () => {
  afterEach(() => setInflateRaw(null));

  it('is read the same through the inflater (CLI) and through JSZip (page), deflated or stored', async () => {
    const named = await withDefinedNames(await specsToBuffer([mofProject('甲')]), PROFILE);
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
    const odd = await withDefinedNames(
      plain,
      '<definedName name="selfeval_profile" hidden="1">Sheet1!$A$1</definedName>',
    );
    expect(await savedProfileOf(odd)).toBeNull();
  });
});

describe('defined names through fix and restore', () => {
  it('fix keeps every name as written, scoped to its own sheet, beside the print titles of 校验结果', async () => {
    const original = await namedWorkbook();
    const before = await scopedNamesOf(original);
    const fixed = await fixXlsx(original);
    expect(fixed.plan.writes.length + fixed.plan.marks.length).toBeGreaterThan(0);
    const after = await scopedNamesOf(fixed.bytes);
    expect(after.filter((n) => n.sheet !== '校验结果')).toEqual(before);
    expect(after.filter((n) => n.sheet === '校验结果').map((n) => n.name)).toContain('_xlnm.Print_Titles');
    expect(fixed.sheets[0].tables[0].profile).toBe('hunan'); // the kept profile was used

    const again = await fixXlsx(fixed.bytes);
    expect(await scopedNamesOf(again.bytes)).toEqual(after);

    const restored = await restoreXlsx(again.bytes);
    expect(await scopedNamesOf(restored.bytes)).toEqual(before);
  });

  it('a workbook without names gets none but those of 校验结果, and restore leaves it without any', async () => {
    const plain = await specsToBuffer([tableWithFinding('甲')]);
    const fixed = await fixXlsx(plain);
    expect((await scopedNamesOf(fixed.bytes)).every((n) => n.sheet === '校验结果')).toBe(true);
    const restored = await restoreXlsx(fixed.bytes);
    expect(await scopedNamesOf(restored.bytes)).toEqual([]);
    const xml = await (await JSZip.loadAsync(restored.bytes)).file('xl/workbook.xml')!.async('string');
    expect(xml).not.toContain('<definedNames>'); // no empty element: Excel reads one as damage
  });
});

describe('carryDefinedNames', () => {
  const wb = (sheets: string[], names: string): string =>
    `<workbook><sheets>${sheets.map((s, i) => `<sheet name="${s}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets>` +
    (names ? `<definedNames>${names}</definedNames>` : '') +
    '<calcPr calcId="1"/></workbook>';

  it.each([
    [
      'scopes a name to its sheet by name when the copy orders the sheets differently',
      wb(['甲', '乙'], '<definedName name="x" localSheetId="1">乙!$A$1</definedName>'),
      wb(['乙', '甲'], ''),
      '<definedNames><definedName name="x" localSheetId="0">乙!$A$1</definedName></definedNames>',
    ],
    [
      'drops a name scoped to a sheet the copy no longer has',
      wb(['甲', '校验结果'], '<definedName name="_xlnm.Print_Titles" localSheetId="1">校验结果!$1:$1</definedName>'),
      wb(['甲'], ''),
      '<calcPr',
    ],
    [
      "drops a name pointing at selfeval's sheet once it is gone, keeps one pointing at a user's missing sheet",
      wb(
        ['甲'],
        '<definedName name="r">&apos;校验结果&apos;!$A$1</definedName><definedName name="u">旧表!$A$1</definedName>',
      ),
      wb(['甲'], ''),
      '<definedNames><definedName name="u">旧表!$A$1</definedName></definedNames>',
    ],
    [
      "takes the names of selfeval's own sheets from the copy, once",
      wb(['甲', '校验结果'], '<definedName name="_xlnm.Print_Titles" localSheetId="1">校验结果!$1:$1</definedName>'),
      wb(
        ['甲', '校验结果'],
        '<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;校验结果&apos;!$1:$2</definedName>',
      ),
      '<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;校验结果&apos;!$1:$2</definedName></definedNames>',
    ],
  ])('%s', (_, original, out, expected) => {
    expect(carryDefinedNames(original, out)).toContain(expected);
  });

  it('fills an empty <definedNames/> of the copy rather than adding a second element', () => {
    const out = wb(['甲'], '').replace('</sheets>', '</sheets><definedNames/>');
    const carried = carryDefinedNames(wb(['甲'], '<definedName name="rate">0.9</definedName>'), out);
    expect(carried.match(/<definedNames/g)).toHaveLength(1);
    expect(carried).toContain('<definedNames><definedName name="rate">0.9</definedName></definedNames>');
  });

  it('leaves a copy alone when neither has names', () => {
    const out = wb(['甲'], '');
    expect(carryDefinedNames(wb(['甲'], ''), out)).toBe(out);
  });
});
