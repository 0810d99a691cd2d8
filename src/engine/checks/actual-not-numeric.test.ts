import { cellsOf } from '../../../test/support/check';
import { clone, mofProject, set } from '../../../test/fixtures/specs';

describe('ACTUAL_NOT_NUMERIC', () => {
  it('reports 完成 / 达标 against a quantitative target', () => {
    expect(cellsOf(set(clone(mofProject()), 'F13', '达标'), 'ACTUAL_NOT_NUMERIC')).toEqual(['F13']);
    expect(cellsOf(set(clone(mofProject()), 'F12', '已完成'), 'ACTUAL_NOT_NUMERIC')).toEqual(['F12']);
  });
  it('reports an error value', () => {
    expect(cellsOf(set(clone(mofProject()), 'F13', '#DIV/0!'), 'ACTUAL_NOT_NUMERIC')).toEqual(['F13']);
  });
  it('near miss: text against a qualitative target', () => {
    const s = set(set(clone(mofProject()), 'E13', '合格'), 'F13', '达标');
    expect(cellsOf(s, 'ACTUAL_NOT_NUMERIC')).toEqual([]);
  });
});
