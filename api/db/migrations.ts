import type { Migration } from 'kysely';
import { engineMigrations } from '../../engine/migrations/index.ts';

/** Every migration of the product, engine first; domain migrations are numbered 0100 and up. */
export const allMigrations: Record<string, Migration> = {
  ...engineMigrations,
};
