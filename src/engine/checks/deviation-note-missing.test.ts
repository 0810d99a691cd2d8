import { cellsOf, messagesOf } from '../../../test/support/check';
import { clone, mofProject, set } from '../../../test/fixtures/specs';

function shortfall() {
  return set(set(clone(mofProject()), 'F12', '450人次'), 'H12', 18);
}

describe('DEVIATION_NOTE_MISSING', () => {
  it('reports a shortfall with a blank note, at the note cell', () => {
    expect(cellsOf(shortfall(), 'DEVIATION_NOTE_MISSING')).toEqual(['I12']);
  });
  it('treats placeholders (无, /, —, 略) and template text as blank', () => {
    for (const n of ['无', '/', '—', '略', '对照年度目标，说明未完成原因'])
      expect(cellsOf(set(shortfall(), 'I12', n), 'DEVIATION_NOTE_MISSING')).toEqual(['I12']);
  });
  it('reports a score below 分值 even when the indicator is marked achieved', () => {
    expect(cellsOf(set(clone(mofProject()), 'H13', 14), 'DEVIATION_NOTE_MISSING')).toEqual(['I13']);
  });
  it('says a met target lost points, never that it fell short', () => {
    const [m] = messagesOf(set(clone(mofProject()), 'H13', 14), 'DEVIATION_NOTE_MISSING');
    expect(m).toContain('已达成目标');
    expect(m).toContain('得分14低于分值15');
    expect(m).not.toContain('未完全达成');
    expect(messagesOf(shortfall(), 'DEVIATION_NOTE_MISSING')[0]).toContain('未完全达成');
  });
  it('near miss: a real note, or an achieved indicator', () => {
    expect(
      cellsOf(set(shortfall(), 'I12', '受疫情影响部分培训延期，已列入下年计划'), 'DEVIATION_NOTE_MISSING'),
    ).toEqual([]);
    expect(cellsOf(mofProject(), 'DEVIATION_NOTE_MISSING')).toEqual([]);
  });
});
