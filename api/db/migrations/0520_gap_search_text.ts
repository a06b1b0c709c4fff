import type { Kysely } from 'kysely';
import { gapSearchText } from '../../../workflows/improvement/gap-query.ts';

/**
 * The register's free-text search reads a fold of code, title and description computed by
 * the specification itself (`gapSearchText`): PostgreSQL's lower() and \s follow the
 * server's locale (a C-locale server leaves "É" as it is) and it has no Unicode compatibility
 * folding of its own, so an SQL copy of the fold could never give the same answers.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('gaps')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  const rows: { id: string; code: string; title: string; description: string }[] = await db
    .selectFrom('gaps')
    .select(['id', 'code', 'title', 'description'])
    .execute();
  for (const row of rows)
    await db
      .updateTable('gaps')
      .set({ search_text: gapSearchText(row) })
      .where('id', '=', row.id)
      .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('gaps').dropColumn('search_text').execute();
}
