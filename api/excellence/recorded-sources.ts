import type { DB } from '../db/schema.ts';
import type { CompositeSource } from '../../workflows/excellence/framework-schema.ts';

/** The sources recorded beside the assessment; 'assessment' itself is the framework total. */
export type RecordedSource = Exclude<CompositeSource, 'assessment'>;
export type SubjectSources = Partial<Record<RecordedSource, number>>;

/**
 * Recorded composite sources per subject of a cycle. Publication reads them; recording them
 * (composite-sources.ts) republishes, so the read lives apart and the two never import each other.
 */
export async function compositeSourcesOf(db: DB, cycleId: string): Promise<Map<string, SubjectSources>> {
  const rows = await db
    .selectFrom('excellence_composite_sources')
    .select(['subject_id', 'source', 'percent'])
    .where('cycle_id', '=', cycleId)
    .execute();
  const out = new Map<string, SubjectSources>();
  for (const r of rows) out.set(r.subject_id, { ...out.get(r.subject_id), [r.source]: r.percent });
  return out;
}
