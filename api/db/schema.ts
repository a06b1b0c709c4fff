import type { Kysely } from 'kysely';
import type { EngineTables } from '../../engine/db/schema.ts';
import type { AccountTables } from '../accounts/tables.ts';
import type { AdminTables } from '../admin/tables.ts';
import type { ApiTokenTables } from '../api-tokens/tables.ts';
import type { ImprovementTables } from '../improvement/tables.ts';
import type { ResultsTables } from '../results/tables.ts';
import type { ExcellenceTables } from '../excellence/tables.ts';
import type { BundleTables } from '../bundles/tables.ts';
import type { WorkshopTables } from '../workshops/tables.ts';
import type { CxTables } from '../cx/tables.ts';
import type { JourneyTables } from '../journeys/tables.ts';
import type { MailTables } from '../mail/tables.ts';
import type { OidcTables } from '../accounts/oidc/tables.ts';
import type { ReminderTables } from '../excellence/reminder-tables.ts';
import type { CatalogueTables } from '../catalogue/tables.ts';
import type { ParticipationTables } from '../participation/tables.ts';
import type { MysteryShopperTables } from '../mystery-shopper/tables.ts';
import type { CommandCentreTables } from '../command-centre/tables.ts';

/** The product's own tables. Domain areas add their table interfaces here. */
export interface ProductTables
  extends AccountTables,
    AdminTables,
    ApiTokenTables,
    ImprovementTables,
    ResultsTables,
    ExcellenceTables,
    CxTables,
    JourneyTables,
    BundleTables,
    WorkshopTables,
    MailTables,
    CommandCentreTables,
    OidcTables,
    ReminderTables,
    CatalogueTables,
    ParticipationTables,
    MysteryShopperTables {}

/**
 * Every table: the engine's and the product's. Because it extends `EngineTables`, a `DB`
 * (or a transaction from `inTransaction`) is accepted wherever the engine asks for a
 * `Kysely<EngineTables>`, without a cast.
 */
export interface Database extends EngineTables, ProductTables {}

export type DB = Kysely<Database>;

/**
 * The product's view of a connection the engine hands out (the database handle, the
 * transaction a transition's effects run in): Kysely's `$extendTables` adds the product's
 * tables to the engine's, on the same connection (a transaction stays that transaction).
 */
export function productDb(db: Kysely<EngineTables>): DB {
  return db.$extendTables<{ [T in keyof ProductTables]: ProductTables[T] }>();
}
