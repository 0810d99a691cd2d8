import { cellsOf, findings } from '../../../test/support/check';
import { clone, mofProject, set } from '../../../test/fixtures/specs';

describe('ACTUAL_COPIES_TARGET', () => {
  it('reports an actual that repeats the target with its operator, and scores its number', () => {
    const s = set(clone(mofProject()), 'F13', '≥90%');
    expect(cellsOf(s, 'ACTUAL_COPIES_TARGET')).toEqual(['F13']);
    expect(findings(s).filter((f) => f.code === 'SCORE_MISMATCH')).toEqual([]);
  });
  it('near miss: the measured value without operator, or an operator with another value', () => {
    expect(cellsOf(set(clone(mofProject()), 'F13', '90%'), 'ACTUAL_COPIES_TARGET')).toEqual([]);
    expect(cellsOf(set(clone(mofProject()), 'F13', '≥95%'), 'ACTUAL_COPIES_TARGET')).toEqual([]);
  });
});
