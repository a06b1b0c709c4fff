import { createHash, randomBytes } from 'node:crypto';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { hashPassword } from './password.ts';
import { endSessionsOf } from './sessions.ts';

export type AccountLinkPurpose = 'set_password' | 'invitation';

/** How long a link stays good: a reset is for now, an invitation waits for someone to read their mail. */
export const accountLinkLifetimeMs: Record<AccountLinkPurpose, number> = {
  set_password: 24 * 60 * 60 * 1000,
  invitation: 7 * 24 * 60 * 60 * 1000,
};

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A fresh one-time link for a person; any earlier unused link of theirs stops working, so only the
 * latest one sent can be used. Answers the token (never stored) and when it expires.
 */
export async function issueAccountLink(
  db: DB,
  input: { userId: string; purpose: AccountLinkPurpose; createdBy: string | null },
  now = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + accountLinkLifetimeMs[input.purpose]);
  await db.updateTable('account_links').set({ used_at: now }).where('user_id', '=', input.userId).where('used_at', 'is', null).execute();
  await db
    .insertInto('account_links')
    .values({
      token_hash: hashToken(token),
      user_id: input.userId,
      purpose: input.purpose,
      created_by: input.createdBy,
      created_at: now,
      expires_at: expiresAt,
      used_at: null,
    })
    .execute();
  return { token, expiresAt };
}

/** The web address that opens the set-password page; the token rides in the fragment, which no server log or Referer carries. */
export function accountLinkUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/set-password#token=${token}`;
}

function liveLink(db: DB, token: string, now: Date) {
  return db
    .selectFrom('account_links')
    .innerJoin('users', 'users.id', 'account_links.user_id')
    .select([
      'account_links.token_hash',
      'account_links.purpose',
      'users.id as user_id',
      'users.username',
      'users.display_name_ar',
      'users.display_name_en',
    ])
    .where('account_links.token_hash', '=', hashToken(token))
    .where('account_links.used_at', 'is', null)
    .where('account_links.expires_at', '>', now)
    .where('users.active', '=', true);
}

/** Whose link this is, for the page to greet them; a used, expired or unknown link reads as one error. */
export async function readAccountLink(db: DB, token: string, now = new Date()) {
  const link = await liveLink(db, token, now).executeTakeFirst();
  if (!link) throw new AppError('NOT_FOUND', 'errors.accountLink.invalid');
  return {
    purpose: link.purpose as AccountLinkPurpose,
    username: link.username,
    displayNameAr: link.display_name_ar,
    displayNameEn: link.display_name_en,
  };
}

export const minPasswordLength = 12;

/**
 * Sets the person's password through the link, once: the link is spent, their other sessions end and
 * any sign-in throttling of their username is lifted. Answers the user id (the caller signs them in).
 */
export async function redeemAccountLink(db: DB, token: string, password: string, now = new Date()): Promise<string> {
  if (password.length < minPasswordLength)
    throw new AppError('BAD_REQUEST', 'errors.accountLink.passwordTooShort', { min: minPasswordLength });
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx) => {
    // Spending the link first, conditionally, makes two racing uses end with one winner.
    const spent = await trx
      .updateTable('account_links')
      .set({ used_at: now })
      .where('token_hash', '=', hashToken(token))
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .returning('user_id')
      .executeTakeFirst();
    const link =
      spent && (await trx.selectFrom('users').select(['id', 'username', 'active']).where('id', '=', spent.user_id).executeTakeFirst());
    if (!link?.active) throw new AppError('NOT_FOUND', 'errors.accountLink.invalid');
    await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', link.id).execute();
    await endSessionsOf(trx, link.id);
    await trx.deleteFrom('login_backoff').where('username', '=', link.username).execute();
    return link.id;
  });
}
