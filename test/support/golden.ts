import { SheetReport } from '../../src/engine';

/** A report reduced to what the golden file pins: per table, each finding as CODE@CELL, plus totals. */
export function goldenOf(sheets: SheetReport[]): unknown {
  return sheets.map((s) => ({
    sheet: s.name,
    findings: s.findings.map((f) => `${f.code}@${f.cell}`),
    tables: s.tables.map((t) => ({
      title: t.title,
      range: t.range,
      total: t.total,
      findings: t.findings.map((f) => `${f.code}@${f.cell}`),
    })),
  }));
}
