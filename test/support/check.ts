/** Run every check on a spec and look for a code at a cell (each check's own cases use check-tester.ts). */
import { analyzeSheet, Finding } from '../../src/engine';
import { SheetSpec, toGrid } from '../fixtures/specs';

export function findings(spec: SheetSpec, profile?: string): Finding[] {
  const a = analyzeSheet(toGrid(spec), { profile });
  return [...a.report.findings, ...a.report.tables.flatMap((t) => t.findings)];
}

/** The cells at which `code` was reported. */
export function cellsOf(spec: SheetSpec, code: string, profile?: string): string[] {
  return findings(spec, profile)
    .filter((f) => f.code === code)
    .map((f) => f.cell);
}
