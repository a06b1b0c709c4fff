import type { CentreRecord } from '../../workflows/onboarding/centres-list.ts';
import { centresList } from '../../workflows/onboarding/centres-list.ts';
import { inChunks, type ListStore } from './list-store.ts';

/** The id the seeds give a centre (see entity-store.ts). */
const centreIdOf = (code: string) => `ctr-${code.toLowerCase()}`;

export const centreStore: ListStore<CentreRecord> = {
  subjectKind: 'service_centre',
  async existing(db, keys) {
    const rows = await inChunks(keys, (chunk) =>
      db
        .selectFrom('service_centres as c')
        .innerJoin('entities as e', 'e.id', 'c.entity_id')
        .select(['c.code', 'e.code as entity_code', 'c.name_ar', 'c.name_en', 'c.model', 'c.channel', 'c.city_ar', 'c.city_en'])
        .where('c.code', 'in', chunk)
        .execute(),
    );
    return new Map(rows.map((r) => [r.code, centresList.canonical(r as CentreRecord)]));
  },
  async write(db, { outcome, record }) {
    const { code, entity_code, ...fields } = record;
    const entity = await db.selectFrom('entities').select('id').where('code', '=', entity_code).executeTakeFirstOrThrow();
    if (outcome === 'created') {
      const id = centreIdOf(code);
      await db
        .insertInto('service_centres')
        .values({ id, code, entity_id: entity.id, ...fields })
        .execute();
      return id;
    }
    const row = await db
      .updateTable('service_centres')
      .set({ entity_id: entity.id, ...fields })
      .where('code', '=', code)
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  },
};
