import type { DB } from '../../api/db/schema.ts';
import { upsertBundle } from '../../api/bundles/bundle-store.ts';
import { bundleSeeds } from './index.ts';

/**
 * The eight life-event bundles with their seeded design history. Idempotent: definitions
 * are refreshed, and a design version already recorded is never rewritten.
 */
export async function loadBundleSeeds(db: DB, at: Date = new Date()): Promise<number> {
  for (const bundle of bundleSeeds) {
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
