import type { DB } from '../../api/db/schema.ts';
import { consensusSpread } from '../../workflows/excellence/consensus-spread.ts';
import { cycleResults } from '../../workflows/excellence/cycle-results.ts';
import type { SubjectLeafScores, SubjectResult } from '../../workflows/excellence/cycle-results.ts';
import type { Framework } from '../../workflows/excellence/framework-schema.ts';

export interface Timed {
  loadMs: number;
  computeMs: number;
  results: SubjectResult[];
  flagged: number;
}

/**
 * Reads every individual score of the cycle and computes, with the domain's pure functions,
 * each subject's per-node mean of its assessors, the spread per node, weighted totals,
 * maturity, classification and the ranking.
 */
export async function computeFromScores(db: DB, fw: Framework, cycleId: string): Promise<Timed> {
  const t0 = performance.now();
  const rows = await db
    .selectFrom('excellence_assessor_scores as s')
    .innerJoin('excellence_assessments as a', 'a.id', 's.assessment_id')
    .select(['a.subject_id', 'a.entity_type', 's.assessor_id', 's.node_code', 's.percent'])
    .where('a.cycle_id', '=', cycleId)
    .execute();
  const t1 = performance.now();
  const bySubject = new Map<string, { entityType: string; scores: { assessorId: string; nodeCode: string; percent: number }[] }>();
  for (const r of rows) {
    let s = bySubject.get(r.subject_id);
    if (!s) {
      s = { entityType: r.entity_type, scores: [] };
      bySubject.set(r.subject_id, s);
    }
    if (r.percent !== null) s.scores.push({ assessorId: r.assessor_id, nodeCode: r.node_code, percent: r.percent });
  }
  let flagged = 0;
  const subjects: SubjectLeafScores[] = [];
  for (const [id, s] of bySubject) {
    const sums = new Map<string, { sum: number; n: number }>();
    for (const x of s.scores) {
      const acc = sums.get(x.nodeCode) ?? { sum: 0, n: 0 };
      acc.sum += x.percent;
      acc.n++;
      sums.set(x.nodeCode, acc);
    }
    flagged += consensusSpread(s.scores, fw.consensusSpreadThreshold).filter((n) => n.flagged).length;
    subjects.push({ id, entityType: s.entityType, leafPercents: Object.fromEntries([...sums].map(([k, v]) => [k, v.sum / v.n])) });
  }
  const { results } = cycleResults(fw, subjects, []);
  const t2 = performance.now();
  return { loadMs: t1 - t0, computeMs: t2 - t1, results, flagged };
}
