import { msg, tableCheck } from './types';
import { q } from './util';

const messages = {
  unreadable: msg<{ target: string }>(
    (d) => `年度指标值${q(d.target)}无法识别，请写成“≥500人次”“≤5%”“=100%”或定性文字，得分需人工核定`,
    (d) => `Target "${d.target}" cannot be read`,
  ),
};

export const targetUnparseable = tableCheck({
  meta: {
    code: 'TARGET_UNPARSEABLE',
    severity: 'warning',
    description: '年度指标值看似定量（含数字或比较符号），却无法读出一个“符号+数值+单位”',
    descriptionEn: 'A target looks quantitative but cannot be read',
    cell: '年度指标值单元格',
    messages,
  },
  run({ table }) {
    return table.indicators
      .filter((ind) => ind.target.type === 'unparseable')
      .map((ind) => ({
        at: ind.targetAt,
        messageId: 'unreadable' as const,
        data: { target: ind.target.raw },
      }));
  },
});
