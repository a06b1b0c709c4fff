import type { DB } from '../db/schema.ts';
import { purgeExpiredSessions } from './sessions.ts';
import { purgeStaleLoginThrottle } from './login-throttle.ts';
import { purgeParticipationWindows } from '../participation/rate-limit.ts';

/** Drops expired sessions, abandoned sign-on attempts and throttle rows that no longer hold anyone back; safe from any number of processes. */
export async function purgeStaleAccountRows(db: DB, now = new Date()): Promise<void> {
  await purgeExpiredSessions(db, now);
  await purgeStaleLoginThrottle(db, now);
  // Single sign-on attempts never completed (anyone can start one).
  await db.deleteFrom('oidc_sign_ins').where('expires_at', '<=', now).execute();
  // E-participation rate-limit windows that have closed.
  await purgeParticipationWindows(db, now);
}
