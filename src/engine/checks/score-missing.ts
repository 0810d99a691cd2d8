import { RawFinding, TableCheck } from './types';
import { q } from './util';

export const scoreMissing: TableCheck = {
  meta: {
    code: 'SCORE_MISSING',
    severity: 'error',
    description: '有分值的指标或执行率行没有得分（或得分不是数字）',
    descriptionEn: 'An indicator with a weight, or the execution row, has no score',
    cell: '得分单元格',
    fixedByWriteBack: true,
  },
  scope: 'table',
  run({ table }) {
    const out: RawFinding[] = [];
    for (const ind of table.indicators) {
      if (!ind.scoreAt || ind.weight === null || !Number.isFinite(ind.weight)) continue;
      if (ind.score === null)
        out.push({
          at: ind.scoreAt,
          zh: `指标${q(ind.name)}有分值但没有得分`,
          en: `Indicator "${ind.name}" has no score`,
        });
      else if (!Number.isFinite(ind.score))
        out.push({
          at: ind.scoreAt,
          zh: `指标${q(ind.name)}的得分不是数字`,
          en: `Score of "${ind.name}" is not a number`,
        });
    }
    const b = table.budget;
    if (b && b.scoreAt) {
      if (b.score === null)
        out.push({ at: b.scoreAt, zh: '执行率得分未填写', en: 'The execution-rate score is missing' });
      else if (!Number.isFinite(b.score))
        out.push({ at: b.scoreAt, zh: '执行率得分不是数字', en: 'The execution-rate score is not a number' });
    }
    // A blank 总分 得分 is not reported: the catalogue defines this code for indicators and the 执行率 row, and
    // the total is recomputed (and written back) from them. docs/rules.md.
    return out;
  },
};
