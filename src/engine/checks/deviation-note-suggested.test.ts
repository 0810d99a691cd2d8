import { cellsOf } from '../../../test/support/check';
import { clone, mofProject, set } from '../../../test/fixtures/specs';

describe('DEVIATION_NOTE_SUGGESTED', () => {
  it('reports over-completion of 120% or more of a positive target', () => {
    expect(cellsOf(set(clone(mofProject()), 'F12', '600人次'), 'DEVIATION_NOTE_SUGGESTED')).toEqual(['I12']);
  });
  it('reports a negative target beaten by the factor', () => {
    const s = set(set(set(clone(mofProject()), 'E13', '≤12天'), 'F13', '10天'), 'H13', 15);
    expect(cellsOf(s, 'DEVIATION_NOTE_SUGGESTED')).toEqual(['I13']);
  });
  it('uses the profile threshold (guangxi 1.3)', () => {
    expect(cellsOf(set(clone(mofProject()), 'F12', '600人次'), 'DEVIATION_NOTE_SUGGESTED', 'guangxi')).toEqual([]);
  });
  it('near miss: 119% of the target, or a note is present', () => {
    expect(cellsOf(set(clone(mofProject()), 'F12', '595人次'), 'DEVIATION_NOTE_SUGGESTED')).toEqual([]);
    expect(
      cellsOf(set(set(clone(mofProject()), 'F12', '600人次'), 'I12', '新增两期培训班'), 'DEVIATION_NOTE_SUGGESTED'),
    ).toEqual([]);
  });
});
