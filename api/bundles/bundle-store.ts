import type { Kysely } from 'kysely';
import { bundleSchema, type Bundle } from '../../workflows/bundles/bundle.ts';
import type { BundleDesign } from '../../workflows/bundles/bundle-design.ts';
import { recordDesign } from '../../workflows/bundles/bundle-history.ts';
import type { Database, DB } from '../db/schema.ts';

type Db = DB | Kysely<Database>;

/** Inserts or refreshes a bundle's definition; its design history is kept apart and never rewritten here. */
export async function upsertBundle(db: Db, bundle: Bundle, at: Date): Promise<void> {
  const { designs: _designs, ...definition } = bundle;
  const row = {
    id: bundle.id,
    life_event: bundle.lifeEvent,
    name_ar: bundle.name.ar,
    name_en: bundle.name.en,
    definition: JSON.stringify(definition),
    updated_at: at,
  };
  await db
    .insertInto('bundles')
    .values(row)
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        life_event: row.life_event,
        name_ar: row.name_ar,
        name_en: row.name_en,
        definition: row.definition,
        updated_at: at,
      }),
    )
    .execute();
}

/** The bundle with its whole redesign history, oldest first; undefined when unknown. */
export async function loadBundle(db: Db, id: string): Promise<Bundle | undefined> {
  const row = await db.selectFrom('bundles').select(['definition']).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const designs = await db.selectFrom('bundle_designs').selectAll().where('bundle_id', '=', id).orderBy('version').execute();
  return bundleSchema.parse({
    ...row.definition,
    designs: designs.map((d) => ({
      version: d.version,
      workshopId: d.workshop_id,
      recordedAt: new Date(d.recorded_at).toISOString(),
      design: d.design,
    })),
  });
}

export async function listBundleIds(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('bundles').select('id').orderBy('id').execute();
  return rows.map((r) => r.id);
}

/** Appends a design as the bundle's next version, in the caller's transaction. */
export async function appendBundleDesign(
  db: Db,
  bundleId: string,
  design: BundleDesign,
  source: { workshopId: string | null; at: Date },
): Promise<number> {
  const bundle = await loadBundle(db, bundleId);
  if (!bundle) throw new Error(`no bundle ${bundleId}`);
  const history = recordDesign(bundle, design, { workshopId: source.workshopId, at: source.at.toISOString() });
  const added = history.at(-1)!;
  await db
    .insertInto('bundle_designs')
    .values({
      bundle_id: bundleId,
      version: added.version,
      workshop_id: source.workshopId,
      recorded_at: source.at,
      design: JSON.stringify(design),
    })
    .execute();
  return added.version;
}
