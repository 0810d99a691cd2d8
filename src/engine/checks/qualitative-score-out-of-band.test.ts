import { cellsOf } from '../../../test/support/check';
import { clone, departmentTable, set } from '../../../test/fixtures/specs';

describe('QUALITATIVE_SCORE_OUT_OF_BAND', () => {
  it('reports a 部分达成 actual scored in the 达成 band', () => {
    const s = set(set(clone(departmentTable()), 'F16', '基本达成'), 'H16', 27);
    expect(cellsOf(s, 'QUALITATIVE_SCORE_OUT_OF_BAND')).toEqual(['H16']);
  });
  it('reports a 未达成 actual scored 60% or more', () => {
    const s = set(set(clone(departmentTable()), 'F16', '未明显提升'), 'H16', 18);
    expect(cellsOf(s, 'QUALITATIVE_SCORE_OUT_OF_BAND')).toEqual(['H16']);
  });
  it('near miss: band edges (达成 at 80%, 部分达成 just under 80%)', () => {
    expect(cellsOf(set(clone(departmentTable()), 'H16', 24), 'QUALITATIVE_SCORE_OUT_OF_BAND')).toEqual([]);
    const s = set(set(clone(departmentTable()), 'F16', '基本达成'), 'H16', 23.9);
    expect(cellsOf(s, 'QUALITATIVE_SCORE_OUT_OF_BAND')).toEqual([]);
    expect(cellsOf(set(s, 'H16', 18), 'QUALITATIVE_SCORE_OUT_OF_BAND')).toEqual([]);
  });
});
