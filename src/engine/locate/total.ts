/** The 总分/合计 row: its 分值 and 得分 cells, in the indicator columns or else the numbers right of the label. */
import { GridView } from '../grid';
import { At, IndicatorCols, TotalRow } from '../model';
import { Points, readPoints } from '../values';

const EMPTY: Points = { kind: 'empty' };

export function readTotal(view: GridView, labelAt: At, cols: IndicatorCols, right: number): TotalRow {
  const r = labelAt.r;
  const num = (c: number): Points => readPoints(view.cell(r, c));
  const filled = (c: number): boolean => num(c).kind !== 'empty';
  const usable = (c: number | undefined): c is number => c !== undefined && filled(c) && !view.isMergeTail(r, c);
  let weightAt: At | null = usable(cols.weight) ? { r, c: cols.weight } : null;
  let scoreAt: At | null = usable(cols.score) ? { r, c: cols.score } : null;
  if (!weightAt || !scoreAt) {
    // Otherwise: the first two numbers right of the label.
    const found: At[] = [];
    for (let c = view.mergeRight(r, labelAt.c) + 1; c <= right && found.length < 2; c++) {
      if (view.isMergeTail(r, c)) continue;
      if (filled(c)) found.push({ r, c });
    }
    if (!weightAt && !scoreAt && found.length === 2) [weightAt, scoreAt] = found;
    else if (!weightAt && !scoreAt && found.length === 1) scoreAt = found[0];
    else if (!scoreAt && weightAt) {
      const w = weightAt;
      scoreAt = found.find((f) => f.c > w.c) ?? (cols.score !== undefined ? { r, c: cols.score } : null);
    } else if (!weightAt && scoreAt) {
      const s = scoreAt;
      weightAt = found.find((f) => f.c < s.c) ?? null;
    }
  }
  if (!scoreAt && cols.score !== undefined) scoreAt = { r, c: cols.score };
  return {
    labelAt,
    weightAt,
    weight: weightAt ? num(weightAt.c) : EMPTY,
    scoreAt,
    score: scoreAt ? num(scoreAt.c) : EMPTY,
  };
}
