import type { DB } from '../api/db/schema.ts';
import { hashPassword } from '../api/accounts/password.ts';
import { entityId, entitySeeds } from './entities.ts';
import { demoUsers, type DemoUserSeed } from './demo-users.ts';
import { loadJourneyDemo, loadServiceCatalogue } from './journeys-loader.ts';
import { loadBundleSeeds } from './bundles/load.ts';
import { loadDemoWorkshop } from './workshops/load.ts';
import { loadExcellenceDemo, loadExcellenceFrameworks } from './excellence/load.ts';
import { loadImprovementDemo } from './improvement/load.ts';
import { loadMysteryShopperDemo } from './mystery-shopper/demo.ts';

export interface SeedOptions {
  /**
   * The fictional organisation: its entities and service centres, the life-event bundles and the
   * service catalogue that name them. Default true (the embedded database, tests); a real server
   * loads it only with TAMAYUZ_SEED_DEMO=1, and then brings its own. Frameworks load either way.
   */
  referenceData?: boolean;
  /** Demo accounts are for the embedded database; a real server gets them only when asked. */
  demoUsers: boolean;
  /** A co-design workshop under way (npm start only: tests start from an empty workshop list). */
  demoWorkshop?: boolean;
  /** The five priority journeys and a month of customer-experience data (npm start only). */
  demoJourneys?: boolean;
  /** An excellence cycle in progress and a published previous one (npm start only). */
  demoExcellence?: boolean;
  /** Two closed demo cycles of published results and worked action plans (npm start only). */
  demoImprovement?: boolean;
  /** A mystery-shopper period planned, partly reported and published (npm start only). */
  demoMysteryShopper?: boolean;
}

export interface SeedReport {
  entities: number;
  centres: number;
  users: DemoUserSeed[];
}

/**
 * Idempotent: rows are keyed by their stable codes and inserted where missing, so running it
 * on every start fills an empty database without duplicating rows or writing over what
 * administrators changed since (entities, centres, the catalogue, passwords).
 */
export async function loadSeeds(db: DB, options: SeedOptions): Promise<SeedReport> {
  const reference = options.referenceData ?? true;
  // Demo people and worlds stand in the fictional organisation: never one without the other.
  if (!reference) options = { ...options, demoUsers: false };
  let centres = 0;
  await db.transaction().execute(async (trx) => {
    for (const e of reference ? entitySeeds : []) {
      const row = {
        id: entityId(e.code),
        code: e.code,
        name_ar: e.nameAr,
        name_en: e.nameEn,
        type: e.type,
        sector: e.sector,
        delivers_services: e.deliversServices,
      };
      await trx
        .insertInto('entities')
        .values(row)
        // Once there, an entity is the administrators' to edit: a restart never writes the seed over it.
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      for (const c of e.centres) {
        centres++;
        const centre = {
          id: `ctr-${c.code.toLowerCase()}`,
          entity_id: row.id,
          code: c.code,
          name_ar: c.nameAr,
          name_en: c.nameEn,
          model: c.model,
          channel: c.channel,
          city_ar: c.cityAr,
          city_en: c.cityEn,
        };
        await trx
          .insertInto('service_centres')
          .values(centre)
          .onConflict((oc) => oc.column('id').doNothing())
          .execute();
      }
    }
    if (options.demoUsers) {
      for (const u of demoUsers) {
        const existing = await trx.selectFrom('users').select('id').where('username', '=', u.username).executeTakeFirst();
        if (existing) continue;
        const userId = `usr-${u.username.replace(/[^a-z0-9]+/g, '-')}`;
        await trx
          .insertInto('users')
          .values({
            id: userId,
            username: u.username,
            display_name_ar: u.nameAr,
            display_name_en: u.nameEn,
            password_hash: await hashPassword(u.password),
            locale: 'ar',
            active: true,
          })
          .execute();
        await trx
          .insertInto('user_roles')
          .values({ user_id: userId, role: u.role, entity_id: u.entityCode ? entityId(u.entityCode) : null })
          .execute();
      }
    }
  });
  if (reference) await loadBundleSeeds(db);
  if (options.demoUsers && options.demoWorkshop) await loadDemoWorkshop(db);
  if (reference) await loadServiceCatalogue(db);
  if (options.demoUsers && options.demoJourneys) await loadJourneyDemo(db);
  await loadExcellenceFrameworks(db);
  if (options.demoUsers && options.demoExcellence) await loadExcellenceDemo(db);
  if (options.demoUsers && options.demoImprovement) await loadImprovementDemo(db);
  if (options.demoUsers && options.demoMysteryShopper) await loadMysteryShopperDemo(db);
  return { entities: reference ? entitySeeds.length : 0, centres, users: options.demoUsers ? demoUsers : [] };
}
