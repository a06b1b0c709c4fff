import type { DB } from '../db/schema.ts';
import type { ActionContext } from '../../workflows/improvement/action-machine.ts';
import type { ActionStatus } from '../../workflows/improvement/action-status.ts';

/**
 * Writes the machine's view of an action onto its `actions` row. At start the row does
 * not exist yet (createAction inserts it with the plan fields right after), so nothing
 * is updated then.
 */
export async function syncActionRow(db: DB, actionId: string, status: ActionStatus, context: ActionContext, at: Date): Promise<void> {
  await db
    .updateTable('actions')
    .set({
      status,
      progress: status === 'verified' || status === 'done' ? 100 : context.progress,
      due_at: new Date(context.dueAt),
      escalation_level: context.escalationLevel,
      updated_at: at,
    })
    .where('id', '=', actionId)
    .execute();
}
