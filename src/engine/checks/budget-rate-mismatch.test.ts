import { checkTester } from '../../../test/support/check-tester';
import { SpecCell, mofProject, pct } from '../../../test/fixtures/specs';
import { budgetRateMismatch } from './budget-rate-mismatch';

/** 206.9 ÷ 240 = 86.2083%: a rate the table may show to fewer decimals. */
const executed2069 = { E5: 206.9 };
const shownAs = (v: number, numFmt: string): SpecCell => ({ value: { t: 'number', v }, numFmt });

checkTester.run(budgetRateMismatch, {
  base: mofProject,
  valid: [
    { name: 'a blank rate has nothing to compare (the write-back fills it)', cells: { G5: null } },
    { name: 'the same rate as text', cells: { G5: '95.00%' } },
    { name: 'the same rate in percentage points', cells: { G5: 95 } },
    { name: 'within 0.00005', cells: { G5: pct(0.95004) } },
    { name: '86% as text for 86.2083%', cells: { ...executed2069, G5: '86%' } },
    { name: '0.86 shown as 0% for 86.2083%', cells: { ...executed2069, G5: shownAs(0.86, '0%') } },
    { name: '86.21% shown to two decimals for 86.2083%', cells: { ...executed2069, G5: pct(0.8621) } },
    { name: '86.2 percentage points for 86.2083%', cells: { ...executed2069, G5: 86.2 } },
  ],
  invalid: [
    {
      name: 'a rate computed on 年初预算数 says so',
      cells: { G5: pct(1.14) },
      findings: [{ cell: 'G5', messageId: 'differs', message: /用了年初预算数作分母/ }],
    },
    {
      name: 'a wrong rate as text, without the 年初 hint',
      cells: { G5: '90%' },
      findings: [{ cell: 'G5', messageId: 'differs', message: /^(?!.*年初).*90%.*95%/ }],
    },
    {
      name: 'a rate that is not a percentage',
      cells: { G5: '九成五' },
      findings: [{ cell: 'G5', messageId: 'notPercent', en: /not a percentage/ }],
    },
    { name: '0.00006 off', cells: { G5: pct(0.95006) }, findings: [{ cell: 'G5', messageId: 'differs' }] },
    {
      name: '87% as text for 86.2083%',
      cells: { ...executed2069, G5: '87%' },
      findings: [{ cell: 'G5', messageId: 'differs' }],
    },
    {
      name: '86.20% shown to two decimals for 86.2083%',
      cells: { ...executed2069, G5: pct(0.862) },
      findings: [{ cell: 'G5', messageId: 'differs' }],
    },
    {
      name: '86.3 percentage points for 86.2083%',
      cells: { ...executed2069, G5: 86.3 },
      findings: [{ cell: 'G5', messageId: 'differs' }],
    },
  ],
});
