import * as fs from 'fs';
import * as path from 'path';
import { CHECKS } from '.';

/** The codes of domain §5 — a public interface. */
const SPEC_CODES = [
  'LAYOUT_NOT_FOUND',
  'LAYOUT_INCOMPLETE',
  'HEADER_FIELD_MISSING',
  'BUDGET_VALUE_INVALID',
  'BUDGET_SOURCES_MISMATCH',
  'BUDGET_OVER_EXECUTED',
  'BUDGET_RATE_MISMATCH',
  'BUDGET_SCORE_MISMATCH',
  'BUDGET_RATE_LOW',
  'WEIGHT_MISSING',
  'ACTUAL_MISSING',
  'TARGET_UNPARSEABLE',
  'TARGET_OPERATOR_NONSTANDARD',
  'UNIT_MISMATCH',
  'ACTUAL_NOT_NUMERIC',
  'ACTUAL_COPIES_TARGET',
  'SCORE_MISSING',
  'SCORE_EXCEEDS_WEIGHT',
  'SCORE_MISMATCH',
  'QUALITATIVE_SCORE_OUT_OF_BAND',
  'DEVIATION_NOTE_MISSING',
  'DEVIATION_NOTE_SUGGESTED',
  'LEVEL1_WEIGHT_MISMATCH',
  'LEVEL1_WEIGHT_PROFILE',
  'WEIGHT_SUM_MISMATCH',
  'TOTAL_WEIGHT_MISMATCH',
  'TOTAL_MISMATCH',
  'TEMPLATE_TEXT_LEFT',
  'BUDGET_ADJUSTED_UNEXPLAINED',
  'COST_SAVING_RATE_MISMATCH',
];

function fileOf(code: string): string {
  return code
    .toLowerCase()
    .replace(/_/g, '-')
    .replace(/^level-1/, 'level1');
}

describe('check catalogue', () => {
  it('has a module for every domain §5 code, with the SPEC severity', () => {
    const codes = CHECKS.map((c) => c.meta.code);
    for (const code of SPEC_CODES) expect(codes).toContain(code);
    const spec = path.resolve(__dirname, '../../../../shared/SPEC.md');
    if (fs.existsSync(spec)) {
      const text = fs.readFileSync(spec, 'utf8');
      for (const c of CHECKS) {
        const m = new RegExp(`^\\| ${c.meta.code} \\| (error|warning|info) \\|`, 'm').exec(text);
        if (m) expect(`${c.meta.code}:${c.meta.severity}`).toBe(`${c.meta.code}:${m[1]}`);
        else expect(SPEC_CODES).not.toContain(c.meta.code); // an addition of ours
      }
    }
  });
  it('gives every check a table of cases beside it that runs that check alone', () => {
    for (const c of CHECKS) {
      const name = fileOf(c.meta.code);
      const file = path.join(__dirname, name + '.test.ts');
      expect(fs.existsSync(file) ? c.meta.code : `missing ${file}`).toBe(c.meta.code);
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- the module is found by its code at run time
      const mod = require(`./${name}`) as Record<string, unknown>;
      const exported = Object.keys(mod).find((k) => mod[k] === c);
      const text = fs.readFileSync(file, 'utf8');
      expect(`${c.meta.code}: ${text.includes(`checkTester.run(${exported},`)}`).toBe(`${c.meta.code}: true`);
      const siblings = [...text.matchAll(/from '\.\/([^']+)'/g)].map((m) => m[1]);
      expect(`${c.meta.code}: ${siblings.join(', ')}`).toBe(`${c.meta.code}: ${name}`);
    }
  });
  it('has unique codes and Chinese descriptions', () => {
    const codes = CHECKS.map((c) => c.meta.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of CHECKS) expect(c.meta.description).toMatch(/[\u4e00-\u9fff]/);
  });
});
