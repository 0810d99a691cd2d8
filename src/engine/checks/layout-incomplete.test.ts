import { checkTester } from '../../../test/support/check-tester';
import { clone, mofProject } from '../../../test/fixtures/specs';
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
      name: 'a project table without a 总分 row',
      spec: withoutTotalRow,
      findings: [{ cell: 'A2', messageId: 'missing', message: /总分/ }],
    },
  ],
});
