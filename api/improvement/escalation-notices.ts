import type { DB } from '../db/schema.ts';
import { notify, type Recipient } from '../notifications/inbox.ts';
import type { EscalationLevel } from '../../workflows/improvement/action-machine.ts';
import { escalationNotices, type EscalationRecipient } from '../../workflows/improvement/escalation.ts';

export interface EscalatedAction {
  id: string;
  entityId: string;
  title: string;
  dueAt: string;
}

function toRecipient(r: EscalationRecipient): Recipient {
  return r.scope.kind === 'entity' ? { role: r.role, entityId: r.scope.entityId } : { role: r.role };
}

/**
 * Tells the people an escalation owes: an inbox notice in the transition's transaction, which
 * queues its e-mail too (api/mail). A late timer that crosses both levels sends both.
 */
export async function sendEscalationNotices(
  db: DB,
  action: EscalatedAction,
  before: EscalationLevel,
  after: EscalationLevel,
  at: Date,
): Promise<void> {
  for (const notice of escalationNotices(before, after, action.entityId)) {
    const recipients = notice.recipients.map(toRecipient);
    await notify(
      db,
      recipients,
      { kind: notice.messageKey, params: { title: action.title, dueAt: action.dueAt, level: notice.level }, link: `/actions/${action.id}` },
      at,
    );
  }
}
