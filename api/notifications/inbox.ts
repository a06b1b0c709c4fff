import type { DB } from '../db/schema.ts';
import { mailNotices } from '../mail/notice-mail.ts';
import { activeHolders } from '../accounts/grants-store.ts';

export type Recipient =
  | { userId: string }
  /** Everyone holding the role; within one entity when `entityId` is given. */
  | { role: string; entityId?: string | null };

export interface Notice {
  /** Message key the web translates, e.g. `notifications.actionOverdue`. */
  kind: string;
  params?: Record<string, string | number>;
  /** In-app path to open, e.g. `/actions/<id>`. */
  link?: string | null;
}

/**
 * Adds notices to the in-app inbox, inside the caller's transaction so they commit with
 * the change they announce. Role recipients are expanded to the users holding the role
 * now, so each person keeps their own read state. Each notice is also queued as an e-mail to
 * its recipient (api/mail), in the same transaction.
 */
export async function notify(db: DB, recipients: Recipient[], notice: Notice, at: Date = new Date()): Promise<number> {
  const userIds = new Set<string>();
  for (const r of recipients) {
    if ('userId' in r) {
      userIds.add(r.userId);
      continue;
    }
    for (const u of await activeHolders(db, r.role, r.entityId).execute()) userIds.add(u.id);
  }
  if (userIds.size === 0) return 0;
  const inserted = await db
    .insertInto('notifications')
    .values(
      [...userIds].map((userId) => ({
        recipient_user_id: userId,
        recipient_role: null,
        recipient_entity_id: null,
        kind: notice.kind,
        params: JSON.stringify(notice.params ?? {}),
        link: notice.link ?? null,
        created_at: at,
        read_at: null,
      })),
    )
    .returning(['id', 'recipient_user_id', 'kind', 'params', 'link'])
    .execute();
  await mailNotices(db, inserted, at);
  return userIds.size;
}

/** A user's inbox, newest first. */
export function inboxQuery(db: DB, userId: string) {
  return db
    .selectFrom('notifications')
    .selectAll()
    .where('recipient_user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc');
}
