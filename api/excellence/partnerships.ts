import type { DB } from '../db/schema.ts';

/** Stored once per pair, smaller id first, so either order finds it. */
function ordered(a: string, b: string): [string, string] {
  return a < b ? [a, b] : [b, a];
}

export async function addPartnership(db: DB, a: string, b: string): Promise<void> {
  const [entity_a, entity_b] = ordered(a, b);
  await db
    .insertInto('excellence_partnerships')
    .values({ entity_a, entity_b })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export async function removePartnership(db: DB, a: string, b: string): Promise<void> {
  const [entity_a, entity_b] = ordered(a, b);
  await db.deleteFrom('excellence_partnerships').where('entity_a', '=', entity_a).where('entity_b', '=', entity_b).execute();
}

/** Pairs of entities that deliver services together. */
export async function servicePartners(db: DB): Promise<[string, string][]> {
  const rows = await db
    .selectFrom('excellence_partnerships')
    .select(['entity_a', 'entity_b'])
    .orderBy('entity_a')
    .orderBy('entity_b')
    .execute();
  return rows.map((r) => [r.entity_a, r.entity_b]);
}
