/** Reading values per domain §3: amounts, rates, targets and actuals. */
import { Cell, cellText } from './grid';
import { fold, isDash, memo } from './text';
import { NUM_RE, isBlank, isPercentFormat, toNumber } from './cells';

export { isPercentFormat, isBlank, readAmount, readRate, readPoints, pointsValue, weighs } from './cells';
export type { Amount, Points, Rate } from './cells';

export type Op = 'ge' | 'gt' | 'le' | 'lt' | 'eq';

/** A quantity read from a target or an actual. Percentages are in percentage points (95% → 95). */
export interface Quantity {
  value: number;
  unit: string;
  percent: boolean;
  /** A date or year, value as yyyymmdd. */
  date: boolean;
}

export interface ParsedTarget {
  raw: string;
  type: 'empty' | 'quantitative' | 'qualitative' | 'unparseable';
  op: Op;
  q: Quantity | null;
  /** The typo that was read as an operator ("》"), when there was one. */
  nonstandardOp: string | null;
  /** Qualitative text, folded. */
  text: string;
}

export interface ParsedActual {
  raw: string;
  type: 'empty' | 'number' | 'text' | 'error';
  q: Quantity | null;
  /** The operator written in front of the actual ("≥266米"), if any. */
  op: Op | null;
  text: string;
}

const OP_WORDS: Array<[RegExp, Op, boolean]> = [
  // [pattern, op, nonstandard]
  [/(>=|=>|≥|≧|⩾|不低于|不少于|不小于|大于等于|大于或等于|至少|达到)/, 'ge', false],
  [/(<=|=<|≤|≦|⩽|不高于|不超过|不多于|不大于|小于等于|小于或等于|控制在)/, 'le', false],
  [/(>|高于|大于|超过|多于)/, 'gt', false],
  [/(<|低于|小于|少于)/, 'lt', false],
  [/(》)/, 'gt', true],
  [/(《)/, 'lt', true],
  [/(=|==|等于)/, 'eq', false],
];

function findOp(prefix: string): { op: Op; nonstandard: string | null } | null {
  for (const [re, op, ns] of OP_WORDS) {
    const m = re.exec(prefix);
    if (m) return { op, nonstandard: ns ? m[1] : null };
  }
  return null;
}

const SUFFIX_OPS: Array<[RegExp, Op]> = [
  [/(及以上|以上)$/, 'ge'],
  [/(及以内|以内|之内|及以下|以下|内)$/, 'le'],
];

const DATE_RE =
  /^(\d{4})(?:年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?|[-/](\d{1,2})(?:[-/](\d{1,2}))?)(底|末|上旬|中旬|下旬)?/;

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function parseDateLike(s: string): { value: number; rest: string } | null {
  const m = DATE_RE.exec(s);
  if (!m) return null;
  const y = Number(m[1]);
  const hasYearMark = /^\d{4}年/.test(s);
  if (!hasYearMark && m[4] === undefined) return null;
  if (y < 1900 || y > 2200) return null;
  const month = m[2] !== undefined ? Number(m[2]) : m[4] !== undefined ? Number(m[4]) : 12;
  if (month < 1 || month > 12) return null;
  const dayStr = m[3] ?? m[5];
  const day = dayStr !== undefined ? Number(dayStr) : lastDay(y, month);
  if (day < 1 || day > 31) return null;
  return { value: y * 10000 + month * 100 + day, rest: s.slice(m[0].length) };
}

function normUnit(u: string): string {
  const f = u.replace(/^[:：]/, '');
  if (f === '%' || f === '百分比' || f === '百分点') return '%';
  return f;
}

interface RawQuantity {
  q: Quantity | null;
  op: Op | null;
  nonstandard: string | null;
  numbers: number;
  hasOpSymbol: boolean;
}

/** Reads "[op words] number [unit] [以上/以内]" or a date. */
const readQuantityText = memo((raw: string): RawQuantity => readQuantityTextUncached(raw));

function readQuantityTextUncached(raw: string): RawQuantity {
  let s = fold(raw).replace(/，/g, ',');
  // Remarks in brackets ("(含90%)", "(全覆盖)") do not count, when a number stands outside them.
  const outside = s.replace(/\([^)]*\)/g, '');
  if (/\d/.test(outside)) s = outside;
  const hasOpSymbol = /[<>=≥≤≧≦》《]/.test(s);
  // A date: optional operator prefix, the date, optional 前/后.
  const opPrefix = /^([^\d]*)/.exec(s)?.[1] ?? '';
  const afterPrefix = s.slice(opPrefix.length);
  const d = parseDateLike(afterPrefix);
  if (d && !/\d/.test(d.rest)) {
    let op: Op = 'le';
    const pre = findOp(opPrefix);
    if (pre) op = pre.op === 'gt' ? 'ge' : pre.op === 'lt' ? 'le' : pre.op === 'eq' ? 'le' : pre.op;
    if (/^(之后|以后|后)/.test(d.rest)) op = 'ge';
    return {
      q: { value: d.value, unit: '日期', percent: false, date: true },
      op,
      nonstandard: pre?.nonstandard ?? null,
      numbers: 1,
      hasOpSymbol,
    };
  }
  const nums = s.match(NUM_RE) ?? [];
  if (nums.length !== 1) return { q: null, op: null, nonstandard: null, numbers: nums.length, hasOpSymbol };
  const idx = s.search(NUM_RE);
  let numText = nums[0];
  let prefix = s.slice(0, idx);
  // A leading sign glued to an operator ("≥-5") stays with the number; a "-" after text is a dash.
  if (/^[-+]/.test(numText) && prefix !== '' && !/[<>=≥≤≧≦》《]$/.test(prefix)) {
    numText = numText.slice(1);
    prefix = s.slice(0, idx + 1);
  }
  // Remarks in brackets ("(含)", "(全覆盖)") and closing punctuation are not part of the unit.
  let suffix = s
    .slice(idx + nums[0].length)
    .replace(/\([^)]*\)/g, '')
    .replace(/[。.,;；、]+$/, '');
  let op: Op | null = null;
  let nonstandard: string | null = null;
  const pre = findOp(prefix);
  if (pre) {
    op = pre.op;
    nonstandard = pre.nonstandard;
  }
  for (const [re, sop] of SUFFIX_OPS) {
    if (re.test(suffix)) {
      suffix = suffix.replace(re, '');
      if (!op) op = sop;
    }
  }
  const unit = normUnit(suffix);
  const percent = unit === '%';
  return {
    q: { value: toNumber(numText), unit, percent, date: false },
    op,
    nonstandard,
    numbers: 1,
    hasOpSymbol,
  };
}

function quantityFromNumberCell(cell: Cell): Quantity | null {
  const v = cell.value;
  if (v.t !== 'number' || !Number.isFinite(v.v)) return null;
  if (isPercentFormat(cell.numFmt)) return { value: round(v.v * 100, 10), unit: '%', percent: true, date: false };
  return { value: v.v, unit: '', percent: false, date: false };
}

function quantityFromDateCell(cell: Cell): Quantity | null {
  if (cell.value.t !== 'date') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(cell.value.v);
  if (!m) return null;
  return { value: Number(m[1] + m[2] + m[3]), unit: '日期', percent: false, date: true };
}

function round(x: number, digits: number): number {
  const f = Math.pow(10, digits);
  return Math.round(x * f) / f;
}

/** Reads a 年度指标值 cell (domain §3). */
export function parseTarget(cell: Cell | undefined): ParsedTarget {
  const v = cell?.value ?? { t: 'empty' };
  const raw = cellText(v);
  const base: ParsedTarget = { raw, type: 'empty', op: 'eq', q: null, nonstandardOp: null, text: '' };
  if (isBlank(v)) return base;
  if (v.t === 'number') {
    const q = quantityFromNumberCell(cell as Cell);
    // A number shown as a percentage is reported as the user sees it ("95%", not "0.95").
    return q
      ? { ...base, raw: q.percent ? `${q.value}%` : raw, type: 'quantitative', q }
      : { ...base, type: 'unparseable' };
  }
  if (v.t === 'date') {
    const q = quantityFromDateCell(cell as Cell);
    return q ? { ...base, type: 'quantitative', op: 'le', q } : { ...base, type: 'unparseable' };
  }
  if (v.t !== 'text') return { ...base, type: 'unparseable' };
  return parseTargetText(raw);
}

export const parseTargetText = memo((raw: string): ParsedTarget => parseTargetTextUncached(raw));

function parseTargetTextUncached(raw: string): ParsedTarget {
  const base: ParsedTarget = { raw, type: 'empty', op: 'eq', q: null, nonstandardOp: null, text: '' };
  const f = fold(raw);
  if (f === '' || isDash(f)) return base;
  if (/^定性/.test(f)) return { ...base, type: 'qualitative', text: f.replace(/^定性[:：]?/, '') };
  const rq = readQuantityText(raw);
  if (rq.q) return { ...base, type: 'quantitative', op: rq.op ?? 'eq', q: rq.q, nonstandardOp: rq.nonstandard };
  if (rq.numbers === 0 && !rq.hasOpSymbol) return { ...base, type: 'qualitative', text: f };
  return { ...base, type: 'unparseable', text: f };
}

/**
 * The split form of a target (指标性质 | 指标值 | 度量单位) read as one target. 指标性质 may be an operator,
 * 定性 or 定量.
 */
export function parseSplitTarget(
  opCell: Cell | undefined,
  valueCell: Cell | undefined,
  unitCell: Cell | undefined,
): ParsedTarget {
  const opText = fold(cellText(opCell?.value ?? { t: 'empty' }));
  const unitText = fold(cellText(unitCell?.value ?? { t: 'empty' }));
  const valueV = valueCell?.value ?? { t: 'empty' };
  if (isBlank(valueV)) {
    const raw = [opText, unitText].filter(Boolean).join('');
    return { raw, type: 'empty', op: 'eq', q: null, nonstandardOp: null, text: '' };
  }
  if (/^定性/.test(opText)) {
    const t = cellText(valueV);
    return { raw: t, type: 'qualitative', op: 'eq', q: null, nonstandardOp: null, text: fold(t) };
  }
  const opPart = /^定量/.test(opText) ? '' : opText;
  let valueText: string;
  if (valueV.t === 'number') {
    const q = quantityFromNumberCell(valueCell as Cell);
    valueText = q ? String(q.value) + (q.percent ? '%' : '') : String(valueV.v);
  } else {
    valueText = cellText(valueV);
  }
  const unitPart = unitText && !fold(valueText).endsWith(unitText) ? unitText : '';
  const raw = opPart + fold(valueText) + unitPart;
  const t = parseTargetText(raw);
  return { ...t, raw };
}

/** Reads a 实际完成值 cell. */
export function parseActual(cell: Cell | undefined): ParsedActual {
  const v = cell?.value ?? { t: 'empty' };
  const raw = cellText(v);
  const base: ParsedActual = { raw, type: 'empty', q: null, op: null, text: '' };
  if (isBlank(v)) return base;
  if (v.t === 'error') return { ...base, type: 'error', text: raw };
  if (v.t === 'number') {
    const q = quantityFromNumberCell(cell as Cell);
    return q ? { ...base, type: 'number', q } : { ...base, type: 'error', text: raw };
  }
  if (v.t === 'date') {
    const q = quantityFromDateCell(cell as Cell);
    return q ? { ...base, type: 'number', q } : { ...base, type: 'text', text: raw };
  }
  if (v.t === 'boolean') return { ...base, type: 'text', text: raw };
  const rq = readQuantityText(raw);
  if (rq.q) return { ...base, type: 'number', q: rq.q, op: rq.op, text: fold(raw) };
  return { ...base, type: 'text', text: fold(raw) };
}

export type Grade = '达成' | '部分达成' | '未达成';

/** Grades a qualitative actual against its target text (domain §3). null when it cannot be told. */
export function gradeQualitative(actualText: string, targetText: string): Grade | null {
  const a = fold(actualText);
  if (a === '') return null;
  if (targetText && a === fold(targetText)) return '达成';
  if (/^(未|没有|不|无|差|较差|否)/.test(a) || /(未达成|未完成|未达到|不达标|不合格)/.test(a)) return '未达成';
  if (/^(基本|部分|较好|一般|大部分|良好)/.test(a)) return '部分达成';
  if (/^(达成|已|完成|全部|有效|达到|达标|合格|健全|完善|优|好|满意|是|明显|显著|圆满|按时|100%)/.test(a))
    return '达成';
  if (targetText && a.includes(fold(targetText))) return '达成';
  return null;
}
