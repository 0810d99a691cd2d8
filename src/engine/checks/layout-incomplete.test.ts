import { checkTester } from '../../../test/support/check-tester';
import { clone, mofProject, mofWithoutIndicators } from '../../../test/fixtures/specs';
import { layoutIncomplete } from './layout-incomplete';

function withoutTotalRow() {
  const s = clone(mofProject());
  s.rows[16] = [];
  return s;
}

checkTester.run(layoutIncomplete, {
  base: mofProject,
  valid: [
    { name: 'a complete table' },
    { name: 'labels written with spaces', cells: { A2: '项 目 名 称', H11: '得 分' } },
  ],
  invalid: [
    {
      name: 'an indicator block without its 得分 column, at the first label',
      cells: { H11: '备注' },
      findings: [{ cell: 'A2', messageId: 'missing' }],
    },
    {
      name: 'an indicator header with no indicator under it',
      spec: () => mofWithoutIndicators('none'),
      findings: [{ cell: 'A2', messageId: 'missing', message: /未找到：绩效指标（表头下未填写任何指标）。/ }],
    },
    {
      name: "an indicator header with only the template's unfilled rows under it",
      spec: () => mofWithoutIndicators('template'),
      findings: [{ cell: 'A2', messageId: 'missing', message: /绩效指标（表头下未填写任何指标）/ }],
    },
    {
      name: 'a project table without a 总分 row',
      spec: withoutTotalRow,
      findings: [{ cell: 'A2', messageId: 'missing', message: /总分/ }],
    },
  ],
});
