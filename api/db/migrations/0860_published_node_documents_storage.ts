import { sql, type Kysely } from 'kysely';

/**
 * Node-score documents (a few kB each) are stored out of line without compression: compressing
 * a thousand of them with pglz was most of a publication's write time, and they are read whole.
 * Applies to rows written from now on; older rows keep their compressed form and read the same.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table published_node_documents alter column nodes set storage external`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table published_node_documents alter column nodes set storage extended`.execute(db);
}
