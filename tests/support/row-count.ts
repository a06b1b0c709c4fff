import type { DB } from '../../api/db/schema.ts';

/** How many rows a table holds: the "nothing was written" check of refusal tests. */
export async function rowCount(db: DB, table: 'excellence_frameworks' | 'action_plans'): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
