import { sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { RegisterEntry } from '../../workflows/registry/entity-rules.ts';
import type { EntitiesTable } from '../accounts/tables.ts';
import type { Selectable } from 'kysely';

export type EntityRow = Selectable<EntitiesTable>;

/** An entity as the API returns it; `archived` tells pickers to leave it out and history to keep it. */
export function entityView(e: EntityRow) {
  return {
    id: e.id,
    code: e.code,
    nameAr: e.name_ar,
    nameEn: e.name_en,
    type: e.type,
    sector: e.sector,
    deliversServices: e.delivers_services,
    parentEntityId: e.parent_entity_id,
    archived: e.archived_at !== null,
    archivedAt: e.archived_at ? new Date(e.archived_at).toISOString() : null,
  };
}

/** The whole register, locked for the rest of the transaction so two edits cannot build a cycle together. */
export async function lockedRegister(db: DB): Promise<RegisterEntry[]> {
  const rows = await db.selectFrom('entities').select(['id', 'code', 'parent_entity_id', 'archived_at']).forUpdate().execute();
  return rows.map((r) => ({ id: r.id, code: r.code, parentEntityId: r.parent_entity_id, archived: r.archived_at !== null }));
}

export async function requireEntity(db: DB, id: string): Promise<EntityRow | undefined> {
  return db.selectFrom('entities').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

/**
 * How many rows anywhere refer to the entity: every foreign key onto entities.id (read from the
 * catalogue, so a table added later is counted without editing this) plus the catalogue's
 * references by code, which are not foreign keys.
 */
export async function entityReferenceCount(db: DB, entity: { id: string; code: string }): Promise<number> {
  const keys = await sql<{ table_name: string; column_name: string }>`
    select cl.relname as table_name, a.attname as column_name
    from pg_constraint c
    join pg_class cl on cl.oid = c.conrelid
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
    where c.contype = 'f' and c.confrelid = 'entities'::regclass`.execute(db);
  let total = 0;
  for (const key of keys.rows) {
    const r = await sql<{
      n: string | number;
    }>`select count(*) as n from ${sql.table(key.table_name)} where ${sql.ref(key.column_name)} = ${entity.id}`.execute(db);
    total += Number(r.rows[0]?.n ?? 0);
  }
  const byCode = await sql<{ n: string | number }>`
    select (select count(*) from services where owner_entity_code = ${entity.code})
         + (select count(*) from document_types where issuer_entity_code = ${entity.code}) as n`.execute(db);
  return total + Number(byCode.rows[0]?.n ?? 0);
}

/** A readable id for a new entity (`ent-<code>`, as the seeds make them), unless that one is taken. */
export async function newEntityId(db: DB, code: string): Promise<string> {
  const wanted = `ent-${code.toLowerCase()}`;
  const taken = await db.selectFrom('entities').select('id').where('id', '=', wanted).executeTakeFirst();
  return taken ? `ent-${crypto.randomUUID()}` : wanted;
}
