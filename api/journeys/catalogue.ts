import type { DB } from '../db/schema.ts';
import type { ServiceDefinition } from '../../workflows/journeys/service-definition.ts';

export interface CatalogueEntry {
  code: string;
  definition: ServiceDefinition;
  strategicWeight: number;
  version: number;
  retired: boolean;
}

/** The catalogue in use; retired services only when asked (an administrator's list, history). */
export async function listServices(db: DB, options: { includeRetired?: boolean } = {}): Promise<CatalogueEntry[]> {
  let q = db.selectFrom('services').selectAll().orderBy('code');
  if (!options.includeRetired) q = q.where('retired_at', 'is', null);
  const rows = await q.execute();
  return rows.map((r) => ({
    code: r.code,
    definition: r.definition,
    strategicWeight: Number(r.strategic_weight),
    version: r.version,
    retired: r.retired_at !== null,
  }));
}

/**
 * Seeds a service at version 1 when the catalogue does not hold it yet. Once there, the
 * catalogue is the administrators' to edit: a restart never writes the seed over their versions.
 */
export async function seedService(db: DB, definition: ServiceDefinition, at: Date = new Date()): Promise<void> {
  const inserted = await db
    .insertInto('services')
    .values({
      code: definition.code,
      name_ar: definition.name.ar,
      name_en: definition.name.en,
      owner_entity_code: definition.ownerEntityCode,
      definition: JSON.stringify(definition),
    })
    .onConflict((oc) => oc.column('code').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return;
  await db
    .insertInto('service_versions')
    .values({ code: definition.code, version: 1, definition: JSON.stringify(definition), saved_by: null, saved_at: at })
    .onConflict((oc) => oc.columns(['code', 'version']).doNothing())
    .execute();
}
