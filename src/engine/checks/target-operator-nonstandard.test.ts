import { cellsOf, findings } from '../../../test/support/check';
import { clone, mofProject, set } from '../../../test/fixtures/specs';

describe('TARGET_OPERATOR_NONSTANDARD', () => {
  it('reports 》 read as >', () => {
    const s = set(clone(mofProject()), 'E13', '》90%');
    expect(cellsOf(s, 'TARGET_OPERATOR_NONSTANDARD')).toEqual(['E13']);
    // read as ">90%": 95% meets it, so no score finding
    expect(findings(s).filter((f) => f.severity === 'error')).toEqual([]);
  });
  it('near miss: full-width ＞＝ and ﹦ are standard', () => {
    expect(cellsOf(set(clone(mofProject()), 'E13', '＞＝90%'), 'TARGET_OPERATOR_NONSTANDARD')).toEqual([]);
    expect(cellsOf(set(clone(mofProject()), 'E14', '﹦100%'), 'TARGET_OPERATOR_NONSTANDARD')).toEqual([]);
  });
});
