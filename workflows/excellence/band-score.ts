import type { Band, BandScheme } from './framework-schema.ts';

/** A band score is a multiple of the scheme's step (5) within 0..100. */
export function isBandScore(score: number, step = 5): boolean {
  return Number.isFinite(score) && score >= 0 && score <= 100 && Number.isInteger(score / step);
}

/** Throws for a score an assessor may not enter; the API turns this into a 400 before it gets here. */
export function assertBandScore(score: number, step = 5): number {
  if (!isBandScore(score, step)) throw new RangeError(`score ${score} is not a multiple of ${step} within 0..100`);
  return score;
}

/** Nearest multiple of `step` within 0..100 (halves go up: 72.5 -> 75), e.g. to pre-fill from a computed percent. */
export function snapToStep(score: number, step = 5): number {
  const clamped = Math.min(100, Math.max(0, score));
  return Math.min(100, Math.floor(clamped / step + 0.5) * step);
}

/**
 * The band containing a percent. Bands cover 0..100 in steps, so a computed percent
 * between two bands (e.g. 27.5 between 10-25 and 30-45) belongs to the lower one.
 */
export function bandFor(scheme: BandScheme, percent: number): Band {
  const bands = scheme.bands;
  let found: Band | undefined;
  for (const band of bands) {
    if (percent >= band.min) found = band;
  }
  const result = found ?? bands[0];
  if (!result) throw new RangeError('band scheme has no bands');
  return result;
}
