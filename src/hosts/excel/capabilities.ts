/**
 * What this Excel supports, from Office.context.requirements.isSetSupported. The manifest asks for ExcelApi 1.9
 * (see docs/addin.md); newer sets add notes (1.18) and merged areas (1.13), older ones degrade.
 */
export interface Capabilities {
  /** ExcelApi 1.13: Range.getMergedAreasOrNullObject. Without it, merged areas are not known (labels still are). */
  mergedAreas: boolean;
  /** ExcelApi 1.18: notes (Worksheet.notes). */
  notes: boolean;
  /** ExcelApi 1.10: threaded comments, used for explanations where notes are missing. */
  comments: boolean;
  /** ExcelApi 1.9: RangeFill.pattern and tintAndShade, to tell "no fill" from a white fill (office-js issue 4900). */
  fillPattern: boolean;
  /** ExcelApi 1.6: Application.suspendApiCalculationUntilNextSync. */
  suspendCalc: boolean;
  /** ExcelApi 1.9: Worksheet.pageLayout (the 校验结果 sheet printed landscape, one page wide). */
  pageLayout?: boolean;
  /** ExcelApi 1.9: Range.getSpecialCellsOrNullObject (only the rows that hold labels are read). */
  specialCells?: boolean;
  /** ExcelApi 1.7: Workbook.protection (structure protection refuses adding and deleting sheets). */
  workbookProtection?: boolean;
}

export function capabilities(isSetSupported: (name: string, version: string) => boolean): Capabilities {
  const s = (v: string) => {
    try {
      return isSetSupported('ExcelApi', v);
    } catch {
      return false;
    }
  };
  return {
    mergedAreas: s('1.13'),
    notes: s('1.18'),
    comments: s('1.10'),
    fillPattern: s('1.9'),
    suspendCalc: s('1.6'),
    pageLayout: s('1.9'),
    specialCells: s('1.9'),
    workbookProtection: s('1.7'),
  };
}

/** Where Excel runs: Excel on the web answers at most 5 MB a request (resource limits, see docs/addin.md). */
export type Platform = 'desktop' | 'web';

/** How much one sync may read or write. */
export interface Limits {
  /** Cells read per sync (four properties each); halved on a size error. */
  cellsPerRead: number;
  /** Cell operations written per sync. */
  cellsPerSync: number;
}

/**
 * A range is limited to 5,000,000 cells for read operations everywhere; Excel on the web also limits each request
 * and response to 5 MB (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * Four properties of an empty cell take about 25 bytes of JSON, a filled one more: the web budget keeps a
 * response near 2–3 MB; the desktop budget keeps well under the cell limit. A write operation carries its path and
 * data, a note up to 1,000 characters: 2,000 of them stay near 2.5 MB on the web, and a request refused for its
 * size is sent again in halves (write.ts).
 */
export function defaultLimits(platform: Platform): Limits {
  return platform === 'web'
    ? { cellsPerRead: 100_000, cellsPerSync: 2_000 }
    : { cellsPerRead: 1_000_000, cellsPerSync: 100_000 };
}
