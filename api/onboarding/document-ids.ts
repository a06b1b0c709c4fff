import type { DB } from '../db/schema.ts';

/** The document types a service may require: those in the register and not retired. */
export async function documentIds(db: DB): Promise<Set<string>> {
  const rows = await db.selectFrom('document_types').select('id').where('retired_at', 'is', null).execute();
  return new Set(rows.map((r) => r.id));
}
