import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { cycleFramework } from './cycle-framework.ts';
import { publishCycleResults } from './publication.ts';
import { compositeSourcesOf, type RecordedSource } from './recorded-sources.ts';

/** The sources the cycle's framework composite asks for beside the assessment (empty: no composite). */
export async function requiredSources(db: DB, cycleId: string): Promise<RecordedSource[]> {
  const { framework } = await cycleFramework(db, cycleId);
  return (framework.classification?.composite ?? []).map((c) => c.source).filter((s): s is RecordedSource => s !== 'assessment');
}

/** One subject's row on the sources form: its name and what is recorded so far. */
export async function listCompositeSources(db: DB, cycleId: string) {
  const { cycle } = await cycleFramework(db, cycleId);
  const required = await requiredSources(db, cycleId);
  const recorded = await compositeSourcesOf(db, cycleId);
  const subjects = await db
    .selectFrom('excellence_assessments')
    .select(['subject_id', 'entity_id'])
    .where('cycle_id', '=', cycleId)
    .orderBy('subject_id')
    .execute();
  const ids = subjects.map((s) => s.subject_id);
  const names =
    ids.length === 0
      ? []
      : cycle.subject_kind === 'centre'
        ? await db.selectFrom('service_centres').select(['id', 'name_ar', 'name_en']).where('id', 'in', ids).execute()
        : await db.selectFrom('entities').select(['id', 'name_ar', 'name_en']).where('id', 'in', ids).execute();
  const byId = new Map(names.map((n) => [n.id, n]));
  return {
    required,
    subjects: subjects.map((s) => ({
      subjectId: s.subject_id,
      entityId: s.entity_id,
      nameAr: byId.get(s.subject_id)?.name_ar ?? s.subject_id,
      nameEn: byId.get(s.subject_id)?.name_en ?? s.subject_id,
      sources: recorded.get(s.subject_id) ?? {},
    })),
  };
}

/**
 * Records one subject's composite sources with a history row per change, in the caller's
 * transaction. Once the cycle has published, its results are recomputed in the same
 * transaction so the stars follow the new figures.
 */
export async function recordCompositeSources(
  db: DB,
  userId: string,
  cycleId: string,
  subjectId: string,
  values: Partial<Record<RecordedSource, number>>,
  at: Date,
): Promise<void> {
  const state = await db.selectFrom('workflow_instances').select('state').where('id', '=', cycleId).executeTakeFirst();
  if (!state) throw new AppError('NOT_FOUND', 'errors.notFound');
  if (state.state === 'closed') throw new AppError('CONFLICT', 'errors.excellence.cycleClosed');
  const required = await requiredSources(db, cycleId);
  for (const source of Object.keys(values)) {
    if (!required.includes(source as RecordedSource))
      throw new AppError('BAD_REQUEST', 'errors.excellence.sourceNotInComposite', { source });
  }
  const subject = await db
    .selectFrom('excellence_assessments')
    .select('id')
    .where('cycle_id', '=', cycleId)
    .where('subject_id', '=', subjectId)
    .executeTakeFirst();
  if (!subject) throw new AppError('NOT_FOUND', 'errors.excellence.unknownSubject', { subject: subjectId });
  const before = (await compositeSourcesOf(db, cycleId)).get(subjectId) ?? {};
  let changed = false;
  for (const [source, percent] of Object.entries(values) as [RecordedSource, number][]) {
    const from = before[source] ?? null;
    if (from === percent) continue;
    changed = true;
    await db
      .insertInto('excellence_composite_sources')
      .values({ cycle_id: cycleId, subject_id: subjectId, source, percent, recorded_by: userId, recorded_at: at })
      .onConflict((oc) => oc.columns(['cycle_id', 'subject_id', 'source']).doUpdateSet({ percent, recorded_by: userId, recorded_at: at }))
      .execute();
    await db
      .insertInto('excellence_composite_source_history')
      .values({
        cycle_id: cycleId,
        subject_id: subjectId,
        source,
        from_percent: from,
        to_percent: percent,
        changed_by: userId,
        changed_at: at,
      })
      .execute();
  }
  if (!changed) return;
  const published = await db.selectFrom('published_results').select('cycle_id').where('cycle_id', '=', cycleId).limit(1).executeTakeFirst();
  if (published) await publishCycleResults(db, cycleId, at);
}
