import type { DB } from '../db/schema.ts';
import type { EmailAdapter } from '../notifications/email-adapter.ts';
import { notify, type Recipient } from '../notifications/inbox.ts';
import { activeHolders } from '../accounts/grants-store.ts';
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
 * Tells the people an escalation owes: an inbox notice in the transition's transaction
 * and an e-mail through the adapter. A late timer that crosses both levels sends both.
 */
export async function sendEscalationNotices(
  db: DB,
  email: EmailAdapter,
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
    for (const r of notice.recipients) {
      const holders = activeHolders(db, r.role, r.scope.kind === 'entity' ? r.scope.entityId : null);
      for (const user of await holders.execute()) {
        await email.send({
          to: user.username,
          subject: `[Tamayuz] ${notice.messageKey}: ${action.title}`,
          text: `Action "${action.title}" was due ${action.dueAt}. /actions/${action.id}`,
        });
      }
    }
  }
}
