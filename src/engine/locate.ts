/**
 * Table locator (SPEC §2): finds every self-evaluation table in a sheet by its labels, wherever it
 * starts, and reads each block with column positions taken from that block's own header row.
 */
import { CellRange, GridView } from './grid';
import {
  At,
  BudgetBlock,
  BudgetColumn,
  BudgetRow,
  HeaderField,
  HeaderKey,
  Indicator,
  IndicatorCols,
  Level1Group,
  SplitItem,
  TableModel,
  TotalRow,
} from './model';
import { L, LabelFamily, fold, labelKey, labelName, labelWeight, memo } from './text';
import {
  isBlank,
  parseActual,
  parseSplitTarget,
  parseTarget,
  readAmount,
  readRate,
  readScoreNumber,
} from './values';

/** Labels are short; longer texts are content, not labels. */
const MAX_LABEL = 40;

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
/** Label keys of every short text cell (merge tails excluded), computed once per sheet. */
const KEYS = new WeakMap<GridView, Map<number, string>>();

export function locateTables(view: GridView): TableModel[] {
  const hits: Hit[] = [];
  const titles: Hit[] = [];
  const keys = new Map<number, string>();
  KEYS.set(view, keys);
  for (let r = 0; r < view.rowCount; r++) {
    const row = view.rowCells(r);
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (!cell || cell.value.t !== 'text' || view.isMergeTail(r, c)) continue;
      const text = cell.value.v;
      if (text.length > 80) continue;
      if (isTitle(text)) titles.push({ r, c, key: '', text });
      if (text.length > MAX_LABEL) continue;
      const key = labelKey(text);
      if (key) keys.set(r * 16384 + c, key);
      if ((L.projectName as LabelFamily).includes(key) || (L.departmentName as LabelFamily).includes(key))
        hits.push({ r, c, key, text });
      else if ((L.level1 as LabelFamily).includes(key)) hits.push({ r, c, key, text });
    }
  }
  const anchors: Anchor[] = [];
  const usedTitles = new Set<Hit>();
  for (const h of hits) {
    if ((L.level1 as LabelFamily).includes(h.key)) continue;
    const title = titles.find((t) => !usedTitles.has(t) && t.r < h.r && h.r - t.r <= 4 && view.mergeRight(t.r, t.c) >= h.c - 1 && t.c <= h.c + 8);
    if (title) usedTitles.add(title);
    const dept = (L.departmentName as LabelFamily).includes(h.key) || (!!title && /部门整体/.test(fold(title.text)));
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
    if (!(L.level1 as LabelFamily).includes(h.key)) continue;
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
    for (const b of anchors) if (b !== a && b.left > a.left && Math.abs(b.top - a.top) <= 6) right = Math.min(right, b.left - 1);
    let bottom = view.rowCount - 1;
    for (const b of anchors)
      if (b !== a && b.top > a.top && b.left <= right && b.left >= a.left - 3) bottom = Math.min(bottom, b.top - 1);
    tables.push(readTable(view, a, { top: a.top, left: a.left, bottom, right }));
  }
  return tables;
}

function keyAt(view: GridView, r: number, c: number): string {
  return KEYS.get(view)?.get(r * 16384 + c) ?? '';
}

function textAt(view: GridView, r: number, c: number): string {
  return view.text(r, c).trim();
}

function inFam(key: string, fam: LabelFamily): boolean {
  return key !== '' && fam.includes(key);
}

/** The first cell right of a label (after the label's merged area). */
function valueRightOf(view: GridView, r: number, c: number): At {
  return { r, c: view.mergeRight(r, c) + 1 };
}

/**
 * The amount belonging to a label such as "一般公共预算:": the first non-empty cell to its right, stopping at
 * the next label; the cell right after the label when there is none (a blank amount).
 */
function amountRightOf(view: GridView, r: number, c: number, right: number): At {
  const first = valueRightOf(view, r, c);
  for (let x = first.c; x <= right; x++) {
    if (view.isMergeTail(r, x)) continue;
    if (keyAt(view, r, x)) break; // the next label
    const v = view.raw(r, x)?.value;
    if (v && !isBlank(v)) return { r, c: x };
  }
  return first;
}

/** Rows of a region that hold anything. */
function rowHasContent(view: GridView, r: number, left: number, right: number): boolean {
  for (let c = left; c <= right; c++) {
    if (view.isMergeTail(r, c)) continue;
    const v = view.raw(r, c)?.value;
    if (v && !isBlank(v)) return true;
  }
  return false;
}

function findRow(
  view: GridView,
  from: number,
  to: number,
  left: number,
  right: number,
  pred: (keys: string[], r: number) => boolean,
): number {
  for (let r = from; r <= to; r++) {
    const keys: string[] = [];
    for (let c = left; c <= right; c++) keys.push(keyAt(view, r, c));
    if (pred(keys, r)) return r;
  }
  return -1;
}

function readTable(view: GridView, a: Anchor, region: CellRange): TableModel {
  const { left, right } = region;
  const missing: string[] = [];
  const scanEnd = Math.min(region.bottom, a.r + 400);

  // Blocks: budget header (全年预算数 + 全年执行数), indicator header (一级指标 + 三级指标/二级指标).
  const budgetHeader = findRow(view, a.r, scanEnd, left, right, (k) => k.some((x) => inFam(x, L.annualBudget)) && k.some((x) => inFam(x, L.executed)));
  const indHeader = findRow(view, a.r, scanEnd, left, right, (k) => k.some((x) => inFam(x, L.level1)) && k.some((x) => inFam(x, L.level3) || inFam(x, L.level2)));

  const firstBlockRow = Math.min(
    ...[budgetHeader, indHeader, region.bottom + 1].filter((x) => x >= 0),
  );

  // Header fields.
  const headerFields: HeaderField[] = [];
  const families: Array<[HeaderKey, LabelFamily]> = [
    ['projectName', L.projectName],
    ['departmentName', L.departmentName],
    ['authority', L.authority],
    ['implementer', L.implementer],
  ];
  for (let r = a.r; r < firstBlockRow && r <= region.bottom; r++) {
    for (let c = left; c <= right; c++) {
      const k = keyAt(view, r, c);
      if (!k) continue;
      for (const [key, fam] of families) {
        if (inFam(k, fam) && !headerFields.some((h) => h.key === key)) {
          const valueAt = valueRightOf(view, r, c);
          if (valueAt.c > right) continue; // the label stands at the table's right edge: no value cell
          headerFields.push({ key, label: textAt(view, r, c), labelAt: { r, c }, valueAt, value: valueAt.c <= right ? textAt(view, valueAt.r, valueAt.c) : '' });
        }
      }
    }
  }
  const nameField = headerFields.find((h) => h.key === 'projectName' || h.key === 'departmentName');
  const title = nameField?.value || a.title.trim();

  let budget: BudgetBlock | null = null;
  if (budgetHeader >= 0) budget = readBudget(view, a, budgetHeader, left, right, indHeader >= 0 ? indHeader - 1 : scanEnd);
  else missing.push(a.kind === 'department' ? '年度预算申请（预算执行）区块' : '项目资金（预算执行）区块');

  const ind = indHeader >= 0 ? readIndicators(view, indHeader, left, right, region.bottom) : null;
  if (!ind) missing.push('绩效指标区块');
  else missing.push(...ind.missing);
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
    for (let c = left; c <= right; c++) if (inFam(keyAt(view, r, c), L.conclusion)) found = true;
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
    indicatorCols: ind ? ind.cols : {},
    indicators: ind ? ind.indicators : [],
    groups: ind ? ind.groups : [],
    total: ind ? ind.total : null,
    missing,
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
  for (const i of t.indicators) for (const at of [i.nameAt, i.targetAt, i.actualAt, i.weightAt, i.scoreAt, i.noteAt]) add(at);
  if (t.total) for (const at of [t.total.labelAt, t.total.weightAt, t.total.scoreAt]) add(at);
  return rg;
}

function readBudget(view: GridView, a: Anchor, hr: number, left: number, right: number, lastPossible: number): BudgetBlock {
  const cols: BudgetBlock['cols'] = {};
  let label = '';
  let labelAt: At | null = null;
  for (let c = left; c <= right; c++) {
    const k = keyAt(view, hr, c);
    if (!k) continue;
    if (inFam(k, L.initialBudget) && cols.initial === undefined) cols.initial = c;
    else if (inFam(k, L.annualBudget) && cols.annual === undefined) cols.annual = c;
    else if (inFam(k, L.executed) && cols.executed === undefined) cols.executed = c;
    else if (inFam(k, L.weight) && cols.weight === undefined) cols.weight = c;
    else if (inFam(k, L.rate) && cols.rate === undefined) cols.rate = c;
    else if (inFam(k, L.score) && cols.score === undefined) cols.score = c;
    else if (inFam(k, L.reason) && cols.reason === undefined) cols.reason = c;
  }
  const amountCols = [cols.initial, cols.annual, cols.executed].filter((x): x is number => x !== undefined);
  const firstAmount = Math.min(...amountCols);
  // The block label: left of the amounts on the header row, or just above it.
  for (const r of [hr, hr - 1]) {
    if (labelAt || r < 0) continue;
    for (let c = left; c < firstAmount; c++) {
      const t = view.text(r, c);
      if (t && inFam(labelKey(t), L.budgetBlock)) {
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
    for (let c = left; c <= right; c++) {
      const k = keyAt(view, r, c);
      if (inFam(k, L.goal) || inFam(k, L.indicatorBlock) || inFam(k, L.level1) || inFam(k, L.grandTotal)) stop = true;
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
        const list = inFam(k, L.incomeItems) ? income : inFam(k, L.expenseItems) ? expense : null;
        if (!list) continue;
        const at = amountRightOf(view, r, c, right);
        list.push({ label: textAt(view, r, c), labelAt: { r, c }, value: { at, amount: readAmount(view.cell(at.r, at.c)) } });
      }
    }
    if (inFam(rk, L.reason) && rowLabelAt && cols.reason === undefined) reasonLabelAt = rowLabelAt;
    const isTotal = inFam(rk, L.total);
    const isSource =
      a.kind === 'project' &&
      (inFam(rk, L.currentAppropriation) || inFam(rk, L.carryOver) || inFam(rk, L.otherFunds) || inFam(rk, L.specialAccount));
    if ((isTotal && !total) || isSource) {
      const amounts: BudgetRow['amounts'] = {};
      for (const col of ['initial', 'annual', 'executed'] as BudgetColumn[]) {
        const c = cols[col];
        if (c !== undefined) amounts[col] = { at: { r, c }, amount: readAmount(view.cell(r, c)) };
      }
      const row: BudgetRow = { label: rowLabel, labelAt: rowLabelAt ?? { r, c: left }, role: isTotal ? 'total' : 'source', amounts };
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
    labelWeight: label ? labelWeight(label) : null,
    cols,
    total,
    sources,
    income,
    expense,
    weightAt,
    weight: weightAt ? readScoreNumber(view.cell(weightAt.r, weightAt.c)) : null,
    rateAt,
    rate: rateAt ? readRate(view.cell(rateAt.r, rateAt.c)) : { kind: 'empty' },
    scoreAt,
    score: scoreAt ? readScoreNumber(view.cell(scoreAt.r, scoreAt.c)) : null,
    reasonAt,
    reason: reasonAt ? textAt(view, reasonAt.r, reasonAt.c) : '',
    lastRow,
  };
}

interface IndicatorBlock {
  headerAt: At;
  blockWeight: number | null;
  cols: IndicatorCols;
  indicators: Indicator[];
  groups: Level1Group[];
  total: TotalRow | null;
  missing: string[];
  lastRow: number;
}

function readIndicators(view: GridView, hr: number, left: number, right: number, regionBottom: number): IndicatorBlock {
  const cols: IndicatorCols = {};
  const assign = (r: number, c: number): void => {
    const k = keyAt(view, r, c);
    if (!k) return;
    if (inFam(k, L.level1)) cols.level1 ??= c;
    else if (inFam(k, L.level2)) cols.level2 ??= c;
    else if (inFam(k, L.level3)) cols.level3 ??= c;
    else if (inFam(k, L.targetOperator)) cols.targetOp ??= c;
    else if (inFam(k, L.targetUnit)) cols.targetUnit ??= c;
    else if (inFam(k, L.target)) cols.target ??= c;
    else if (inFam(k, L.actual)) cols.actual ??= c;
    else if (inFam(k, L.weight)) cols.weight ??= c;
    else if (inFam(k, L.score)) cols.score ??= c;
    else if (inFam(k, L.note)) cols.note ??= c;
  };
  for (let c = left; c <= right; c++) assign(hr, c);
  let dataStart = hr + 1;
  // A second header row under a merged 年度指标值: 指标性质 | 指标值 | 度量单位.
  if (hr + 1 <= regionBottom) {
    let sub = false;
    for (let c = left; c <= right; c++) {
      const k = keyAt(view, hr + 1, c);
      if (inFam(k, L.targetOperator) || inFam(k, L.targetUnit)) sub = true;
    }
    if (sub) {
      const t = cols.target;
      cols.target = undefined;
      for (let c = left; c <= right; c++) assign(hr + 1, c);
      if (cols.target === undefined) cols.target = t;
      dataStart = hr + 2;
    }
  }
  const missing: string[] = [];
  if (cols.level3 === undefined) missing.push('“三级指标”列');
  if (cols.target === undefined) missing.push('“年度指标值”列');
  if (cols.actual === undefined) missing.push('“实际完成值”列');
  if (cols.weight === undefined) missing.push('“分值”列');
  if (cols.score === undefined) missing.push('“得分”列');

  // Block label and weight ("绩效指标(90分)") left of the header.
  let blockWeight: number | null = null;
  for (let c = left; c < (cols.level1 ?? left); c++) {
    const t = view.text(hr, c);
    if (t && inFam(labelKey(t), L.indicatorBlock)) blockWeight = labelWeight(t);
  }

  const indicators: Indicator[] = [];
  const groups: Level1Group[] = [];
  let total: TotalRow | null = null;
  let level1 = '';
  let level1At: At = { r: hr, c: cols.level1 ?? left };
  let level2 = '';
  let lastRow = dataStart - 1;
  let blank = 0;
  const l1c = cols.level1 ?? left;
  const nameCol = cols.level3 ?? cols.level2 ?? l1c;
  for (let r = dataStart; r <= regionBottom; r++) {
    // The total row, or another block, ends the indicators.
    let totalLabelAt: At | null = null;
    let otherBlock = false;
    for (let c = left; c <= Math.min(right, nameCol); c++) {
      const k = keyAt(view, r, c);
      if (inFam(k, L.grandTotal)) totalLabelAt = { r, c };
      else if (inFam(k, L.conclusion) || inFam(k, L.goal) || inFam(k, L.budgetBlock)) otherBlock = true;
    }
    if (totalLabelAt) {
      total = readTotal(view, totalLabelAt, cols, right);
      lastRow = r;
      break;
    }
    if (otherBlock) break;
    if (!rowHasContent(view, r, left, right)) {
      if (++blank >= 2) break;
      continue;
    }
    blank = 0;
    lastRow = r;
    const l1Text = cols.level1 !== undefined ? view.text(r, l1c).trim() : '';
    if (l1Text) {
      const an = view.anchorOf(r, l1c);
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
    const name = textAt(view, r, nameCol);
    const targetAt: At = { r, c: cols.target ?? cols.targetOp ?? nameCol + 1 };
    const target =
      cols.targetOp !== undefined || cols.targetUnit !== undefined
        ? parseSplitTarget(
            cols.targetOp !== undefined ? view.cell(r, cols.targetOp) : undefined,
            cols.target !== undefined ? view.cell(r, cols.target) : undefined,
            cols.targetUnit !== undefined ? view.cell(r, cols.targetUnit) : undefined,
          )
        : parseTarget(cols.target !== undefined ? view.cell(r, cols.target) : undefined);
    const actualAt: At = { r, c: cols.actual ?? targetAt.c + 1 };
    const actual = parseActual(cols.actual !== undefined ? view.cell(r, cols.actual) : undefined);
    const weightAt = cols.weight !== undefined ? { r, c: cols.weight } : null;
    const weight = weightAt ? readScoreNumber(view.cell(r, weightAt.c)) : null;
    const scoreAt = cols.score !== undefined ? { r, c: cols.score } : null;
    const score = scoreAt ? readScoreNumber(view.cell(r, scoreAt.c)) : null;
    const noteAt = cols.note !== undefined ? { r, c: cols.note } : null;
    const note = noteAt ? textAt(view, r, noteAt.c) : '';
    const nameBlank = name === '' || isBlank({ t: 'text', v: name });
    // Placeholder rows (a 二级指标 with no 三级指标, target, weight, actual or score) are not indicators.
    if (nameBlank && target.type === 'empty' && weight === null && actual.type === 'empty' && score === null) continue;
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
      note,
    };
    indicators.push(ind);
    let g = groups.find((x) => x.at.r === level1At.r && x.at.c === level1At.c);
    if (!g) {
      g = { name: ind.level1, label: level1, at: level1At, labelWeight: level1 ? labelWeight(level1) : null, indicators: [] };
      groups.push(g);
    }
    g.indicators.push(ind);
  }
  return {
    headerAt: { r: hr, c: cols.level1 ?? left },
    blockWeight,
    cols,
    indicators,
    groups,
    total,
    missing,
    lastRow,
  };
}

function readTotal(view: GridView, labelAt: At, cols: IndicatorCols, right: number): TotalRow {
  const r = labelAt.r;
  const num = (c: number): number | null => readScoreNumber(view.cell(r, c));
  let weightAt: At | null = null;
  let scoreAt: At | null = null;
  if (cols.weight !== undefined && num(cols.weight) !== null && !view.isMergeTail(r, cols.weight)) weightAt = { r, c: cols.weight };
  if (cols.score !== undefined && num(cols.score) !== null && !view.isMergeTail(r, cols.score)) scoreAt = { r, c: cols.score };
  if (!weightAt || !scoreAt) {
    // Otherwise: the first two numbers right of the label.
    const found: At[] = [];
    for (let c = view.mergeRight(r, labelAt.c) + 1; c <= right && found.length < 2; c++) {
      if (view.isMergeTail(r, c)) continue;
      const n = num(c);
      if (n !== null) found.push({ r, c });
    }
    if (!weightAt && !scoreAt && found.length === 2) [weightAt, scoreAt] = found;
    else if (!weightAt && !scoreAt && found.length === 1) scoreAt = found[0];
    else if (!scoreAt && weightAt) scoreAt = found.find((f) => f.c > weightAt!.c) ?? (cols.score !== undefined ? { r, c: cols.score } : null);
    else if (!weightAt && scoreAt) weightAt = found.find((f) => f.c < scoreAt!.c) ?? null;
  }
  if (!scoreAt && cols.score !== undefined) scoreAt = { r, c: cols.score };
  return {
    labelAt,
    weightAt,
    weight: weightAt ? num(weightAt.c) : null,
    scoreAt,
    score: scoreAt ? num(scoreAt.c) : null,
  };
}

