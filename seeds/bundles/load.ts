import type { DB } from '../../api/db/schema.ts';
import { upsertBundle } from '../../api/bundles/bundle-store.ts';
import { bundleSeeds } from './index.ts';

/**
 * The eight life-event bundles with their seeded design history, where missing. Once there, a
 * bundle is the administrators' to edit: a restart never writes the seed over it.
 */
export async function loadBundleSeeds(db: DB, at: Date = new Date()): Promise<number> {
  const present = new Set((await db.selectFrom('bundles').select('id').execute()).map((b) => b.id));
  for (const bundle of bundleSeeds) {
    if (present.has(bundle.id)) continue;
    await upsertBundle(db, bundle, at);
    for (const version of bundle.designs) {
      await db
        .insertInto('bundle_designs')
        .values({
          bundle_id: bundle.id,
          version: version.version,
          workshop_id: version.workshopId,
          recorded_at: new Date(version.recordedAt),
          design: JSON.stringify(version.design),
        })
        .onConflict((oc) => oc.columns(['bundle_id', 'version']).doNothing())
        .execute();
    }
  }
  return bundleSeeds.length;
}
