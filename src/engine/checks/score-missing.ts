import { FindingOf, msg, tableCheck } from './types';
import { q } from './util';

const messages = {
  missing: msg<{ name: string }>(
    (d) => `指标${q(d.name)}有分值但没有得分`,
    (d) => `Indicator "${d.name}" has no score`,
  ),
  notNumber: msg<{ name: string }>(
    (d) => `指标${q(d.name)}的得分不是数字`,
    (d) => `Score of "${d.name}" is not a number`,
  ),
  budgetMissing: msg<Record<string, never>>(
    () => '执行率得分未填写',
    () => 'The execution-rate score is missing',
  ),
  budgetNotNumber: msg<Record<string, never>>(
    () => '执行率得分不是数字',
    () => 'The execution-rate score is not a number',
  ),
};

export const scoreMissing = tableCheck({
  meta: {
    code: 'SCORE_MISSING',
    severity: 'error',
    description: '有分值的指标或执行率行没有得分（或得分不是数字）',
    descriptionEn: 'An indicator with a weight, or the execution row, has no score',
    cell: '得分单元格',
    fixedByWriteBack: true,
    messages,
  },
  run({ table }) {
    const out: Array<FindingOf<typeof messages>> = [];
    for (const ind of table.indicators) {
      if (!ind.scoreAt || ind.weight.kind !== 'number' || ind.score.kind === 'number') continue;
      out.push({
        at: ind.scoreAt,
        messageId: ind.score.kind === 'empty' ? 'missing' : 'notNumber',
        data: { name: ind.name },
      });
    }
    const b = table.budget;
    if (b && b.scoreAt && b.score.kind !== 'number')
      out.push({ at: b.scoreAt, messageId: b.score.kind === 'empty' ? 'budgetMissing' : 'budgetNotNumber', data: {} });
    // A blank 总分 得分 is not reported: the catalogue defines this code for indicators and the 执行率 row, and
    // the total is recomputed (and written back) from them. docs/rules.md.
    return out;
  },
});
