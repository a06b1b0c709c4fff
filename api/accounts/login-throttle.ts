import { sql } from 'kysely';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';

/**
 * Sign-in throttling, kept in the database so every API process agrees. Failures are counted per
 * (account, address): an attacker elsewhere cannot lock the real user out. Past `freeAttempts` the
 * pair waits `firstLockMs`, doubling with each further failure up to `maxLockMs`. Each address also
 * has a generous cap across all accounts, which slows password spraying over many usernames.
 */
export const loginThrottle = {
  freeAttempts: 5,
  firstLockMs: 15 * 60_000,
  maxLockMs: 4 * 60 * 60_000,
  /** A pair with no attempt for this long starts over; longer than `maxLockMs` so a lock is never skipped. */
  forgetAfterMs: 24 * 60 * 60_000,
  perAddress: 100,
  addressWindowMs: 15 * 60_000,
} as const;

/** How long a pair is locked once its `failures`-th attempt has been made; null while attempts are free. */
export function lockAfter(failures: number): number | null {
  if (failures < loginThrottle.freeAttempts) return null;
  return Math.min(loginThrottle.maxLockMs, loginThrottle.firstLockMs * 2 ** (failures - loginThrottle.freeAttempts));
}

/** One password check that was allowed; `releaseLoginAttempt` gives it back when the password was right. */
export interface LoginReservation {
  username: string;
  address: string;
  addressWindowStartedAt: Date;
}

function throttled(): AppError {
  return new AppError('TOO_MANY_REQUESTS', 'errors.auth.throttled');
}

/**
 * Reserves one password check before the password is looked at, or refuses with `errors.auth.throttled`.
 * Each counter is bumped by one `INSERT … ON CONFLICT DO UPDATE … RETURNING`, whose row lock makes
 * concurrent attempts (from any process) take turns, so no more checks pass than the limits allow.
 * A refusal rolls back and counts nothing: waiting out a lock is enough.
 */
export async function reserveLoginAttempt(db: DB, username: string, address: string, now = new Date()): Promise<LoginReservation> {
  const forgetBefore = new Date(now.getTime() - loginThrottle.forgetAfterMs);
  const windowBefore = new Date(now.getTime() - loginThrottle.addressWindowMs);
  return inTransaction(db, async (trx) => {
    const pair = await trx
      .insertInto('login_backoff')
      .values({ username, address, failures: 1, last_attempt_at: now, blocked_until: null })
      .onConflict((oc) =>
        oc
          .columns(['username', 'address'])
          .doUpdateSet({
            failures: sql<number>`case when login_backoff.last_attempt_at <= ${forgetBefore} then 1 else login_backoff.failures + 1 end`,
            last_attempt_at: now,
          })
          .where((eb) => eb.or([eb('login_backoff.blocked_until', 'is', null), eb('login_backoff.blocked_until', '<=', now)])),
      )
      .returning('failures')
      .executeTakeFirst();
    if (!pair) throw throttled();
    const lock = lockAfter(pair.failures);
    if (lock !== null) {
      await trx
        .updateTable('login_backoff')
        .set({ blocked_until: new Date(now.getTime() + lock) })
        .where('username', '=', username)
        .where('address', '=', address)
        .execute();
    }

    const window = await trx
      .insertInto('login_address_window')
      .values({ address, attempts: 1, window_started_at: now })
      .onConflict((oc) =>
        oc.column('address').doUpdateSet({
          attempts: sql<number>`case when login_address_window.window_started_at <= ${windowBefore} then 1 else login_address_window.attempts + 1 end`,
          window_started_at: sql<Date>`case when login_address_window.window_started_at <= ${windowBefore} then ${now} else login_address_window.window_started_at end`,
        }),
      )
      .returning(['attempts', 'window_started_at'])
      .executeTakeFirstOrThrow();
    if (window.attempts > loginThrottle.perAddress) throw throttled();
    return { username, address, addressWindowStartedAt: window.window_started_at };
  });
}

/** The password was right: the pair starts over and the address gets its attempt back. */
export async function releaseLoginAttempt(db: DB, reservation: LoginReservation): Promise<void> {
  await inTransaction(db, async (trx) => {
    await trx.deleteFrom('login_backoff').where('username', '=', reservation.username).where('address', '=', reservation.address).execute();
    await trx
      .updateTable('login_address_window')
      .set((eb) => ({ attempts: eb('attempts', '-', 1) }))
      .where('address', '=', reservation.address)
      .where('window_started_at', '=', reservation.addressWindowStartedAt)
      .where('attempts', '>', 0)
      .execute();
  });
}

/** Drops pairs that would start over anyway and address windows that have closed. */
export async function purgeStaleLoginThrottle(db: DB, now = new Date()): Promise<void> {
  await db
    .deleteFrom('login_backoff')
    .where('last_attempt_at', '<=', new Date(now.getTime() - loginThrottle.forgetAfterMs))
    .execute();
  await db
    .deleteFrom('login_address_window')
    .where('window_started_at', '<=', new Date(now.getTime() - loginThrottle.addressWindowMs))
    .execute();
}
