import { cellsOf } from '../../../test/support/check';
import { analyzeSheet } from '..';
import { clone, departmentTable, mofProject, set, toGrid } from '../../../test/fixtures/specs';

describe('BUDGET_SOURCES_MISMATCH', () => {
  it('reports the 年度资金总额 cell of the column that does not add up', () => {
    expect(cellsOf(set(clone(mofProject()), 'E7', 12), 'BUDGET_SOURCES_MISMATCH')).toEqual(['E5']);
  });
  it('computes 执行率 from the sources when the total row is blank', () => {
    const s = set(set(set(clone(mofProject()), 'C5', null), 'D5', null), 'E5', null);
    expect(cellsOf(s, 'BUDGET_SOURCES_MISMATCH')).toEqual(['C5', 'D5', 'E5']);
    const t = analyzeSheet(toGrid(s)).report.tables[0];
    expect(t.budget?.rate).toBeCloseTo(0.95, 10);
  });
  it("reports a department's income split that does not add up to 全年预算数", () => {
    expect(cellsOf(set(clone(departmentTable()), 'C6', 1250), 'BUDGET_SOURCES_MISMATCH')).toEqual(['D4']);
  });
  it("reports a department's expense split that does not add up to 全年执行数", () => {
    expect(cellsOf(set(clone(departmentTable()), 'G8', 280), 'BUDGET_SOURCES_MISMATCH')).toEqual(['E4']);
  });
  it('near miss: sums equal in decimal (0.1 + 0.2 = 0.3), and sources left blank', () => {
    const s = clone(mofProject());
    set(s, 'E5', 0.3);
    set(s, 'E6', 0.1);
    set(s, 'E7', 0.2);
    expect(cellsOf(s, 'BUDGET_SOURCES_MISMATCH')).toEqual([]);
    const blank = clone(mofProject());
    for (const a of ['C6', 'D6', 'E6', 'C7', 'D7', 'E7', 'C8', 'D8', 'E8']) set(blank, a, null);
    expect(cellsOf(blank, 'BUDGET_SOURCES_MISMATCH')).toEqual([]);
    expect(cellsOf(departmentTable(), 'BUDGET_SOURCES_MISMATCH')).toEqual([]);
  });
});
