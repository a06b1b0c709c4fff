import type { Ranked } from './ranking.ts';

export interface RankChange {
  id: string;
  rank: number;
  score: number;
  previousRank: number | null;
  previousScore: number | null;
  /** previousRank - rank: positive means the entity moved up. Null for a new entrant. */
  rankDelta: number | null;
  /** score - previousScore. Null for a new entrant. */
  scoreDelta: number | null;
  isNew: boolean;
}

export interface CycleChange {
  changes: RankChange[];
  /** Ranked last cycle but not in this one. */
  dropped: string[];
}

/** Change of each entity's rank and score against the previous cycle of the same framework. */
export function changeAgainstPrevious(current: readonly Ranked[], previous: readonly Ranked[]): CycleChange {
  const before = new Map(previous.map((p) => [p.id, p]));
  const changes = current.map((c): RankChange => {
    const p = before.get(c.id);
    if (!p) {
      return {
        id: c.id,
        rank: c.rank,
        score: c.score,
        previousRank: null,
        previousScore: null,
        rankDelta: null,
        scoreDelta: null,
        isNew: true,
      };
    }
    return {
      id: c.id,
      rank: c.rank,
      score: c.score,
      previousRank: p.rank,
      previousScore: p.score,
      rankDelta: p.rank - c.rank,
      scoreDelta: c.score - p.score,
      isNew: false,
    };
  });
  const now = new Set(current.map((c) => c.id));
  return { changes, dropped: previous.filter((p) => !now.has(p.id)).map((p) => p.id) };
}
