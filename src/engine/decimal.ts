/**
 * Decimal arithmetic for scores and rates (domain §4): decimal.js, rounded half-up; float fast paths where the float
 * result cannot differ, and the tolerances within which an entered value equals a computed one.
 */
import Decimal from 'decimal.js';

export const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof D>;

export const SCORE_TOLERANCE = 0.005;
export const RATE_TOLERANCE = 0.00005;

/** Rounds half-up to 2 decimals (4.745 → 4.75). */
export function round2(x: Dec | number): number {
  if (typeof x === 'number') {
    const c = x * 100;
    // Already at 2 decimals (weights, most scores): nothing to round.
    if (Number.isFinite(c) && Math.abs(c - Math.round(c)) < 1e-9) return Math.round(c) / 100;
  }
  return new D(x).toDecimalPlaces(2, D.ROUND_HALF_UP).toNumber();
}

/**
 * round2(w × n ÷ d) with decimal semantics. Binary floats are exact enough except within a hair of a
 * half-cent boundary (…x5); only there is the product recomputed in decimal.
 */
export function mulDiv2(w: number, n: number, d: number): number {
  const x = ((w * n) / d) * 100;
  if (Number.isFinite(x) && x >= 0) {
    const f = x - Math.floor(x);
    if (Math.abs(f - 0.5) > 1e-7) return Math.round(x) / 100;
  }
  return round2(new D(w).times(n).div(d));
}

/** a ≥ b × c, decided in decimal only near equality. */
export function geTimes(a: number, b: number, c: number): boolean {
  const p = b * c;
  const tol = Math.max(Math.abs(a), Math.abs(p)) * 1e-12;
  if (a - p > tol) return true;
  if (p - a > tol) return false;
  return new D(a).gte(new D(b).times(c));
}

/** a ≤ b ÷ c, decided in decimal only near equality. */
export function leDiv(a: number, b: number, c: number): boolean {
  const q = b / c;
  const tol = Math.max(Math.abs(a), Math.abs(q)) * 1e-12;
  if (q - a > tol) return true;
  if (a - q > tol) return false;
  return new D(a).lte(new D(b).div(c));
}

export function roundTo(x: Dec | number, dp: number): number {
  if (typeof x === 'number' && Number.isFinite(x) && x >= 0) {
    const c = x * 10 ** dp;
    const f = c - Math.floor(c);
    if (Math.abs(f - 0.5) > 1e-6) return Math.round(c) / 10 ** dp;
  }
  return new D(x).toDecimalPlaces(dp, D.ROUND_HALF_UP).toNumber();
}

/** Equal within tolerance, compared in decimal. */
export function near(a: number, b: number, tol = SCORE_TOLERANCE): boolean {
  // Binary floats decide clear cases; only differences near the tolerance are compared in decimal.
  const d = Math.abs(a - b);
  if (d < tol * 0.999) return true;
  if (d > tol * 1.001) return false;
  return new D(a).minus(b).abs().lessThan(tol);
}

/**
 * Exact sum of amounts and scores. Values with at most 6 decimals (all real amounts, weights and scores)
 * are added as integers of millionths, which is exact; anything else is added in decimal.
 */
export function sumExact(xs: Iterable<number>): number {
  let ints = 0;
  const rest: number[] = [];
  for (const x of xs) {
    const m = Math.round(x * 1e6);
    if (Math.abs(m - x * 1e6) < 1e-6 && Math.abs(m) < 1e15) ints += m;
    else rest.push(x);
  }
  let total = ints / 1e6;
  if (rest.length) total = rest.reduce((acc, x) => acc.plus(x), new D(ints).div(1e6)).toNumber();
  return total;
}

/** a < b − tol, decided in decimal only near the boundary. */
export function lessBy(a: number, b: number, tol: number): boolean {
  const d = b - a;
  if (d > tol * 1.001) return true;
  if (d < tol * 0.999) return false;
  return new D(a).lt(new D(b).minus(tol));
}
