import { cellsOf } from '../../../test/support/check';
import { clone, mofProject, set } from '../../../test/fixtures/specs';

describe('WEIGHT_MISSING', () => {
  it('reports an indicator without 分值', () => {
    expect(cellsOf(set(clone(mofProject()), 'G13', null), 'WEIGHT_MISSING')).toEqual(['G13']);
  });
  it('reports a 分值 that is not a number', () => {
    expect(cellsOf(set(clone(mofProject()), 'G13', '十五'), 'WEIGHT_MISSING')).toEqual(['G13']);
  });
  it('near miss: "15分" is a weight of 15', () => {
    expect(cellsOf(set(clone(mofProject()), 'G13', '15分'), 'WEIGHT_MISSING')).toEqual([]);
  });
});
