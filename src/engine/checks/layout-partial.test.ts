import { checkTester } from '../../../test/support/check-tester';
import { blockWeightedForm } from '../../../test/fixtures/specs';
import { layoutPartial } from './layout-partial';

checkTester.run(layoutPartial, {
  base: () => blockWeightedForm(true),
  valid: [{ name: 'with a 分值 column nothing is partial' }],
  invalid: [
    {
      name: 'a form without a 分值 column says once that it is checked by block totals',
      spec: () => blockWeightedForm(),
      findings: [{ cell: 'B5', messageId: 'blockWeights' }],
    },
  ],
});
