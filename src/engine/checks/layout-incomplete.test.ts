import { cellsOf } from '../../../test/support/check';
import { clone, mofProject, set } from '../../../test/fixtures/specs';

describe('LAYOUT_INCOMPLETE', () => {
  it('reports a table whose indicator block lacks the 得分 column, at the first label', () => {
    const s = set(clone(mofProject()), 'H11', '备注');
    expect(cellsOf(s, 'LAYOUT_INCOMPLETE')).toEqual(['A2']);
  });
  it('reports a project table without a 总分 row', () => {
    const s = clone(mofProject());
    s.rows[16] = [];
    expect(cellsOf(s, 'LAYOUT_INCOMPLETE')).toEqual(['A2']);
  });
  it('near miss: a complete table, and labels written with spaces and full-width brackets', () => {
    const s = set(set(clone(mofProject()), 'A2', '项 目 名 称'), 'H11', '得 分');
    expect(cellsOf(mofProject(), 'LAYOUT_INCOMPLETE')).toEqual([]);
    expect(cellsOf(s, 'LAYOUT_INCOMPLETE')).toEqual([]);
  });
});
