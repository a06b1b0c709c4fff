import { sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { CxImportKind } from '../../workflows/journeys/cx-import-rows.ts';

/**
 * Records the external ids of a pushed batch for the entity and answers those that were new.
 * An id already stored (an earlier push, or a concurrent one that committed first: the unique
 * key makes this wait for it) is left as it is, and its row is not written again.
 */
export async function claimExternalIds(
  db: DB,
  entityId: string,
  kind: CxImportKind,
  importId: string,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const { rows } = await sql<{ external_id: string }>`
    insert into cx_external_ids (entity_id, kind, external_id, import_id)
    select ${entityId}, ${kind}, u.id, ${importId} from unnest(${ids}::text[]) as u(id)
    on conflict do nothing
    returning external_id`.execute(db);
  return new Set(rows.map((r) => r.external_id));
}
