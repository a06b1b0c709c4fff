import { sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';

/** What a visitor does that costs a moderator or the mail server something, each with its own allowance. */
export type ParticipationAction = 'contribute' | 'vote' | 'code' | 'report';

/**
 * Allowances per window, per address and per account. An office's visitors can share one
 * address, so the address allowance is the larger; `code` (a mail sent) is the scarcest.
 */
export const participationLimits: Record<ParticipationAction, { perAddress: number; perAccount: number; windowMs: number }> = {
  contribute: { perAddress: 20, perAccount: 5, windowMs: 10 * 60_000 },
  vote: { perAddress: 60, perAccount: 20, windowMs: 10 * 60_000 },
  code: { perAddress: 10, perAccount: 5, windowMs: 60 * 60_000 },
  report: { perAddress: 30, perAccount: 15, windowMs: 10 * 60_000 },
};

/**
 * Counts one hit in `bucket`'s window and answers the count, as the sign-in throttle does: one
 * `INSERT … ON CONFLICT DO UPDATE … RETURNING`, whose row lock makes concurrent requests from
 * any process take turns. A window older than `windowMs` starts over.
 */
async function hit(db: DB, bucket: string, windowMs: number, now: Date): Promise<number> {
  const windowBefore = new Date(now.getTime() - windowMs);
  const row = await db
    .insertInto('participation_rate_windows')
    .values({ bucket, hits: 1, window_started_at: now })
    .onConflict((oc) =>
      oc.column('bucket').doUpdateSet({
        hits: sql<number>`case when participation_rate_windows.window_started_at <= ${windowBefore} then 1 else participation_rate_windows.hits + 1 end`,
        window_started_at: sql<Date>`case when participation_rate_windows.window_started_at <= ${windowBefore} then ${now} else participation_rate_windows.window_started_at end`,
      }),
    )
    .returning('hits')
    .executeTakeFirstOrThrow();
  return row.hits;
}

/**
 * Takes one `action` for this address and, when signed in, this account; refuses with
 * `errors.participation.tooMany` past either allowance. The count commits on its own (not in
 * the caller's transaction), so a refused request still counts: hammering does not reset it.
 */
export async function takeParticipation(
  db: DB,
  action: ParticipationAction,
  who: { ip: string; userId: string | null; extraKey?: string },
  now: Date = new Date(),
): Promise<void> {
  const limit = participationLimits[action];
  const byAddress = await hit(db, `${action}:ip:${who.ip}`, limit.windowMs, now);
  const byAccount = who.userId === null ? 0 : await hit(db, `${action}:user:${who.userId}`, limit.windowMs, now);
  // A code request also counts per address mailed, so one inbox cannot be flooded from many addresses.
  const byKey = who.extraKey === undefined ? 0 : await hit(db, `${action}:key:${who.extraKey}`, limit.windowMs, now);
  if (byAddress > limit.perAddress || byAccount > limit.perAccount || byKey > limit.perAccount) {
    throw new AppError('TOO_MANY_REQUESTS', 'errors.participation.tooMany', { minutes: Math.round(limit.windowMs / 60_000) });
  }
}

/** Drops windows that have closed (housekeeping). */
export async function purgeParticipationWindows(db: DB, now: Date = new Date()): Promise<void> {
  const longest = Math.max(...Object.values(participationLimits).map((l) => l.windowMs));
  await db
    .deleteFrom('participation_rate_windows')
    .where('window_started_at', '<=', new Date(now.getTime() - longest))
    .execute();
}
