/**
 * The budget block (项目资金 / 预算执行情况 / 年度预算申请): its column positions from its own header row, the
 * 年度资金总额 row and its source rows, a department's 按收入性质分 / 按支出性质分 items, and the 执行率 cells.
 */
import { GridView } from '../grid';
import { At, BudgetBlock, BudgetColumn, BudgetRow, SplitItem } from '../model';
import { LABELS, blockKey, labelKey, labelWeight } from '../text';
import { readAmount, readRate, readPoints } from '../values';
import { amountRightOf, inFam, keyAt, rowHasContent, textAt, valueRightOf } from './labels';

export interface BudgetAnchor {
  kind: 'project' | 'department';
}

export function readBudget(
  view: GridView,
  a: BudgetAnchor,
  hr: number,
  left: number,
  right: number,
  lastPossible: number,
): BudgetBlock {
  const cols: BudgetBlock['cols'] = {};
  let label = '';
  let labelAt: At | null = null;
  for (let c = left; c <= right; c++) {
    const k = keyAt(view, hr, c);
    if (!k) continue;
    if (inFam(k, LABELS.initialBudget) && cols.initial === undefined) cols.initial = c;
    else if (inFam(k, LABELS.annualBudget) && cols.annual === undefined) cols.annual = c;
    else if (inFam(k, LABELS.executed) && cols.executed === undefined) cols.executed = c;
    else if (inFam(k, LABELS.weight) && cols.weight === undefined) cols.weight = c;
    else if (inFam(k, LABELS.rate) && cols.rate === undefined) cols.rate = c;
    else if (inFam(k, LABELS.score) && cols.score === undefined) cols.score = c;
    else if (inFam(k, LABELS.reason) && cols.reason === undefined) cols.reason = c;
  }
  const amountCols = [cols.initial, cols.annual, cols.executed].filter((x): x is number => x !== undefined);
  const firstAmount = Math.min(...amountCols);
  // The block label: left of the amounts on the header row, or just above it.
  for (const r of [hr, hr - 1]) {
    if (labelAt || r < 0) continue;
    for (let c = left; c < firstAmount; c++) {
      const t = view.text(r, c);
      if (t && inFam(labelKey(t), LABELS.budgetBlock)) {
        const an = view.anchorOf(r, c);
        label = t.trim();
        labelAt = an;
        break;
      }
    }
  }
  const sources: BudgetRow[] = [];
  const income: SplitItem[] = [];
  const expense: SplitItem[] = [];
  let total: BudgetRow | null = null;
  let lastRow = hr;
  let blank = 0;
  let reasonLabelAt: At | null = null;
  for (let r = hr + 1; r <= lastPossible; r++) {
    // Stop at the next block.
    let stop = false;
    for (let c = left; c <= right && !stop; c++) {
      const k = keyAt(view, r, c);
      if (k)
        stop =
          inFam(k, LABELS.goal) ||
          inFam(blockKey(k), LABELS.indicatorBlock) ||
          inFam(k, LABELS.level1) ||
          inFam(k, LABELS.grandTotal);
    }
    if (stop) break;
    if (!rowHasContent(view, r, left, right)) {
      if (++blank >= 2) break;
      continue;
    }
    blank = 0;
    lastRow = r;
    // The row label: the last label-like text left of the amount columns (merge tails skipped).
    let rowLabel = '';
    let rowLabelAt: At | null = null;
    for (let c = left; c < firstAmount; c++) {
      if (view.isMergeTail(r, c)) continue;
      const t = textAt(view, r, c);
      if (t && view.raw(r, c)?.value.t === 'text') {
        rowLabel = t;
        rowLabelAt = { r, c };
      }
    }
    const rk = labelKey(rowLabel);
    if (a.kind === 'department') {
      // Income / expense items anywhere in the row, each with the value right of its label.
      for (let c = left; c <= right; c++) {
        const k = keyAt(view, r, c);
        if (!k) continue;
        const list = inFam(k, LABELS.incomeItems) ? income : inFam(k, LABELS.expenseItems) ? expense : null;
        if (!list) continue;
        const at = amountRightOf(view, r, c, right);
        list.push({
          label: textAt(view, r, c),
          labelAt: { r, c },
          value: { at, amount: readAmount(view.cell(at.r, at.c)) },
        });
      }
    }
    if (inFam(rk, LABELS.reason) && rowLabelAt && cols.reason === undefined) reasonLabelAt = rowLabelAt;
    const isTotal = inFam(rk, LABELS.total);
    const isSource =
      a.kind === 'project' &&
      (inFam(rk, LABELS.currentAppropriation) ||
        inFam(rk, LABELS.carryOver) ||
        inFam(rk, LABELS.otherFunds) ||
        inFam(rk, LABELS.specialAccount));
    if ((isTotal && !total) || isSource) {
      const amounts: BudgetRow['amounts'] = {};
      for (const col of ['initial', 'annual', 'executed'] as BudgetColumn[]) {
        const c = cols[col];
        if (c !== undefined) amounts[col] = { at: { r, c }, amount: readAmount(view.cell(r, c)) };
      }
      const row: BudgetRow = {
        label: rowLabel,
        labelAt: rowLabelAt ?? { r, c: left },
        role: isTotal ? 'total' : 'source',
        amounts,
      };
      if (isTotal) total = row;
      else sources.push(row);
    }
  }
  const tr = total?.labelAt.r ?? null;
  const at = (c: number | undefined): At | null => (tr !== null && c !== undefined ? { r: tr, c } : null);
  const weightAt = at(cols.weight);
  const rateAt = at(cols.rate);
  const scoreAt = at(cols.score);
  let reasonAt = at(cols.reason);
  if (!reasonAt && reasonLabelAt) reasonAt = valueRightOf(view, reasonLabelAt.r, reasonLabelAt.c);
  return {
    headerRow: hr,
    label,
    labelAt,
    labelWeight: (label ? labelWeight(label) : null) ?? headerWeight(view, hr, cols.score),
    cols,
    total,
    sources,
    income,
    expense,
    weightAt,
    weight: readPoints(weightAt ? view.cell(weightAt.r, weightAt.c) : undefined),
    rateAt,
    rate: rateAt ? readRate(view.cell(rateAt.r, rateAt.c)) : { kind: 'empty' },
    scoreAt,
    score: readPoints(scoreAt ? view.cell(scoreAt.r, scoreAt.c) : undefined),
    reasonAt,
    reason: reasonAt ? textAt(view, reasonAt.r, reasonAt.c) : '',
    lastRow,
  };
}

/** A weight written in the 得分 header itself: "得分(20分*执行率)". */
function headerWeight(view: GridView, hr: number, scoreCol: number | undefined): number | null {
  if (scoreCol === undefined) return null;
  const m = /[(（]\s*(\d+(?:\.\d+)?)\s*分/.exec(view.text(hr, scoreCol).normalize('NFKC'));
  return m ? Number(m[1]) : null;
}
