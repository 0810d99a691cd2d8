import { cellsOf, messagesOf } from '../../../test/support/check';
import { clone, mofProject, set } from '../../../test/fixtures/specs';

describe('TEMPLATE_ROWS_SKIPPED', () => {
  it('names the unfilled template rows once, and they get no WEIGHT_MISSING', () => {
    const s = clone(mofProject());
    s.rows.splice(
      13,
      0,
      [null, null, null, '指标2：', null, null, null, null, null],
      [null, null, null, '……', null, null, null, null, null],
    );
    s.merges = s.merges.map((m) =>
      m === 'B12:B14' ? 'B12:B16' : m === 'A11:A16' ? 'A11:A18' : m === 'B17:F17' ? 'B19:F19' : m,
    );
    expect(cellsOf(s, 'TEMPLATE_ROWS_SKIPPED')).toEqual(['D14']);
    expect(messagesOf(s, 'TEMPLATE_ROWS_SKIPPED')[0]).toContain('D14、D15');
    expect(cellsOf(s, 'WEIGHT_MISSING')).toEqual([]);
  });
  it('treats a row of "/" in every column as a template row', () => {
    const s = clone(mofProject());
    s.rows.splice(13, 0, [null, null, null, '指标1：/', '/', '/', '/', '/', '/']);
    expect(cellsOf(s, 'WEIGHT_MISSING')).toEqual([]);
  });
  it('near miss: a filled 指标1：培训人次 row is an indicator, not a template row', () => {
    expect(cellsOf(clone(mofProject()), 'TEMPLATE_ROWS_SKIPPED')).toEqual([]);
    expect(cellsOf(set(clone(mofProject()), 'G12', null), 'WEIGHT_MISSING')).toEqual(['G12']);
  });
});
