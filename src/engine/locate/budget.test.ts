import { GridView } from '../grid';
import { SheetSpec, toGrid } from '../../../test/fixtures/specs';
import { indexLabels } from './labels';
import { readBudget } from './budget';

function budget(rows: SheetSpec['rows'], merges: string[] = []) {
  const view = new GridView(toGrid({ name: 't', rows, merges }));
  indexLabels(view, () => undefined);
  return readBudget(view, { kind: 'project' }, 0, 0, 8, rows.length - 1);
}

describe('budget block', () => {
  it('reads the older provincial form: 预算数(A), 执行数(B), 执行率(B/A), 年度财政资金总额, weight in the labels', () => {
    const b = budget(
      [
        ['预算执行情况(万元)(20分)', null, '预算数(A)', '执行数(B)', '执行率(B/A)', '得分(20分*执行率)'],
        ['年度财政资金总额', null, 10, 10, '100%', 20],
      ],
      ['A1:B1', 'A2:B2'],
    );
    expect(b.cols).toMatchObject({ annual: 2, executed: 3, rate: 4, score: 5 });
    expect(b.total?.label).toBe('年度财政资金总额');
    expect(b.labelWeight).toBe(20);
  });
  it('takes the weight from the 得分 header when the block label has none', () => {
    const b = budget([
      ['资金投入', null, '预算数', '执行数', '执行率', '得分(20分*执行率)'],
      [null, '年度资金总额', 10, 9, '90%', 18],
    ]);
    expect(b.labelWeight).toBe(20);
  });
  it('near miss: a 10-point MOF block without label weights has none', () => {
    const b = budget([
      ['项目资金（万元）', null, '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      [null, '年度资金总额', 10, 10, 9, 10, '90%', 9],
    ]);
    expect(b.labelWeight).toBeNull();
    expect(b.weight).toEqual({ kind: 'number', value: 10 });
  });
});
