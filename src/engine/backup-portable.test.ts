import { isOfficeCell, portableCell, portableFill, portableNote } from './backup-portable';

describe('a backup recorded by any host reads the same', () => {
  it.each([
    ['empty', null, { v: null, f: null }],
    ['number', 9, { v: 9, f: null }],
    ['text', '=100%', { v: '=100%', f: null }],
    ['Office.js / WPS value', { v: 18.75, f: null }, { v: 18.75, f: null }],
    ['Office.js / WPS formula', { v: 90, f: '=B3/A3' }, { v: 90, f: '=B3/A3' }],
    ['ExcelJS formula', { formula: 'B3/A3', result: 90 }, { v: 90, f: '=B3/A3' }],
    ['ExcelJS rich text', { richText: [{ text: '完成' }, { text: '率' }] }, { v: '完成率', f: null }],
    ['ExcelJS hyperlink', { text: '链接', hyperlink: 'http://x' }, { v: '链接', f: null }],
    ['ExcelJS error', { error: '#DIV/0!' }, { v: '#DIV/0!', f: null }],
    ['ExcelJS date', new Date(Date.UTC(2023, 11, 31)), { v: 45291, f: null }],
  ])('%s', (_name, recorded, expected) => expect(portableCell(recorded)).toEqual(expected));

  it('tells Office.js’s { v, f } from an ExcelJS object', () => {
    expect(isOfficeCell({ v: 1, f: null })).toBe(true);
    expect(isOfficeCell({ formula: 'A1', result: 1 })).toBe(false);
    expect(isOfficeCell({ v: 1, f: null, extra: 1 })).toBe(false);
  });

  it.each([
    ['none', null, null],
    ['Office.js no fill (tintAndShade null)', { color: '#FFFFFF', pattern: 'Solid', tintAndShade: null }, null],
    ['Office.js white fill', { color: '#FFFFFF', pattern: 'Solid', tintAndShade: 0 }, { color: '#FFFFFF' }],
    ['Office.js colour', { color: '#ffc7ce', pattern: 'Solid' }, { color: '#FFC7CE' }],
    ['WPS no fill', { color: '#FFFFFF', pattern: 'None' }, null],
    ['ExcelJS solid', { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } }, { color: '#DDEBF7' }],
    ['ExcelJS theme colour (cannot be named)', { type: 'pattern', pattern: 'solid', fgColor: { theme: 4 } }, null],
  ])('fill: %s', (_name, recorded, expected) => expect(portableFill(recorded)).toEqual(expected));

  it('notes: text, ExcelJS rich note, none', () => {
    expect(portableNote('原批注')).toBe('原批注');
    expect(portableNote({ texts: [{ text: '原' }, { text: '批注' }] })).toBe('原批注');
    expect(portableNote(null)).toBeNull();
  });
});
