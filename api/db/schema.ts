import type { Kysely } from 'kysely';
import type { EngineTables } from '../../engine/db/schema.ts';
import type { AccountTables } from '../accounts/tables.ts';
import type { ImprovementTables } from '../improvement/tables.ts';
import type { ResultsTables } from '../results/tables.ts';
import type { ExcellenceTables } from '../excellence/tables.ts';
import type { BundleTables } from '../bundles/tables.ts';
import type { WorkshopTables } from '../workshops/tables.ts';
import type { CxTables } from '../cx/tables.ts';
import type { JourneyTables } from '../journeys/tables.ts';

/** Every table of the product. Domain areas add their table interfaces here. */
export interface Database extends EngineTables, AccountTables, ImprovementTables, ResultsTables, ExcellenceTables, CxTables, JourneyTables, BundleTables, WorkshopTables {}

export type DB = Kysely<Database>;
