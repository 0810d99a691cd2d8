import { cellsOf } from '../../../test/support/check';
import { clone, departmentTable, mofProject, set } from '../../../test/fixtures/specs';

describe('HEADER_FIELD_MISSING', () => {
  it('reports a blank 实施单位 at its value cell', () => {
    expect(cellsOf(set(clone(mofProject()), 'F3', null), 'HEADER_FIELD_MISSING')).toEqual(['F3']);
  });
  it('reports a blank 预算部门名称', () => {
    expect(cellsOf(set(clone(departmentTable()), 'B2', ''), 'HEADER_FIELD_MISSING')).toEqual(['B2']);
  });
  it('near miss: all header fields filled', () => {
    expect(cellsOf(mofProject(), 'HEADER_FIELD_MISSING')).toEqual([]);
  });
});
