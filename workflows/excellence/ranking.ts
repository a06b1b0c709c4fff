import { nearlyEqual } from './score-precision.ts';

export interface Scored {
  id: string;
  score: number;
}

export interface Ranked extends Scored {
  rank: number;
}

/**
 * Competition ranking ("1224"): equal scores (within scoreEpsilon) share a rank and the
 * next rank skips (1, 1, 3). Highest score first; ties listed by id so output is stable.
 */
export function rankByScore(entries: readonly Scored[]): Ranked[] {
  const sorted = [...entries].sort((a, b) => (nearlyEqual(a.score, b.score) ? a.id.localeCompare(b.id) : b.score - a.score));
  const ranked: Ranked[] = [];
  sorted.forEach((entry, i) => {
    const prev = ranked[i - 1];
    const rank = prev && nearlyEqual(prev.score, entry.score) ? prev.rank : i + 1;
    ranked.push({ ...entry, rank });
  });
  return ranked;
}
