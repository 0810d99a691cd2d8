/** The located, parsed table: what the locator produces and the scorer and checks read. */
import { CellRange } from './grid';
import { Amount, ParsedActual, ParsedTarget, Points, Rate } from './values';

export interface At {
  r: number;
  c: number;
}

export type HeaderKey = 'projectName' | 'departmentName' | 'authority' | 'implementer';

export interface HeaderField {
  key: HeaderKey;
  label: string;
  labelAt: At;
  valueAt: At;
  value: string;
}

export interface AmountCell {
  at: At;
  amount: Amount;
}

export type BudgetColumn = 'initial' | 'annual' | 'executed';

export interface BudgetRow {
  label: string;
  labelAt: At;
  role: 'total' | 'source';
  amounts: Partial<Record<BudgetColumn, AmountCell>>;
}

export interface SplitItem {
  label: string;
  labelAt: At;
  value: AmountCell;
}

export interface BudgetBlock {
  headerRow: number;
  /** The block's own label ("项目资金（万元）"), if found. */
  label: string;
  labelAt: At | null;
  /** Weight written in the block label ("预算执行情况(10分)"). */
  labelWeight: number | null;
  cols: Partial<Record<BudgetColumn | 'weight' | 'rate' | 'score' | 'reason', number>>;
  total: BudgetRow | null;
  sources: BudgetRow[];
  /** Department tables: 按收入性质分 and 按支出性质分 items. */
  income: SplitItem[];
  expense: SplitItem[];
  weightAt: At | null;
  weight: Points;
  rateAt: At | null;
  rate: Rate;
  scoreAt: At | null;
  score: Points;
  reasonAt: At | null;
  reason: string;
  lastRow: number;
}

export interface Indicator {
  row: number;
  level1: string;
  level1At: At;
  level2: string;
  name: string;
  nameAt: At;
  target: ParsedTarget;
  targetAt: At;
  actual: ParsedActual;
  actualAt: At;
  weightAt: At | null;
  weight: Points;
  scoreAt: At | null;
  score: Points;
  noteAt: At | null;
  note: string;
}

export interface Level1Group {
  name: string;
  label: string;
  at: At;
  labelWeight: number | null;
  indicators: Indicator[];
}

export interface TotalRow {
  labelAt: At;
  weightAt: At | null;
  weight: Points;
  scoreAt: At | null;
  score: Points;
}

export interface IndicatorCols {
  level1?: number;
  level2?: number;
  level3?: number;
  target?: number;
  targetOp?: number;
  targetUnit?: number;
  /** 指标方向 (大于等于 / 小于等于 …), where the operator is a word of its own column. */
  targetDir?: number;
  actual?: number;
  weight?: number;
  score?: number;
  note?: number;
}

export interface TableModel {
  kind: 'project' | 'department';
  range: CellRange;
  title: string;
  /** The table's first label: where layout findings point. */
  firstLabelAt: At;
  headerFields: HeaderField[];
  budget: BudgetBlock | null;
  indicatorHeaderAt: At | null;
  indicatorBlockWeight: number | null;
  /** Where the indicator block's label weight is written (年度绩效目标(40分)), when it is. */
  indicatorBlockLabelAt: At | null;
  indicatorCols: IndicatorCols;
  indicators: Indicator[];
  groups: Level1Group[];
  total: TotalRow | null;
  /** Names of required blocks/columns not found. */
  missing: string[];
  /** Template rows left unfilled (指标1：, ……, blank names): not indicators; named once. */
  templateRows: At[];
  /** The form has no 分值 column: weights are only those of its block labels (年度绩效目标(40分)). */
  weightsByBlock: boolean;
  /** Every text cell inside the table (merge anchors only). */
  textCells: Array<{ at: At; text: string }>;
}
