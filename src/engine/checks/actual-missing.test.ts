import { cellsOf } from '../../../test/support/check';
import { clone, mofProject, set } from '../../../test/fixtures/specs';

describe('ACTUAL_MISSING', () => {
  it('reports a target with no 实际完成值', () => {
    expect(cellsOf(set(clone(mofProject()), 'F13', null), 'ACTUAL_MISSING')).toEqual(['F13']);
    expect(cellsOf(set(clone(mofProject()), 'F13', '—'), 'ACTUAL_MISSING')).toEqual(['F13']);
  });
  it('near miss: an actual of 0 is a value', () => {
    const s = set(set(clone(mofProject()), 'F13', 0), 'I13', '培训延期，明年补训');
    expect(cellsOf(s, 'ACTUAL_MISSING')).toEqual([]);
  });
});
