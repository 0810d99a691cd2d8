/**
 * Table locator (domain §2): finds every self-evaluation table in a sheet by its labels, wherever it
 * starts, and reads each block with column positions taken from that block's own header row.
 */
import { CellRange, GridView } from '../grid';
import { At, BudgetBlock, HeaderField, HeaderKey, TableModel } from '../model';
import { LABELS, fold, memo } from '../text';
import { isBlank } from '../values';
import { readBudget } from './budget';
import { isIndicatorHeader, readIndicators } from './indicators';
import { findRow, inFam, indexLabels, keyAt, rowHasContent, rowKeys, textAt, valueRightOf } from './labels';

interface Hit {
  r: number;
  c: number;
  key: string;
  text: string;
}

interface Anchor {
  r: number;
  c: number;
  top: number;
  left: number;
  kind: 'project' | 'department';
  title: string;
}

const isTitle = memo((text: string): boolean => {
  if (text.length < 5) return false;
  const f = fold(text);
  return /绩效自评表/.test(f) && !/基础数据/.test(f) && f.length <= 60;
});

/** Finds every table in a sheet. */
export function locateTables(view: GridView): TableModel[] {
  const hits: Hit[] = [];
  const titles: Hit[] = [];
  indexLabels(view, (r, c, text, key) => {
    if (isTitle(text)) titles.push({ r, c, key: '', text });
    if (inFam(key, LABELS.projectName) || inFam(key, LABELS.departmentName) || inFam(key, LABELS.level1))
      hits.push({ r, c, key, text });
  });
  const anchors: Anchor[] = [];
  const usedTitles = new Set<Hit>();
  for (const h of hits) {
    if (inFam(h.key, LABELS.level1)) continue;
    const title = titles.find(
      (t) =>
        !usedTitles.has(t) && t.r < h.r && h.r - t.r <= 4 && view.mergeRight(t.r, t.c) >= h.c - 1 && t.c <= h.c + 8,
    );
    if (title) usedTitles.add(title);
    const dept = inFam(h.key, LABELS.departmentName) || (!!title && /部门整体/.test(fold(title.text)));
    anchors.push({
      r: h.r,
      c: h.c,
      top: title ? title.r : h.r,
      left: h.c,
      kind: dept ? 'department' : 'project',
      title: title ? title.text : '',
    });
  }
  // An indicator header that belongs to no anchored table starts a table of its own.
  for (const h of hits) {
    if (!inFam(h.key, LABELS.level1)) continue;
    const owner = anchors.some((a) => a.top <= h.r && h.c >= a.left - 2 && h.c <= a.left + 12);
    if (!owner) {
      const title = titles.find((t) => !usedTitles.has(t) && t.r < h.r && h.r - t.r <= 6);
      if (title) usedTitles.add(title);
      anchors.push({
        r: h.r,
        c: Math.max(0, h.c - 1),
        top: title ? title.r : h.r,
        left: Math.max(0, h.c - 1),
        kind: title && /部门整体/.test(fold(title.text)) ? 'department' : 'project',
        title: title ? title.text : '',
      });
    }
  }
  anchors.sort((a, b) => a.top - b.top || a.left - b.left);
  const tables: TableModel[] = [];
  for (const a of anchors) {
    // Side by side: the next anchor to the right starting near the same row bounds this one.
    let right = view.colCount - 1;
    for (const b of anchors)
      if (b !== a && b.left > a.left && Math.abs(b.top - a.top) <= 6) right = Math.min(right, b.left - 1);
    let bottom = view.rowCount - 1;
    for (const b of anchors)
      if (b !== a && b.top > a.top && b.left <= right && b.left >= a.left - 3) bottom = Math.min(bottom, b.top - 1);
    tables.push(readTable(view, a, { top: a.top, left: a.left, bottom, right }));
  }
  return tables;
}

function readTable(view: GridView, a: Anchor, region: CellRange): TableModel {
  const { left, right } = region;
  const missing: string[] = [];
  const scanEnd = Math.min(region.bottom, a.r + 400);

  // Blocks: budget header (全年预算数 + 全年执行数), indicator header (一级指标 + 三级指标/二级指标).
  const budgetHeader = findRow(a.r, scanEnd, (r) => {
    const k = rowKeys(view, r, left, right);
    return k.some((x) => inFam(x, LABELS.annualBudget)) && k.some((x) => inFam(x, LABELS.executed));
  });
  const indHeader = findRow(a.r, scanEnd, (r) => isIndicatorHeader(view, r, left, right));

  const firstBlockRow = Math.min(...[budgetHeader, indHeader, region.bottom + 1].filter((x) => x >= 0));

  // Header fields.
  const headerFields: HeaderField[] = [];
  const families: Array<[HeaderKey, readonly string[]]> = [
    ['projectName', LABELS.projectName],
    ['departmentName', LABELS.departmentName],
    ['authority', LABELS.authority],
    ['implementer', LABELS.implementer],
  ];
  for (let r = a.r; r < firstBlockRow && r <= region.bottom; r++) {
    for (let c = left; c <= right; c++) {
      const k = keyAt(view, r, c);
      if (!k) continue;
      for (const [key, fam] of families) {
        if (inFam(k, fam) && !headerFields.some((h) => h.key === key)) {
          const valueAt = valueRightOf(view, r, c);
          if (valueAt.c > right) continue; // the label stands at the table's right edge: no value cell
          headerFields.push({
            key,
            label: textAt(view, r, c),
            labelAt: { r, c },
            valueAt,
            value: valueAt.c <= right ? textAt(view, valueAt.r, valueAt.c) : '',
          });
        }
      }
    }
  }
  const nameField = headerFields.find((h) => h.key === 'projectName' || h.key === 'departmentName');
  const title = nameField?.value || a.title.trim();

  let budget: BudgetBlock | null = null;
  if (budgetHeader >= 0)
    budget = readBudget(view, a, budgetHeader, left, right, indHeader >= 0 ? indHeader - 1 : scanEnd);
  else missing.push(a.kind === 'department' ? '年度预算申请（预算执行）区块' : '项目资金（预算执行）区块');

  const ind = indHeader >= 0 ? readIndicators(view, indHeader, left, right, region.bottom) : null;
  if (!ind) missing.push('绩效指标区块');
  else missing.push(...ind.missing);
  // A header with nothing filled in under it (every row left as the template shipped it, or none at all).
  if (ind && ind.indicators.length === 0) missing.push('绩效指标（表头下未填写任何指标）');
  if (budget) {
    for (const [col, name] of [
      ['annual', '全年预算数'],
      ['executed', '全年执行数'],
      ['rate', '执行率'],
      ['score', '得分'],
    ] as const)
      if (budget.cols[col] === undefined) missing.push(`预算执行区块的“${name}”列`);
    if (!budget.total) missing.push('“年度资金总额”行');
  }
  if (a.kind === 'project' && ind && !ind.total) missing.push('“总分/合计”行');

  // The table's extent.
  let bottom = a.r;
  if (budget) bottom = Math.max(bottom, budget.lastRow);
  if (ind) bottom = Math.max(bottom, ind.lastRow);
  // Conclusion rows (评价结论/存在问题/改进措施) directly after belong to the table.
  for (let r = bottom + 1; r <= region.bottom && r <= bottom + 6; r++) {
    let found = false;
    for (let c = left; c <= right; c++) if (inFam(keyAt(view, r, c), LABELS.conclusion)) found = true;
    if (found) bottom = view.mergeBottom(r, left) > r ? view.mergeBottom(r, left) : r;
    else break;
  }
  if (!budget && !ind) {
    // Nothing but a header: the table is the rows with content up to the first gap.
    let r = a.r;
    while (r + 1 <= region.bottom && rowHasContent(view, r + 1, left, right)) r++;
    bottom = r;
  }
  let rightmost = left;
  const textCells: Array<{ at: At; text: string }> = [];
  for (let r = region.top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      if (view.isMergeTail(r, c)) continue;
      const v = view.raw(r, c)?.value;
      if (!v || isBlank(v)) continue;
      const mr = view.mergeRight(r, c);
      if (mr > rightmost) rightmost = Math.min(mr, right);
      if (c > rightmost) rightmost = c;
      if (v.t === 'text') textCells.push({ at: { r, c }, text: v.v });
    }
  }
  const model: TableModel = {
    kind: a.kind,
    range: { top: region.top, left, bottom, right: rightmost },
    title,
    firstLabelAt: { r: a.r, c: a.c },
    headerFields,
    budget,
    indicatorHeaderAt: ind ? ind.headerAt : null,
    indicatorBlockWeight: ind ? ind.blockWeight : null,
    indicatorBlockLabelAt: ind ? ind.blockLabelAt : null,
    indicatorCols: ind ? ind.cols : {},
    indicators: ind ? ind.indicators : [],
    groups: ind ? ind.groups : [],
    total: ind ? ind.total : null,
    missing,
    templateRows: ind ? ind.templateRows : [],
    weightsByBlock: ind ? ind.weightsByBlock : false,
    textCells,
  };
  model.range = extent(model, view);
  return model;
}

/** The table's range grown to hold every cell the model points at (findings must fall inside it). */
function extent(t: TableModel, view: GridView): CellRange {
  const rg = { ...t.range };
  const add = (at: At | null | undefined): void => {
    if (!at) return;
    // Findings name a merged area by its top-left cell: that cell must be inside too.
    for (const p of [at, view.anchorOf(at.r, at.c)]) {
      rg.top = Math.min(rg.top, p.r);
      rg.bottom = Math.max(rg.bottom, p.r);
      rg.left = Math.min(rg.left, p.c);
      rg.right = Math.max(rg.right, p.c);
    }
  };
  add(t.firstLabelAt);
  for (const h of t.headerFields) {
    add(h.labelAt);
    add(h.valueAt);
  }
  const b = t.budget;
  if (b) {
    add(b.labelAt);
    for (const row of [b.total, ...b.sources]) if (row) for (const a of Object.values(row.amounts)) add(a?.at);
    for (const i of [...b.income, ...b.expense]) add(i.value.at);
    add(b.weightAt);
    add(b.rateAt);
    add(b.scoreAt);
    add(b.reasonAt);
  }
  if (t.indicatorHeaderAt) {
    add(t.indicatorHeaderAt);
    if (t.indicatorCols.weight !== undefined) add({ r: t.indicatorHeaderAt.r, c: t.indicatorCols.weight });
  }
  for (const g of t.groups) add(g.at);
  for (const i of t.indicators)
    for (const at of [i.nameAt, i.targetAt, i.actualAt, i.weightAt, i.scoreAt, i.noteAt]) add(at);
  if (t.total) for (const at of [t.total.labelAt, t.total.weightAt, t.total.scoreAt]) add(at);
  return rg;
}
