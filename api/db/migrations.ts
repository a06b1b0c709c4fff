import type { Migration } from 'kysely/migration';
import { engineMigrations } from '../../engine/migrations/index.ts';
import * as m0100 from './migrations/0100_accounts.ts';
import * as m0150 from './migrations/0150_improvement_register.ts';
import * as m0160 from './migrations/0160_published_results.ts';

/** Every migration of the product, engine first; domain migrations are numbered 0100 and up. */
export const allMigrations: Record<string, Migration> = {
  ...engineMigrations,
  '0100_accounts': m0100,
  '0150_improvement_register': m0150,
  '0160_published_results': m0160,
};
