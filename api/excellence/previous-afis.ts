import type { DB } from '../db/schema.ts';

/**
 * The areas for improvement agreed for the same subject in the latest earlier cycle of
 * the same framework, per node: what the entity said it would work on.
 */
export async function previousAfis(db: DB, assessment: { cycleId: string; subjectId: string }) {
  const cycle = await db
    .selectFrom('excellence_cycles')
    .select(['framework_code', 'number'])
    .where('id', '=', assessment.cycleId)
    .executeTakeFirstOrThrow();
  const prev = await db
    .selectFrom('excellence_assessments as a')
    .innerJoin('excellence_cycles as c', 'c.id', 'a.cycle_id')
    .select(['a.id', 'c.number', 'c.year'])
    .where('c.framework_code', '=', cycle.framework_code)
    .where('c.number', '<', cycle.number)
    .where('a.subject_id', '=', assessment.subjectId)
    .orderBy('c.number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!prev) return { cycleNumber: null, cycleYear: null, nodes: [] };
  const rows = await db
    .selectFrom('excellence_consensus')
    .select(['node_code', 'afis'])
    .where('assessment_id', '=', prev.id)
    .orderBy('node_code')
    .execute();
  return {
    cycleNumber: prev.number,
    cycleYear: prev.year,
    nodes: rows.map((r) => ({ nodeCode: r.node_code, afis: (r.afis as string[]) ?? [] })).filter((n) => n.afis.length > 0),
  };
}
