import { cellsOf } from '../../../test/support/check';
import { mofProject } from '../../../test/fixtures/specs';

describe('LAYOUT_NOT_FOUND', () => {
  it('reports a sheet with no table at A1', () => {
    const notes = {
      name: '说明',
      rows: [['填表说明'], ['1. 金额单位为万元'], ['部门整体支出绩效评价基础数据表']],
      merges: [],
    };
    expect(cellsOf(notes, 'LAYOUT_NOT_FOUND')).toEqual(['A1']);
  });
  it('reports an empty sheet', () => {
    expect(cellsOf({ name: 'Sheet3', rows: [], merges: [] }, 'LAYOUT_NOT_FOUND')).toEqual(['A1']);
  });
  it('near miss: a sheet with a table', () => {
    expect(cellsOf(mofProject(), 'LAYOUT_NOT_FOUND')).toEqual([]);
  });
});
