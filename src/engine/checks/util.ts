/** Helpers shared by the check modules: message formatting, and facts more than one check reads. */
import { Indicator, Level1Group } from '../model';
import { sumExact } from '../score';
import { isPlaceholderNote, isTemplateText } from '../text';

/** A 偏差原因 cell that says nothing: blank, a placeholder ("无", "/", "—", "略") or the template's instruction. */
export function noteIsBlank(note: string): boolean {
  return isPlaceholderNote(note) || isTemplateText(note);
}

/** The sum of the 分值 under a 一级指标 (exact: weights like 2.5 add up without float error). */
export function groupSum(g: Level1Group): number {
  return sumExact(weightsOf(g.indicators));
}

/** The 分值 that are numbers, in order (a blank or non-numeric 分值 is WEIGHT_MISSING's, not a 0). */
export function weightsOf(indicators: Indicator[]): number[] {
  const out: number[] = [];
  for (const i of indicators) if (i.weight.kind === 'number') out.push(i.weight.value);
  return out;
}

/** A number as a reviewer writes it: at most 2 decimals, no trailing zeros. */
export function fmt(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return String(Math.round(n * 100) / 100);
}

/** A fraction as a percentage with at most 2 decimals (0.975 → "97.5%"). */
export function pct(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  return String(Math.round(n * 10000) / 100) + '%';
}

/** Quotes a cell's text for a message, shortened. */
export function q(s: string, max = 30): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return '“' + (t.length > max ? t.slice(0, max) + '…' : t) + '”';
}
