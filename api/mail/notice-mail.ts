import type { DB } from '../db/schema.ts';
import { enqueueMail } from './enqueue.ts';
import { displayName } from './recipient-name.ts';

/** A notice just added to someone's inbox. */
export interface InboxNotice {
  id: number | string;
  recipient_user_id: string | null;
  kind: string;
  params: Record<string, string | number>;
  link: string | null;
}

/**
 * Queues the e-mail twin of each notice, in the notice's transaction: to every recipient with an
 * address who takes notices one by one (no preference row means "each notice"). Those who chose
 * the daily digest get it through the digest; those who chose none get nothing.
 */
export async function mailNotices(db: DB, notices: InboxNotice[], at: Date): Promise<number> {
  const ids = [...new Set(notices.map((n) => n.recipient_user_id).filter((id): id is string => id !== null))];
  if (ids.length === 0) return 0;
  const people = await db
    .selectFrom('users')
    .leftJoin('mail_preferences', 'mail_preferences.user_id', 'users.id')
    .select(['users.id', 'users.email', 'users.locale', 'users.display_name_ar', 'users.display_name_en', 'mail_preferences.frequency'])
    .where('users.id', 'in', ids)
    .where('users.active', '=', true)
    .where('users.email', 'is not', null)
    .execute();
  const byId = new Map(people.map((p) => [p.id, p]));
  let queued = 0;
  for (const notice of notices) {
    const person = notice.recipient_user_id ? byId.get(notice.recipient_user_id) : undefined;
    if (!person?.email || (person.frequency ?? 'immediate') !== 'immediate') continue;
    const added = await enqueueMail(
      db,
      {
        to: person.email,
        userId: person.id,
        locale: person.locale,
        template: 'notice',
        params: { name: displayName(person), kind: notice.kind, params: notice.params },
        link: notice.link,
        dedupeKey: `notice:${notice.id}`,
      },
      at,
    );
    if (added) queued++;
  }
  return queued;
}
