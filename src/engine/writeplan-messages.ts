/** What the write plan says, in Chinese and English: the written line of a note, reasons for held-back values. */
import type { WriteWhat } from './write-formats';

export const MSG = {
  zh: {
    written: (before: string, after: string) =>
      `原值 ${before} → 写入 ${after}（按评分规则计算；“撤销写回”或 selfeval restore 可还原）`,
    why: {
      score: '写入按评分规则计算的指标得分',
      rate: '写入执行率（全年执行数÷全年预算数）',
      budgetScore: '写入执行率得分（分值×执行率）',
      total: '写入总分（执行率得分＋各指标得分）',
    } as Record<WriteWhat, string>,
    kept: (formula: string, v: string) =>
      `单元格含公式“=${formula}”，未写入计算值${v}（如需覆盖公式，请选择“覆盖含公式的得分单元格”/ --overwrite-formulas）`,
    held: (v: string, reason: string) => `计算值 ${v} 未写入：${reason}`,
    sumWrong: (m: string) => `分值合计有误（${m}），得分与总分未写入；请先更正分值`,
    groupWrong: (name: string, m: string) => `“${name}”的分值与其标签不一致（${m}），其下指标得分未写入；请先更正分值`,
    groupTotal: (name: string, m: string) => `“${name}”的分值与其标签不一致（${m}），总分未写入；请先更正分值`,
    over: (t: string, full: string) => `计算总分${t}超过满分${full}分，未写入；请先核对各项分值`,
  },
  en: {
    written: (before: string, after: string) =>
      `Original ${before} → written ${after} (computed by the scoring rules; Undo write-back or selfeval restore restores it)`,
    why: {
      score: 'Wrote the indicator score computed by the scoring rules',
      rate: 'Wrote the execution rate (executed ÷ annual budget)',
      budgetScore: 'Wrote the execution-rate score (weight × rate)',
      total: 'Wrote the total (execution-rate score + indicator scores)',
    } as Record<WriteWhat, string>,
    kept: (formula: string, v: string) =>
      `The cell holds the formula "=${formula}"; the computed ${v} was not written (use --overwrite-formulas to replace formulas)`,
    held: (v: string, reason: string) => `Computed ${v} not written: ${reason}`,
    sumWrong: (m: string) =>
      `the weights do not add up (${m}); scores and the total were not written — correct 分值 first`,
    groupWrong: (name: string, m: string) =>
      `the weights under "${name}" contradict its label (${m}); its scores were not written — correct 分值 first`,
    groupTotal: (name: string, m: string) =>
      `the weights under "${name}" contradict its label (${m}); the total was not written — correct 分值 first`,
    over: (t: string, full: string) =>
      `the computed total ${t} exceeds the full score ${full}; not written — check the weights first`,
  },
};
