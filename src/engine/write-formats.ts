/**
 * The number format a written value takes (issue #10): the cell's own when it fits, else the format most of its
 * column's entered numbers show (General included: whole values stay whole), else General / 0.00%.
 */
import type { GridView } from './grid';
import type { At, TableModel } from './model';
import { isPercentFormat } from './cells';

/** Which computed value a write carries. */
export type WriteWhat = 'score' | 'rate' | 'budgetScore' | 'total';

/** Number formats usable for a value of this kind: percentages for rates, anything else but text for scores. */
export function fits(what: WriteWhat, f: string | undefined): f is string {
  return !!f && f !== '@' && (what === 'rate') === isPercentFormat(f);
}

/** The most common of the formats, General included ("whole values stay whole" beside General neighbours). */
function mostCommon(formats: string[]): string | null {
  const n = new Map<string, number>();
  for (const f of formats) n.set(f, (n.get(f) ?? 0) + 1);
  let best: string | null = null;
  for (const [f, k] of n) if (best === null || k > (n.get(best) ?? 0)) best = f;
  return best;
}

/**
 * The number formats of a table's columns, as its entered numbers show them: the 得分 column of its
 * indicators (and 总分), and the 执行率 column of its budget block.
 */
export function columnFormats(table: TableModel, view: GridView): { score: string | null; rate: string | null } {
  const fmtAt = (at: At | null, rate: boolean): string | null => {
    if (!at) return null;
    const c = view.cell(at.r, at.c);
    if (c?.value.t !== 'number') return null;
    const f = c.numFmt && c.numFmt !== '' ? c.numFmt : 'General';
    return isPercentFormat(f) === rate ? f : null;
  };
  const scores = [...table.indicators.map((i) => i.scoreAt), table.total?.scoreAt ?? null].map((at) =>
    fmtAt(at, false),
  );
  const b = table.budget;
  const rates =
    b && b.cols.rate !== undefined
      ? [b.total, ...b.sources].map((row) => (row ? fmtAt({ r: row.labelAt.r, c: b.cols.rate! }, true) : null))
      : [];
  return {
    score: mostCommon(scores.filter((f): f is string => f !== null)),
    rate: mostCommon(rates.filter((f): f is string => f !== null)),
  };
}
