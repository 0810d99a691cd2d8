import { checkTester } from '../../../test/support/check-tester';
import { departmentTable, mofProject } from '../../../test/fixtures/specs';
import { headerFieldMissing } from './header-field-missing';

checkTester.run(headerFieldMissing, {
  base: mofProject,
  valid: [{ name: 'every header field filled' }, { name: 'a department table filled in', spec: departmentTable }],
  invalid: [
    {
      name: 'a blank 实施单位, at its value cell',
      cells: { F3: null },
      findings: [{ cell: 'F3', messageId: 'blank', message: /“实施单位”未填写/ }],
    },
    {
      name: 'a blank 预算部门名称',
      spec: departmentTable,
      cells: { B2: '' },
      findings: [{ cell: 'B2', messageId: 'blank' }],
    },
  ],
});
