import type { Kysely } from 'kysely';
import type { EngineTables } from '../../engine/db/schema.ts';
import type { AccountTables } from '../accounts/tables.ts';

/** Every table of the product. Domain areas add their table interfaces here. */
export interface Database extends EngineTables, AccountTables {}

export type DB = Kysely<Database>;
