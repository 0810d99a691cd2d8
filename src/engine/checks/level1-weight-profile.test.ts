import { checkTester } from '../../../test/support/check-tester';
import { hunanProject, mofProject } from '../../../test/fixtures/specs';
import { level1WeightProfile } from './level1-weight-profile';

/** The Hunan table with its 一级指标 labels stripped of their weights. */
const unlabelled = { B13: '成本指标', B16: '产出指标', B18: '效益指标', B21: '满意度指标' };

checkTester.run(level1WeightProfile, {
  base: mofProject,
  valid: [
    { name: 'a MOF table with the default weights' },
    { name: 'weights written in the labels override the default', spec: hunanProject, profile: 'mof2020' },
    {
      name: 'unlabelled Hunan weights under the Hunan profile',
      spec: hunanProject,
      cells: unlabelled,
      profile: 'hunan',
    },
  ],
  invalid: [
    {
      name: 'unlabelled Hunan weights under mof2020',
      spec: hunanProject,
      cells: unlabelled,
      profile: 'mof2020',
      findings: [
        { cell: 'B16', messageId: 'differs' },
        { cell: 'B18', messageId: 'differs' },
      ],
    },
    {
      name: 'a MOF table whose 产出 weights moved to 效益',
      cells: { G12: 10, H12: 10, G15: 40, H15: 40 },
      findings: [
        { cell: 'B12', messageId: 'differs' },
        { cell: 'B15', messageId: 'differs' },
      ],
    },
  ],
});
