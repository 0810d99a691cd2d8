/** Run every check on a spec and look for a code at a cell (each check's own cases use check-tester.ts). */
import { analyzeSheet, Finding, findingsOfSheet } from '../../src/engine';
import { SheetSpec, toGrid } from '../fixtures/specs';

export function findings(spec: SheetSpec, profile?: string): Finding[] {
  return findingsOfSheet(analyzeSheet(toGrid(spec), { profile }).report);
}

/** The cells at which `code` was reported. */
export function cellsOf(spec: SheetSpec, code: string, profile?: string): string[] {
  return findings(spec, profile)
    .filter((f) => f.code === code)
    .map((f) => f.cell);
}
