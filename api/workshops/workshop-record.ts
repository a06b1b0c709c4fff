import type { Kysely } from 'kysely';
import type { WorkshopContext } from '../../workflows/workshops/workshop-machine.ts';
import type { Database, DB } from '../db/schema.ts';

export interface WorkshopRecord {
  id: string;
  state: string;
  version: number;
  context: WorkshopContext;
  inviteCode: string | null;
}

/** The workshop instance with its context (the board lives there) and its invite code; undefined when unknown. */
export async function loadWorkshop(db: DB | Kysely<Database>, id: string): Promise<WorkshopRecord | undefined> {
  const row = await db
    .selectFrom('workflow_instances')
    .innerJoin('workshops', 'workshops.id', 'workflow_instances.id')
    .select([
      'workflow_instances.id',
      'workflow_instances.state',
      'workflow_instances.version',
      'workflow_instances.snapshot',
      'workshops.invite_code',
    ])
    .where('workflow_instances.id', '=', id)
    .where('workflow_instances.kind', '=', 'workshop')
    .executeTakeFirst();
  if (!row) return undefined;
  const snapshot = row.snapshot as { context: WorkshopContext };
  return { id: row.id, state: row.state, version: row.version, context: snapshot.context, inviteCode: row.invite_code };
}
