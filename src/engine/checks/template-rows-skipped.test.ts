import { checkTester } from '../../../test/support/check-tester';
import { mofProject, mofWithTemplateRows } from '../../../test/fixtures/specs';
import { templateRowsSkipped } from './template-rows-skipped';

checkTester.run(templateRowsSkipped, {
  base: mofProject,
  valid: [{ name: 'a filled 指标1：培训人次 row is an indicator, not a template row' }],
  invalid: [
    {
      name: 'the unfilled template rows, named once',
      spec: mofWithTemplateRows,
      findings: [{ cell: 'D14', messageId: 'skipped', message: /D14、D15/ }],
    },
  ],
});
