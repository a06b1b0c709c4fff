import type { DB } from '../db/schema.ts';

/** Failures allowed per window before sign-in is refused; kept in the database so every API process agrees. */
export const loginThrottle = { windowMs: 15 * 60 * 1000, perUsername: 5, perIp: 30 } as const;

export async function isLoginThrottled(db: DB, username: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - loginThrottle.windowMs);
  const row = await db
    .selectFrom('login_attempts')
    .select((eb) => [
      eb.fn.countAll<number>().filterWhere('username', '=', username).as('by_user'),
      eb.fn.countAll<number>().filterWhere('ip', '=', ip).as('by_ip'),
    ])
    .where('succeeded', '=', false)
    .where('attempted_at', '>', since)
    .where((eb) => eb.or([eb('username', '=', username), eb('ip', '=', ip)]))
    .executeTakeFirstOrThrow();
  return Number(row.by_user) >= loginThrottle.perUsername || Number(row.by_ip) >= loginThrottle.perIp;
}

export async function recordLoginAttempt(db: DB, username: string, ip: string, succeeded: boolean, now = new Date()) {
  await db.insertInto('login_attempts').values({ username, ip, succeeded, attempted_at: now }).execute();
  // A success clears the user's failure count so a forgotten password typed once more is not punished.
  if (succeeded) await db.deleteFrom('login_attempts').where('username', '=', username).where('succeeded', '=', false).execute();
}
