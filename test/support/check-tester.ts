/**
 * Check tests as tables, after ESLint's RuleTester: a base sheet, the cells each case changes, and what the check
 * under test must report — nothing for a valid case, exactly these cells and message ids for an invalid one. Only
 * the check under test runs, so a case says nothing about any other check.
 */
import { analyzeSheet, Check, Finding, Lang, findingsOfSheet } from '../../src/engine';
import { SheetSpec, SpecCell, clone, set, toGrid } from '../fixtures/specs';

export interface CheckCase {
  name: string;
  /** Cells to set on a copy of the base sheet, by A1 address. */
  cells?: Record<string, SpecCell>;
  /** A whole sheet instead of the base (built fresh for the case; `cells` then apply to it). */
  spec?: () => SheetSpec;
  /** Profile to score with; the table's own choice when absent. */
  profile?: string;
}

export interface ExpectedFinding {
  cell: string;
  messageId: string;
  /** What the Chinese message must say, where the wording is the point of the case. */
  message?: RegExp;
  /** The same for the English message. */
  en?: RegExp;
}

export interface InvalidCase extends CheckCase {
  findings: ExpectedFinding[];
}

export interface CheckTable {
  base: () => SheetSpec;
  profile?: string;
  valid: CheckCase[];
  invalid: InvalidCase[];
}

function sheetOf(table: CheckTable, c: CheckCase): SheetSpec {
  const s = c.spec ? c.spec() : clone(table.base());
  for (const [a1, v] of Object.entries(c.cells ?? {})) set(s, a1, v);
  return s;
}

/** What `check` alone reports on `spec`, sheet findings first, then each table's in cell order. */
export function runCheck(check: Check, spec: SheetSpec, profile?: string, lang: Lang = 'zh'): Finding[] {
  return findingsOfSheet(analyzeSheet(toGrid(spec), { profile, lang, checks: [check] }).report);
}

const key = (f: { cell: string; messageId?: string }): string => `${f.cell} ${f.messageId}`;
/** Words a message must never show: a value that was not there. */
const BROKEN = /undefined|NaN|\[object |null/;

export const checkTester = {
  run(check: Check, table: CheckTable): void {
    describe(check.meta.code, () => {
      it('has a case that triggers it and a near miss that must not', () => {
        expect(table.invalid.length).toBeGreaterThan(0);
        expect(table.valid.length).toBeGreaterThan(0);
      });
      describe('valid', () => {
        for (const c of table.valid)
          it(c.name, () => {
            expect(runCheck(check, sheetOf(table, c), c.profile ?? table.profile).map(key)).toEqual([]);
          });
      });
      describe('invalid', () => {
        for (const c of table.invalid)
          it(c.name, () => {
            const spec = sheetOf(table, c);
            const profile = c.profile ?? table.profile;
            const zh = runCheck(check, spec, profile, 'zh');
            const en = runCheck(check, spec, profile, 'en');
            expect(zh.map(key).sort()).toEqual(c.findings.map(key).sort());
            expect(en.map(key)).toEqual(zh.map(key));
            for (const f of [...zh, ...en]) expect(f.message).not.toMatch(BROKEN);
            for (const e of c.findings) {
              const at = zh.findIndex((f) => key(f) === key(e));
              if (e.message) expect(zh[at].message).toMatch(e.message);
              if (e.en) expect(en[at].message).toMatch(e.en);
            }
          });
      });
    });
  },
};
