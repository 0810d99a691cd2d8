import { cellsOf } from '../../../test/support/check';
import { clone, mofProject, set } from '../../../test/fixtures/specs';

describe('UNIT_MISMATCH', () => {
  it('reports different units', () => {
    expect(cellsOf(set(clone(mofProject()), 'F12', '520人'), 'UNIT_MISMATCH')).toEqual(['F12']);
  });
  it('reports a completion rate below 100% against a target in another unit', () => {
    const s = set(set(set(clone(mofProject()), 'F12', '90%'), 'H12', 18), 'I12', '部分学员延期');
    expect(cellsOf(s, 'UNIT_MISMATCH')).toEqual(['F12']);
  });
  it('near miss: units that differ only by 万 are converted (0.052万人次 = 520人次)', () => {
    expect(cellsOf(set(clone(mofProject()), 'F12', '0.052万人次'), 'UNIT_MISMATCH')).toEqual([]);
    expect(cellsOf(set(clone(mofProject()), 'F12', '0.052万人次'), 'SCORE_MISMATCH')).toEqual([]);
    expect(cellsOf(set(clone(mofProject()), 'F12', '0.045万人次'), 'SCORE_MISMATCH')).toEqual(['H12']);
  });
  it('near miss: an actual without unit takes the target unit; 100% completion against another unit', () => {
    expect(cellsOf(set(clone(mofProject()), 'F12', 520), 'UNIT_MISMATCH')).toEqual([]);
    expect(cellsOf(set(clone(mofProject()), 'F12', '100%'), 'UNIT_MISMATCH')).toEqual([]);
  });
});
