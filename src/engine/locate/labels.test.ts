import { GridView } from '../grid';
import { SheetSpec, toGrid } from '../../../test/fixtures/specs';
import { LABELS } from '../text';
import { amountRightOf, findRow, inFam, indexLabels, keyAt, rowHasContent, rowKeys, valueRightOf } from './labels';

function view(rows: SheetSpec['rows'], merges: string[] = []): { v: GridView; seen: string[] } {
  const v = new GridView(toGrid({ name: 't', rows, merges }));
  const seen: string[] = [];
  indexLabels(v, (r, c, _text, key) => seen.push(`${r},${c}:${key}`));
  return { v, seen };
}

describe('label index', () => {
  it('keys each short text once, spaced or bracketed as published, and skips merge tails', () => {
    const { v, seen } = view(
      [
        ['项 目 名 称', '某项目', null],
        ['全年预算数(A)', '得分(20分)', '执行数B)'],
      ],
      ['B1:C1'],
    );
    expect(keyAt(v, 0, 0)).toBe('项目名称');
    expect(inFam(keyAt(v, 0, 0), LABELS.projectName)).toBe(true);
    expect(keyAt(v, 1, 0)).toBe('全年预算数');
    expect(keyAt(v, 1, 1)).toBe('得分');
    expect(keyAt(v, 1, 2)).toBe('执行数'); // a suffix that lost its opening bracket
    expect(seen.filter((s) => s.startsWith('0,2'))).toEqual([]); // C1 is the tail of B1:C1
  });

  it('near miss: a long text is content, not a label (no key), and a number has none', () => {
    const long = '完成职业技能培训500人次，培训合格率不低于90%，就业率不低于80%，学员满意度不低于90%以上';
    const { v } = view([[long, 95]]);
    expect(keyAt(v, 0, 0)).toBe('');
    expect(keyAt(v, 0, 1)).toBe('');
    expect(inFam('', LABELS.projectName)).toBe(false);
  });

  it('finds the value right of a merged label, and an amount stops at the next label', () => {
    const { v } = view(
      [
        ['主管部门', null, '某局', '实施单位', '某中心'],
        ['一般公共预算:', null, null, '其他资金:', 5],
      ],
      ['A1:B1'],
    );
    expect(valueRightOf(v, 0, 0)).toEqual({ r: 0, c: 2 });
    expect(amountRightOf(v, 1, 0, 4)).toEqual({ r: 1, c: 1 }); // blank up to the next label: the cell right after
    expect(amountRightOf(v, 1, 3, 4)).toEqual({ r: 1, c: 4 });
  });

  it('a row with only blanks and merge tails has no content; findRow and rowKeys scan a region', () => {
    const { v } = view(
      [
        ['标题', null, null],
        [null, ' ', null],
        ['总分', 100, 99],
      ],
      ['A1:C1'],
    );
    expect(rowHasContent(v, 0, 1, 2)).toBe(false); // B1:C1 are tails of the title
    expect(rowHasContent(v, 1, 0, 2)).toBe(false);
    expect(rowHasContent(v, 2, 0, 2)).toBe(true);
    expect(findRow(0, 2, (r) => inFam(keyAt(v, r, 0), LABELS.grandTotal))).toBe(2);
    expect(findRow(0, 1, (r) => inFam(keyAt(v, r, 0), LABELS.grandTotal))).toBe(-1);
    expect(rowKeys(v, 2, 0, 2)).toEqual(['总分', '', '']);
  });
});
