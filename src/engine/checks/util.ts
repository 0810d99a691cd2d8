/** Formatting helpers shared by the check modules' messages. */
import { addr } from '../grid';
import { At } from '../model';

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

export function a1(at: At): string {
  return addr(at.r, at.c);
}

/** Quotes a cell's text for a message, shortened. */
export function q(s: string, max = 30): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return '“' + (t.length > max ? t.slice(0, max) + '…' : t) + '”';
}
