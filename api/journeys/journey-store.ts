import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import type { JourneyContext, JourneyPhase } from '../../workflows/journeys/journey-machine.ts';
import type { JourneyMap, JourneyMapVersion } from '../../workflows/journeys/journey-map.ts';

export interface JourneyRecord {
  id: string;
  key: string;
  entityId: string;
  title: { ar: string; en: string };
  serviceCodes: string[];
  promised: Record<string, number>;
  phase: JourneyPhase;
  version: number;
  context: JourneyContext;
}

export async function findJourney(db: DB, id: string): Promise<JourneyRecord | null> {
  const row = await db
    .selectFrom('journeys')
    .innerJoin('workflow_instances as wi', 'wi.id', 'journeys.id')
    .select([
      'journeys.id',
      'journeys.key',
      'journeys.entity_id',
      'journeys.title_ar',
      'journeys.title_en',
      'journeys.service_codes',
      'journeys.promised',
      'wi.state',
      'wi.version',
      'wi.snapshot',
    ])
    .where((eb) => eb.or([eb('journeys.id', '=', id), eb('journeys.key', '=', id)]))
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    key: row.key,
    entityId: row.entity_id,
    title: { ar: row.title_ar, en: row.title_en },
    serviceCodes: row.service_codes,
    promised: row.promised as Record<string, number>,
    phase: row.state as JourneyPhase,
    version: row.version,
    context: (row.snapshot as { context: JourneyContext }).context,
  };
}

export async function requireJourney(db: DB, id: string): Promise<JourneyRecord> {
  const j = await findJourney(db, id);
  if (!j) throw new AppError('NOT_FOUND', 'errors.journeys.not_found');
  return j;
}

export interface StoredMap {
  version: JourneyMapVersion;
  map: JourneyMap;
  savedAt: Date;
  frozenAt: Date | null;
}

export async function loadMaps(db: DB, journeyId: string): Promise<Partial<Record<JourneyMapVersion, StoredMap>>> {
  const rows = await db.selectFrom('journey_maps').selectAll().where('journey_id', '=', journeyId).execute();
  const out: Partial<Record<JourneyMapVersion, StoredMap>> = {};
  for (const r of rows)
    out[r.version] = {
      version: r.version,
      map: r.map,
      savedAt: new Date(r.saved_at),
      frozenAt: r.frozen_at ? new Date(r.frozen_at) : null,
    };
  return out;
}

export async function requireMap(db: DB, journeyId: string, version: JourneyMapVersion): Promise<StoredMap> {
  const m = (await loadMaps(db, journeyId))[version];
  if (!m) throw new AppError('PRECONDITION_FAILED', 'errors.journeys.map_missing', { version });
  return m;
}

export async function writeMap(db: DB, journeyId: string, map: JourneyMap, userId: string | null, at: Date): Promise<void> {
  const value = JSON.stringify(map);
  await db
    .insertInto('journey_maps')
    .values({ journey_id: journeyId, version: map.version, map: value, saved_by: userId, saved_at: at, frozen_at: null })
    .onConflict((oc) => oc.columns(['journey_id', 'version']).doUpdateSet({ map: value, saved_by: userId, saved_at: at }))
    .execute();
}

/** A frozen version is the record the measurements and the gap analysis were made on. */
export async function freezeMap(db: DB, journeyId: string, version: JourneyMapVersion, at: Date): Promise<void> {
  await db
    .updateTable('journey_maps')
    .set({ frozen_at: at })
    .where('journey_id', '=', journeyId)
    .where('version', '=', version)
    .where('frozen_at', 'is', null)
    .execute();
}
