/** Renders the check catalogue (docs/checks.md) from the checks' own metadata, so docs cannot drift. */
import { CHECKS } from './index';

const SEV = { error: 'error 错误', warning: 'warning 警告', info: 'info 提示' } as const;

export function checksMarkdown(): string {
  const lines = [
    '# 检查项目录 / Check catalogue',
    '',
    '<!-- Generated from src/engine/checks/*.ts by `npm run docs`; a test fails when this file is stale. -->',
    '',
    'Codes are a public interface (domain §5): they never change meaning. Each check is one module in',
    '`src/engine/checks/` with its metadata and messages, and beside it a table of cases that run that check alone: valid',
    'ones it must not report and invalid ones it must (`test/support/check-tester.ts`, after ESLint’s RuleTester).',
    '',
    '`messageId` names which of a check’s messages a finding carries (in the JSON report too).',
    '',
    '| 代码 code | 级别 severity | 检查内容 | 指向单元格 cell | English | messageId |',
    '|---|---|---|---|---|---|',
  ];
  for (const c of CHECKS) {
    const m = c.meta;
    lines.push(
      `| \`${m.code}\` | ${SEV[m.severity]} | ${m.description.replace(/\|/g, '\\|')} | ${m.cell} | ${m.descriptionEn.replace(/\|/g, '\\|')} | ${Object.keys(
        m.messages,
      )
        .map((id) => `\`${id}\``)
        .join(' ')} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}
