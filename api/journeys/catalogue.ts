import type { DB } from '../db/schema.ts';
import type { ServiceDefinition } from '../../workflows/journeys/service-definition.ts';

export interface CatalogueEntry {
  code: string;
  definition: ServiceDefinition;
  strategicWeight: number;
}

export async function listServices(db: DB): Promise<CatalogueEntry[]> {
  const rows = await db.selectFrom('services').selectAll().orderBy('code').execute();
  return rows.map((r) => ({ code: r.code, definition: r.definition, strategicWeight: Number(r.strategic_weight) }));
}

/** Reference data: the definition is refreshed, the strategic weight the user set is kept. */
export async function upsertService(db: DB, definition: ServiceDefinition): Promise<void> {
  const row = {
    code: definition.code,
    name_ar: definition.name.ar,
    name_en: definition.name.en,
    owner_entity_code: definition.ownerEntityCode,
    definition: JSON.stringify(definition),
  };
  await db
    .insertInto('services')
    .values(row)
    .onConflict((oc) =>
      oc
        .column('code')
        .doUpdateSet({ name_ar: row.name_ar, name_en: row.name_en, owner_entity_code: row.owner_entity_code, definition: row.definition }),
    )
    .execute();
}
