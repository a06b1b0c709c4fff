import type { BilingualText, Framework } from './framework-schema.ts';
import { bandFor } from './band-score.ts';

/** A score as the feedback report shows it. */
export type FeedbackScore =
  | { shows: 'raw'; percent: number; band: BilingualText }
  | { shows: 'band'; band: BilingualText; min: number; max: number };

/**
 * Frameworks with `feedbackShowsRawScores: false` report the band (label and range)
 * instead of the number, so the entity sees where it stands without a raw score.
 */
export function feedbackScore(fw: Framework, percent: number): FeedbackScore {
  const band = bandFor(fw.scoring.bands, percent);
  return fw.feedbackShowsRawScores
    ? { shows: 'raw', percent, band: band.label }
    : { shows: 'band', band: band.label, min: band.min, max: band.max };
}
