import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_workflow_tables.ts';

/** Engine migrations; their names sort before any domain migration ("0001_" < "0100_"). */
export const engineMigrations: Record<string, Migration> = {
  '0001_workflow_tables': m0001,
};
