import type { DB } from '../db/schema.ts';
import { notify } from '../notifications/inbox.ts';

export interface RemindedAction {
  id: string;
  entityId: string;
  ownerId: string;
  title: string;
  dueAt: string;
}

/** The due-soon notice: to the action's owner and the entity's coordinators (one notice each). */
export async function sendDueReminder(db: DB, action: RemindedAction, at: Date): Promise<number> {
  return notify(
    db,
    [{ userId: action.ownerId }, { role: 'entity_coordinator', entityId: action.entityId }],
    { kind: 'improvement.notices.dueSoon', params: { title: action.title, dueAt: action.dueAt }, link: `/actions/${action.id}` },
    at,
  );
}
