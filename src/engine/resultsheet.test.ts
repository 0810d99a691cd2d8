import { legendRows, linkFormula, resultHeader, resultSheetRows, RESULT_COL, RESULT_WIDTHS } from './resultsheet';
import type { WritePlan } from './writeplan';

const empty: WritePlan = { lang: 'zh', writes: [], skipped: [], held: [], marks: [], results: [] };

describe('the 校验结果 sheet', () => {
  it('has the columns 序号 工作表 单元格 严重程度 代码 说明 原值 写入值, with a width each', () => {
    expect(resultHeader('zh')).toEqual(['序号', '工作表', '单元格', '严重程度', '代码', '说明', '原值', '写入值']);
    expect(resultHeader('en')).toHaveLength(RESULT_WIDTHS.length);
    expect(resultHeader('zh')[RESULT_COL.link]).toBe('单元格');
    expect(resultHeader('zh')[RESULT_COL.severity]).toBe('严重程度');
  });
  it.each([
    ['zh', '未发现问题'],
    ['en', 'No problems found'],
  ] as const)('says there is nothing to list (%s)', (lang, text) => {
    expect(resultSheetRows({ ...empty, lang })).toEqual([
      { values: ['', '', '', '', '', text, '', ''], link: null, look: null },
    ]);
  });
  it('gives a finding at a written cell its original and written values, and lists other writes, kept formulas and held values', () => {
    const rows = resultSheetRows({
      ...empty,
      writes: [
        {
          sheet: 'S',
          cell: 'H5',
          value: 8.5,
          numFmt: 'General',
          what: 'score',
          previous: { t: 'number', v: 9 },
          shownBefore: '9',
          shownAfter: '8.5',
          reason: 'r1',
        },
        {
          sheet: 'S',
          cell: 'G4',
          value: 0.9,
          numFmt: '0.00%',
          what: 'rate',
          previous: { t: 'empty' },
          shownBefore: '（空）',
          shownAfter: '90.00%',
          reason: 'r2',
        },
      ],
      results: [{ sheet: 'S', table: 'T', cell: 'H5', severity: 'error', code: 'SCORE_MISMATCH', message: 'm' }],
      skipped: [{ sheet: 'S', cell: 'H6', value: 3, formula: 'A1', shownBefore: '公式 =A1（显示 2）', reason: 'kept' }],
      held: [{ sheet: 'S', cell: 'H7', value: 4, reason: 'held', shownBefore: '5' }],
    });
    expect(rows.map((r) => [r.values[2], r.values[3], r.values[4], r.values[6], r.values[7]])).toEqual([
      ['H5', '错误', 'SCORE_MISMATCH', '9', '8.5'],
      ['G4', '已写入', 'VALUE_WRITTEN', '（空）', '90.00%'],
      ['H6', '提示', 'FORMULA_KEPT', '公式 =A1（显示 2）', '（未写入）'],
      ['H7', '提示', 'WRITE_HELD_BACK', '5', '（未写入）'],
    ]);
    expect(rows.map((r) => r.look)).toEqual(['error', 'written', null, null]);
    expect(rows[0].values[5]).toBe('【T】m');
    expect(rows.map((r) => r.values[0])).toEqual([1, 2, 3, 4]);
  });
  it('has a legend of the three fills, in the chosen language', () => {
    expect(legendRows('zh').items.map((i) => [i.look, i.word])).toEqual([
      ['error', '错误'],
      ['warning', '警告'],
      ['written', '已写入'],
    ]);
    expect(
      legendRows('en')
        .items.map((i) => i.text)
        .join(' '),
    ).not.toMatch(/[\u4e00-\u9fff]{3}/);
  });
  it('links to a cell with the sheet name quoted', () => {
    expect(linkFormula('S', 'H6')).toBe(`HYPERLINK("#'S'!H6","H6")`);
    expect(linkFormula("It's", 'A1')).toBe(`HYPERLINK("#'It''s'!A1","A1")`);
  });
});
