import { checkTester } from '../../../test/support/check-tester';
import { mofProject } from '../../../test/fixtures/specs';
import { layoutNotFound } from './layout-not-found';

checkTester.run(layoutNotFound, {
  base: mofProject,
  valid: [{ name: 'a sheet with a table' }],
  invalid: [
    {
      name: 'a sheet of notes, at A1',
      spec: () => ({
        name: '说明',
        rows: [['填表说明'], ['1. 金额单位为万元'], ['部门整体支出绩效评价基础数据表']],
        merges: [],
      }),
      findings: [{ cell: 'A1', messageId: 'none', message: /工作表“说明”/ }],
    },
    {
      name: 'an empty sheet',
      spec: () => ({ name: 'Sheet3', rows: [], merges: [] }),
      findings: [{ cell: 'A1', messageId: 'none' }],
    },
  ],
});
