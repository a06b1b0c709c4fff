import type { DB } from '../db/schema.ts';
import { enqueueMail } from './enqueue.ts';
import { displayName } from './recipient-name.ts';

/** The latest digest moment at or before `now`: today at `hourUtc`, or yesterday's when that is still ahead. */
export function latestDigestMoment(now: Date, hourUtc: number): Date {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate(), hourUtc));
  return today <= now ? today : new Date(today.getTime() - 24 * 60 * 60_000);
}

/**
 * Queues the daily digest of everyone who chose it and whose last digest is older than the
 * latest digest moment: one mail gathering the notices of (last digest, moment], none when there
 * were none. The preference row is locked (SKIP LOCKED) and moved on in the same transaction as
 * the queued mail, and the mail's dedupe key names the moment, so two processes never queue it twice.
 */
export async function queueDueDigests(db: DB, now: Date, hourUtc: number): Promise<number> {
  const moment = latestDigestMoment(now, hourUtc);
  let queued = 0;
  for (;;) {
    const done = await db.transaction().execute(async (trx) => {
      const pref = await trx
        .selectFrom('mail_preferences')
        .innerJoin('users', 'users.id', 'mail_preferences.user_id')
        .select([
          'mail_preferences.user_id',
          'mail_preferences.last_digest_at',
          'users.email',
          'users.locale',
          'users.active',
          'users.display_name_ar',
          'users.display_name_en',
        ])
        .where('mail_preferences.frequency', '=', 'daily')
        .where((eb) => eb.or([eb('mail_preferences.last_digest_at', 'is', null), eb('mail_preferences.last_digest_at', '<', moment)]))
        .limit(1)
        .forUpdate('mail_preferences')
        .skipLocked()
        .executeTakeFirst();
      if (!pref) return true;
      const since = pref.last_digest_at ?? new Date(moment.getTime() - 24 * 60 * 60_000);
      const notices = await trx
        .selectFrom('notifications')
        .select(['kind', 'params', 'link'])
        .where('recipient_user_id', '=', pref.user_id)
        .where('created_at', '>', since)
        .where('created_at', '<=', moment)
        .orderBy('created_at')
        .orderBy('id')
        .execute();
      if (notices.length > 0 && pref.email && pref.active) {
        await enqueueMail(
          trx,
          {
            to: pref.email,
            userId: pref.user_id,
            locale: pref.locale,
            template: 'digest',
            params: { name: displayName(pref), notices },
            link: '/inbox',
            dedupeKey: `digest:${pref.user_id}:${moment.toISOString()}`,
          },
          now,
        );
        queued++;
      }
      await trx.updateTable('mail_preferences').set({ last_digest_at: moment }).where('user_id', '=', pref.user_id).execute();
      return false;
    });
    if (done) return queued;
  }
}
