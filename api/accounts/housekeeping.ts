import type { DB } from '../db/schema.ts';
import { purgeExpiredSessions } from './sessions.ts';
import { purgeStaleLoginThrottle } from './login-throttle.ts';

/** Drops expired sessions and throttle rows that no longer hold anyone back; safe from any number of processes. */
export async function purgeStaleAccountRows(db: DB, now = new Date()): Promise<void> {
  await purgeExpiredSessions(db, now);
  await purgeStaleLoginThrottle(db, now);
}
