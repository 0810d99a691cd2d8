import { GridView } from '../grid';
import { SheetSpec, toGrid } from '../../../test/fixtures/specs';
import { IndicatorCols } from '../model';
import { readTotal } from './total';

/** The total row is the spec's last row, its label in column A. */
function total(rows: SheetSpec['rows'], cols: IndicatorCols, merges: string[] = []) {
  const view = new GridView(toGrid({ name: 't', rows, merges }));
  const r = rows.length - 1;
  const t = readTotal(view, { r, c: 0 }, cols, rows[r].length - 1);
  return {
    weight: t.weightAt && { at: `${t.weightAt.r},${t.weightAt.c}`, ...t.weight },
    score: t.scoreAt && { at: `${t.scoreAt.r},${t.scoreAt.c}`, ...t.score },
  };
}

describe('total row', () => {
  it('reads 分值 and 得分 in the indicator columns (MOF 2020 总分 row)', () => {
    expect(total([['总分', null, null, 100, 99.5]], { weight: 3, score: 4 }, ['A1:C1'])).toEqual({
      weight: { at: '0,3', kind: 'number', value: 100 },
      score: { at: '0,4', kind: 'number', value: 99.5 },
    });
  });
  it('takes the two numbers right of the label when the columns are empty (一体化 合计 with its numbers beside it)', () => {
    expect(total([['合计', 100, 98, null, null]], { weight: 3, score: 4 })).toEqual({
      weight: { at: '0,1', kind: 'number', value: 100 },
      score: { at: '0,2', kind: 'number', value: 98 },
    });
  });
  it('one number right of the label is the score', () => {
    expect(total([['总分', null, 97, null]], {})).toEqual({
      weight: null,
      score: { at: '0,2', kind: 'number', value: 97 },
    });
  });
  it('a weight in its column and the score written further right', () => {
    expect(total([['总分', null, 100, null, 96]], { weight: 2, score: 3 })).toEqual({
      weight: { at: '0,2', kind: 'number', value: 100 },
      score: { at: '0,4', kind: 'number', value: 96 },
    });
  });
  it('near miss: a blank 总分 得分 still points at the 得分 column (where fix writes the total)', () => {
    expect(total([['总分', null, 100, null]], { weight: 2, score: 3 })).toEqual({
      weight: { at: '0,2', kind: 'number', value: 100 },
      score: { at: '0,3', kind: 'empty' },
    });
  });
});
