import { analyzeSheet } from '../engine';
import { mofProject, tableWithFinding, toGrid } from '../../test/fixtures/specs';
import { summarize } from './summary';

describe('quick-check summary', () => {
  it('counts and points at the first problem', () => {
    const a = analyzeSheet(toGrid(tableWithFinding()));
    expect(summarize([a], 'zh')).toEqual({
      text: '已检查 1 张表：错误 2 个，警告 0 个；已选中第一个问题单元格 H12。点击“校验”查看详情。',
      first: { sheet: '项目自评表', cell: 'H12' },
    });
  });
  it('says when all is well, and when there is no table', () => {
    expect(summarize([analyzeSheet(toGrid(mofProject()))], 'en').text).toBe('1 table(s) checked: no problems found.');
    expect(summarize([analyzeSheet({ name: 'x', rows: [], merges: [] })], 'zh').text).toBe(
      '本工作表中未发现绩效自评表。',
    );
  });
});
