import type { DB } from '../db/schema.ts';
import { TRPCError } from '@trpc/server';
import { loadFramework } from './framework-store.ts';
import type { Framework } from '../../workflows/excellence/framework-schema.ts';
import type { ExcellenceCyclesTable } from './tables.ts';
import type { Selectable } from 'kysely';

export type CycleRow = Selectable<ExcellenceCyclesTable>;

export async function loadCycleRow(db: DB, cycleId: string): Promise<CycleRow> {
  const row = await db.selectFrom('excellence_cycles').selectAll().where('id', '=', cycleId).executeTakeFirst();
  if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: 'errors.notFound' });
  return row;
}

/** The cycle and the frozen framework version it applies. */
export async function cycleFramework(db: DB, cycleId: string): Promise<{ cycle: CycleRow; framework: Framework }> {
  const cycle = await loadCycleRow(db, cycleId);
  const { framework } = await loadFramework(db, cycle.framework_code, cycle.framework_version);
  return { cycle, framework };
}
