import type { CompositeSource, Framework, MaturityLevel } from './framework-schema.ts';
import { scoreEntity } from './weighted-total.ts';
import type { EntityScore } from './weighted-total.ts';
import { maturityLevelFor } from './maturity-level.ts';
import { classify } from './classification.ts';
import type { Classification } from './classification.ts';
import { rankByScore } from './ranking.ts';
import type { Ranked } from './ranking.ts';
import { changeAgainstPrevious } from './cycle-change.ts';
import type { RankChange } from './cycle-change.ts';

export interface SubjectLeafScores {
  id: string;
  entityType: string;
  /** Consensus percent per leaf; null = not applicable. */
  leafPercents: Readonly<Record<string, number | null>>;
  /** The composite's other sources (customer feedback, mystery shopper...), when recorded. */
  sources?: Readonly<Partial<Record<CompositeSource, number>>>;
}

export interface SubjectResult {
  id: string;
  score: EntityScore;
  maturity: MaturityLevel | null;
  classification: Classification | null;
  rank: number;
  change: RankChange;
}

/**
 * Everything a cycle publishes: each subject's weighted score, maturity level and
 * classification, the competition ranking on the total percent, and the change against
 * the previous cycle's ranking. Results come back in rank order.
 */
export function cycleResults(
  fw: Framework,
  subjects: readonly SubjectLeafScores[],
  previous: readonly Ranked[],
): { results: SubjectResult[]; dropped: string[] } {
  const scored = new Map<string, EntityScore>();
  const sources = new Map(subjects.map((s) => [s.id, s.sources ?? {}]));
  for (const s of subjects) scored.set(s.id, scoreEntity(fw, { entityType: s.entityType, leafPercents: s.leafPercents }));
  const ranked = rankByScore([...scored].map(([id, score]) => ({ id, score: score.percent ?? 0 })));
  const { changes, dropped } = changeAgainstPrevious(ranked, previous);
  const results = changes.map((change): SubjectResult => {
    const score = scored.get(change.id)!;
    const percent = score.percent ?? 0;
    const pillarPercents = Object.fromEntries(score.pillars.map((p) => [p.code, p.percent]));
    return {
      id: change.id,
      score,
      maturity: maturityLevelFor(fw.maturityLevels, percent),
      classification: fw.classification
        ? classify(fw.classification, { assessmentPercent: percent, pillarPercents, sources: sources.get(change.id) ?? {} })
        : null,
      rank: change.rank,
      change,
    };
  });
  return { results, dropped };
}
