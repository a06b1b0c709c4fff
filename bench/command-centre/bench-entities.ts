import type { DB } from '../../api/db/schema.ts';

export interface BenchCentre {
  entityId: string;
  code: string;
}

/** `count` entities of the bench's own (BCH01…), each with two counter centres; answers the centres by entity. */
export async function addBenchEntities(db: DB, count: number): Promise<Map<string, BenchCentre[]>> {
  const out = new Map<string, BenchCentre[]>();
  for (let i = 1; i <= count; i++) {
    const code = `BCH${String(i).padStart(2, '0')}`;
    const entityId = `ent-${code.toLowerCase()}`;
    await db
      .insertInto('entities')
      .values({
        id: entityId,
        code,
        name_ar: `جهة القياس ${i}`,
        name_en: `Bench entity ${i}`,
        type: 'authority',
        sector: 'services',
        delivers_services: true,
      })
      .execute();
    const centres: BenchCentre[] = [];
    for (const n of [1, 2]) {
      const centre = `${code}-C${n}`;
      await db
        .insertInto('service_centres')
        .values({
          id: `ctr-${centre.toLowerCase()}`,
          entity_id: entityId,
          code: centre,
          name_ar: `مركز ${n} لجهة القياس ${i}`,
          name_en: `Bench entity ${i} centre ${n}`,
          model: 'on_premises',
          channel: 'counter',
          city_ar: 'العاصمة',
          city_en: 'Capital',
        })
        .execute();
      centres.push({ entityId, code: centre });
    }
    out.set(entityId, centres);
  }
  return out;
}
