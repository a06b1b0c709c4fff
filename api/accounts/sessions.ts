import { createHash, randomBytes } from 'node:crypto';
import type { DB } from '../db/schema.ts';
import { grantsOf } from './grants-store.ts';

export const sessionCookieName = 'tamayuz_session';
export const sessionLifetimeMs = 8 * 60 * 60 * 1000;

/** What the sessions table keeps of a cookie token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(db: DB, userId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + sessionLifetimeMs);
  await db
    .insertInto('sessions')
    .values({ token_hash: hashToken(token), user_id: userId, created_at: now, expires_at: expiresAt, last_seen_at: now })
    .execute();
  return { token, expiresAt };
}

/** The signed-in user and their grants for a cookie token, or undefined when unknown, expired or deactivated. */
export async function findSessionUser(db: DB, token: string, now = new Date()) {
  const user = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select(['users.id', 'users.username', 'users.display_name_ar', 'users.display_name_en', 'users.locale', 'sessions.expires_at'])
    .where('sessions.token_hash', '=', hashToken(token))
    .where('sessions.expires_at', '>', now)
    .where('users.active', '=', true)
    .executeTakeFirst();
  return user ? { ...user, grants: await grantsOf(db, user.id) } : undefined;
}

export async function revokeSession(db: DB, token: string): Promise<void> {
  await db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
}

/**
 * Ends every session of the user, the caller's own included; answers how many there were. A change
 * of grants or of the active flag does the same by itself (triggers, migrations 0530 and 0601).
 */
export async function endSessionsOf(db: DB, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function purgeExpiredSessions(db: DB, now = new Date()): Promise<void> {
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}
