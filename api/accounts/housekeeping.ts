import type { DB } from '../db/schema.ts';
import { purgeExpiredSessions } from './sessions.ts';
import { loginThrottle } from './login-throttle.ts';

/** Drops expired sessions and login attempts older than the throttle window; safe from any number of processes. */
export async function purgeStaleAccountRows(db: DB, now = new Date()): Promise<void> {
  await purgeExpiredSessions(db, now);
  await db
    .deleteFrom('login_attempts')
    .where('attempted_at', '<', new Date(now.getTime() - loginThrottle.windowMs))
    .execute();
}
