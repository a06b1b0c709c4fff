/**
 * Rounding policy for every excellence score:
 * - computations keep full floating-point precision; nothing is rounded in between;
 * - comparisons (sums of weights, thresholds, ties in a ranking) allow `scoreEpsilon`,
 *   so 0.1 + 0.2 style drift never changes a label or a rank;
 * - `presentScore` rounds to one decimal, only when a value is shown or exported.
 */
export const scoreEpsilon = 1e-6;

export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= scoreEpsilon;
}

/** a >= b, tolerant of floating-point drift. */
export function atLeast(a: number, b: number): boolean {
  return a >= b - scoreEpsilon;
}

/** Rounds half away from zero to `decimals` (default 1) for display. */
export function presentScore(value: number, decimals = 1): number {
  const factor = 10 ** decimals;
  // The epsilon pushes 82.45 stored as 82.4499999 up to 82.5, as a reader would expect.
  return (Math.sign(value) * Math.round(Math.abs(value) * factor + scoreEpsilon)) / factor;
}
