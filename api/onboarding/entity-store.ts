import type { EntityRecord } from '../../workflows/onboarding/entities-list.ts';
import { entitiesList } from '../../workflows/onboarding/entities-list.ts';
import { inChunks, type ListStore } from './list-store.ts';

/** The id the seeds give an entity, so a later seed run upserts the same row instead of clashing on its code. */
const entityIdOf = (code: string) => `ent-${code.toLowerCase()}`;

export const entityStore: ListStore<EntityRecord> = {
  subjectKind: 'entity',
  async existing(db, keys) {
    const rows = await inChunks(keys, (chunk) =>
      db
        .selectFrom('entities')
        .select(['code', 'name_ar', 'name_en', 'type', 'sector', 'delivers_services'])
        .where('code', 'in', chunk)
        .execute(),
    );
    return new Map(rows.map((r) => [r.code, entitiesList.canonical(r as EntityRecord)]));
  },
  async write(db, { outcome, record }) {
    const { code, ...fields } = record;
    if (outcome === 'created') {
      const id = entityIdOf(code);
      await db
        .insertInto('entities')
        .values({ id, code, ...fields })
        .execute();
      return id;
    }
    const row = await db.updateTable('entities').set(fields).where('code', '=', code).returning('id').executeTakeFirstOrThrow();
    return row.id;
  },
};
