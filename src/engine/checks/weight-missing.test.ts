import { checkTester } from '../../../test/support/check-tester';
import { clone, mofProject, mofWithTemplateRows } from '../../../test/fixtures/specs';
import { weightMissing } from './weight-missing';

/** A template row of "/" in every column. */
function slashRow() {
  const s = clone(mofProject());
  s.rows.splice(13, 0, [null, null, null, '指标1：/', '/', '/', '/', '/', '/']);
  return s;
}

checkTester.run(weightMissing, {
  base: mofProject,
  valid: [
    { name: '"15分" is a weight of 15', cells: { G13: '15分' } },
    { name: 'unfilled template rows are not indicators', spec: mofWithTemplateRows },
    { name: 'a row of "/" in every column is a template row', spec: slashRow },
  ],
  invalid: [
    { name: 'an indicator without 分值', cells: { G12: null }, findings: [{ cell: 'G12', messageId: 'missing' }] },
    {
      name: 'a 分值 that is not a number',
      cells: { G13: '十五' },
      findings: [{ cell: 'G13', messageId: 'notNumber' }],
    },
  ],
});
