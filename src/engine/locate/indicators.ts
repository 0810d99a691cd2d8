/**
 * The indicator block (绩效指标): its header band, its rows and where it ends.
 *
 * The header is found as a band of up to three rows: the row holding 一级指标 and 三级指标 (or 二级指标), labels
 * merged down into it from the row above (实际完成值/分值/得分 over a split 年度指标值), and a sub-header row
 * below it (指标性质/指标值/度量单位). Rows are then read until the first row that is not part of the block: the
 * total row, a conclusion or note row, another block. A repeated header (a second 年度绩效目标(40分) block) is
 * read as part of the same block. Rows the template ships to be filled in (指标1：, ……, blank names) and detail
 * rows of a ★ item (其中…, indented names) are not indicators.
 */
import { Cell, GridView } from '../grid';
import { At, Indicator, IndicatorCols, Level1Group, TotalRow } from '../model';
import { LABELS, blockKey, fold, labelName, labelWeight } from '../text';
import { parseActual, parseSplitTarget, parseTarget, readPoints } from '../values';
import { inFam, keyAt, rowHasContent, rowKeys, textAt } from './labels';
import { readTotal } from './total';

export interface IndicatorBlock {
  headerAt: At;
  /** Σ of the weights written in the block labels (绩效指标(90分), 年度绩效目标(40分) × 2), null when none. */
  blockWeight: number | null;
  cols: IndicatorCols;
  indicators: Indicator[];
  groups: Level1Group[];
  total: TotalRow | null;
  missing: string[];
  lastRow: number;
  /** Template rows left unfilled (指标1：, ……, blank names): skipped, named once. */
  templateRows: At[];
  /** No 分值 column: the only weights are those of the block labels. */
  weightsByBlock: boolean;
  /** The first block label that carries a weight (年度绩效目标(40分)), or null. */
  blockLabelAt: At | null;
}

/** A header row of the block: 一级指标 with 三级指标 or 二级指标 (left..right), read without building a key list. */
export function isIndicatorHeader(view: GridView, r: number, left: number, right: number): boolean {
  let l1 = false;
  let l23 = false;
  for (let c = left; c <= right; c++) {
    const k = keyAt(view, r, c);
    if (!k) continue;
    if (inFam(k, LABELS.level1)) l1 = true;
    else if (inFam(k, LABELS.level3) || inFam(k, LABELS.level2)) l23 = true;
  }
  return l1 && l23;
}

/** A name the template ships to be filled in: 指标1：, ……, /, a dash. */
export function isPlaceholderName(name: string): boolean {
  const f = fold(name);
  return f === '' || /^(指标\d*[:：]?[/…．.。、—-]*|[…．.。、]+|\/|—+|-+)$/.test(f);
}

/** Text that ends the block when it opens a row: 注/备注/说明 notes under the table. */
const NOTE_ROW = /^(注|备注|说明|填表说明)\s*[:：\d]/;

function assignColumn(cols: IndicatorCols, key: string, c: number): void {
  if (!key) return;
  if (inFam(key, LABELS.level1)) cols.level1 ??= c;
  else if (inFam(key, LABELS.level2)) cols.level2 ??= c;
  else if (inFam(key, LABELS.level3)) cols.level3 ??= c;
  else if (inFam(key, LABELS.targetOperator)) cols.targetOp ??= c;
  else if (inFam(key, LABELS.targetDirection)) cols.targetDir ??= c;
  else if (inFam(key, LABELS.targetUnit)) cols.targetUnit ??= c;
  else if (inFam(key, LABELS.target)) cols.target ??= c;
  else if (inFam(key, LABELS.actual)) cols.actual ??= c;
  else if (inFam(key, LABELS.weight)) cols.weight ??= c;
  else if (inFam(key, LABELS.score)) cols.score ??= c;
  else if (inFam(key, LABELS.note)) cols.note ??= c;
}

/** Columns of the header band at row hr, and the first data row. */
export function readHeaderBand(
  view: GridView,
  hr: number,
  left: number,
  right: number,
  bottom: number,
): { cols: IndicatorCols; dataStart: number } {
  const cols: IndicatorCols = {};
  for (let c = left; c <= right; c++) assignColumn(cols, keyAt(view, hr, c), c);
  // Labels merged down from the row above into the header row.
  if (hr > 0)
    for (let c = left; c <= right; c++)
      if (!view.isMergeTail(hr - 1, c) && view.mergeBottom(hr - 1, c) >= hr)
        assignColumn(cols, keyAt(view, hr - 1, c), c);
  let dataStart = hr + 1;
  // A sub-header under a merged 年度指标值: 指标性质 | 指标值 | 度量单位.
  if (hr + 1 <= bottom) {
    const sub = rowKeys(view, hr + 1, left, right).some(
      (k) => inFam(k, LABELS.targetOperator) || inFam(k, LABELS.targetUnit) || inFam(k, LABELS.targetDirection),
    );
    if (sub) {
      const t = cols.target;
      cols.target = undefined;
      for (let c = left; c <= right; c++) assignColumn(cols, keyAt(view, hr + 1, c), c);
      if (cols.target === undefined) cols.target = t;
      dataStart = hr + 2;
    }
  }
  return { cols, dataStart };
}

/** The block label left of the 一级指标 column on a header row (or merged down onto it): its weight and cell. */
function blockLabel(
  view: GridView,
  r: number,
  left: number,
  level1Col: number,
): { weight: number | null; at: At } | null {
  for (let c = left; c < level1Col; c++) {
    const an = view.anchorOf(r, c);
    const t = view.text(an.r, an.c);
    if (t && inFam(blockKey(keyAt(view, an.r, an.c)), LABELS.indicatorBlock)) return { weight: labelWeight(t), at: an };
  }
  return null;
}

/** The row's own operator for a split target: 指标方向 (大于等于) wins over 指标性质 (正向/反向, or an operator). */
function operatorCell(view: GridView, r: number, cols: IndicatorCols): Cell | undefined {
  const dir = cols.targetDir !== undefined ? fold(view.text(r, cols.targetDir)) : '';
  const kind = cols.targetOp !== undefined ? fold(view.text(r, cols.targetOp)) : '';
  const words = [dir, kind];
  const explicit = dir !== '正向' && dir !== '反向' ? dir : '';
  const direction = words.includes('正向') ? '≥' : words.includes('反向') ? '≤' : '';
  const text = explicit || direction || kind;
  return text ? { value: { t: 'text', v: text } } : undefined;
}

function endsBlock(view: GridView, r: number, left: number, right: number, nameCol: number): 'total' | 'end' | null {
  for (let c = left; c <= Math.min(right, nameCol); c++) {
    const k = keyAt(view, r, c);
    if (inFam(k, LABELS.grandTotal)) return 'total';
    if (inFam(k, LABELS.conclusion) || inFam(k, LABELS.goal) || inFam(k, LABELS.budgetBlock)) return 'end';
  }
  for (let c = left; c <= right; c++) {
    if (view.isMergeTail(r, c)) continue;
    const t = textAt(view, r, c);
    if (t) return NOTE_ROW.test(fold(t)) ? 'end' : null;
  }
  return null;
}

export function readIndicators(
  view: GridView,
  hr: number,
  left: number,
  right: number,
  regionBottom: number,
): IndicatorBlock {
  const { cols, dataStart } = readHeaderBand(view, hr, left, right, regionBottom);
  const level1Col = cols.level1 ?? left;
  const nameCol = cols.level3 ?? cols.level2 ?? level1Col;
  const blockWeights: number[] = [];
  const first = blockLabel(view, hr, left, level1Col);
  if (first && first.weight !== null) blockWeights.push(first.weight);
  // Weights written only in block labels (年度绩效目标(40分)), whether or not the form has a 得分 column.
  const weightsByBlock = cols.weight === undefined && blockWeights.length > 0;

  const missing: string[] = [];
  if (cols.level3 === undefined) missing.push('“三级指标”列');
  if (cols.target === undefined) missing.push('“年度指标值”列');
  if (cols.actual === undefined) missing.push('“实际完成值”列');
  if (cols.weight === undefined && !weightsByBlock) missing.push('“分值”列');
  if (cols.score === undefined) missing.push('“得分”列');

  const indicators: Indicator[] = [];
  const groups: Level1Group[] = [];
  const templateRows: At[] = [];
  let total: TotalRow | null = null;
  let level1 = '';
  let level1At: At = { r: hr, c: level1Col };
  let level2 = '';
  let lastRow = dataStart - 1;
  let blank = 0;
  for (let r = dataStart; r <= regionBottom; r++) {
    const end = endsBlock(view, r, left, right, nameCol);
    if (end === 'total') {
      total = readTotal(view, { r, c: firstKeyCol(view, r, left, nameCol) }, cols, right);
      lastRow = r;
      break;
    }
    if (end === 'end') break;
    if (isIndicatorHeader(view, r, left, right)) {
      // The same table's next block: its label weight counts, its rows continue the list.
      const w = blockLabel(view, r, left, level1Col)?.weight ?? null;
      if (w !== null) blockWeights.push(w);
      level1 = '';
      level2 = '';
      lastRow = r;
      continue;
    }
    if (!rowHasContent(view, r, left, right)) {
      if (++blank >= 2) break;
      continue;
    }
    blank = 0;
    lastRow = r;
    const l1Text = cols.level1 !== undefined ? view.text(r, level1Col).trim() : '';
    if (l1Text) {
      const an = view.anchorOf(r, level1Col);
      if (an.r !== level1At.r || an.c !== level1At.c || l1Text !== level1) {
        level1 = l1Text;
        level1At = an;
        level2 = '';
      }
    }
    if (cols.level2 !== undefined) {
      const t = view.text(r, cols.level2).trim();
      if (t) level2 = t;
    }
    if (view.isMergeTail(r, nameCol) && view.anchorOf(r, nameCol).r !== r) continue;
    const rawName = view.text(r, nameCol);
    const name = rawName.trim();
    const weightAt = cols.weight !== undefined ? { r, c: cols.weight } : null;
    const weight = readPoints(weightAt ? view.cell(r, weightAt.c) : undefined);
    const scoreAt = cols.score !== undefined ? { r, c: cols.score } : null;
    const score = readPoints(scoreAt ? view.cell(r, scoreAt.c) : undefined);
    if (weight.kind === 'empty' && score.kind === 'empty') {
      // A row the template ships to be filled in: not an indicator, named once for the table.
      if (isPlaceholderName(name)) {
        templateRows.push({ r, c: nameCol });
        continue;
      }
      // A detail of the weighted item above it (★ item followed by 其中… or indented rows).
      const prev = indicators[indicators.length - 1];
      const starred = !!prev && prev.weight.kind !== 'empty' && /^[★☆*＊]/.test(prev.name);
      if (cols.weight !== undefined && prev && (/^其中/.test(fold(name)) || /^[\s\u3000]/.test(rawName) || starred))
        continue;
    }
    const targetAt: At = { r, c: cols.target ?? cols.targetOp ?? nameCol + 1 };
    const split = cols.targetOp !== undefined || cols.targetUnit !== undefined || cols.targetDir !== undefined;
    const target = split
      ? parseSplitTarget(
          operatorCell(view, r, cols),
          cols.target !== undefined ? view.cell(r, cols.target) : undefined,
          cols.targetUnit !== undefined ? view.cell(r, cols.targetUnit) : undefined,
        )
      : parseTarget(cols.target !== undefined ? view.cell(r, cols.target) : undefined);
    const actualAt: At = { r, c: cols.actual ?? targetAt.c + 1 };
    const actual = parseActual(cols.actual !== undefined ? view.cell(r, cols.actual) : undefined);
    const noteAt = cols.note !== undefined ? { r, c: cols.note } : null;
    const ind: Indicator = {
      row: r,
      level1: level1 ? labelName(level1) : '',
      level1At,
      level2: level2 ? fold(level2) : '',
      name,
      nameAt: { r, c: nameCol },
      target,
      targetAt,
      actual,
      actualAt,
      weightAt,
      weight,
      scoreAt,
      score,
      noteAt,
      note: noteAt ? textAt(view, r, noteAt.c) : '',
    };
    indicators.push(ind);
    let g = groups.find((x) => x.at.r === level1At.r && x.at.c === level1At.c);
    if (!g) {
      g = {
        name: ind.level1,
        label: level1,
        at: level1At,
        labelWeight: level1 ? labelWeight(level1) : null,
        indicators: [],
      };
      groups.push(g);
    }
    g.indicators.push(ind);
  }
  return {
    headerAt: { r: hr, c: level1Col },
    blockWeight: blockWeights.length ? blockWeights.reduce((a, b) => a + b, 0) : null,
    blockLabelAt: first && first.weight !== null ? first.at : null,
    cols,
    indicators,
    groups,
    total,
    missing,
    lastRow,
    templateRows,
    weightsByBlock,
  };
}

/** The column of the first label on a row (where the 总分 label stands). */
function firstKeyCol(view: GridView, r: number, left: number, nameCol: number): number {
  for (let c = left; c <= nameCol; c++) if (inFam(keyAt(view, r, c), LABELS.grandTotal)) return c;
  return left;
}
