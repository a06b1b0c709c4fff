import { createHash } from 'node:crypto';
import type { AccountLinkPurpose } from '../accounts/account-links.ts';
import type { DB } from '../db/schema.ts';
import { enqueueMail } from '../mail/enqueue.ts';

export interface AccountLinkMail {
  userId: string;
  to: string;
  locale: string;
  displayNameAr: string;
  displayNameEn: string;
  purpose: AccountLinkPurpose;
  token: string;
  expiresAt: Date;
}

/**
 * The one way an account link leaves the server: an invitation or a password reset, queued in the
 * caller's transaction (it exists iff the link does) and sent in the recipient's language by the
 * mail outbox (api/mail/). The token rides in the link's fragment, which no server log or Referer carries.
 */
export async function sendAccountLink(trx: DB, mail: AccountLinkMail): Promise<void> {
  await enqueueMail(trx, {
    to: mail.to,
    userId: mail.userId,
    locale: mail.locale,
    template: mail.purpose === 'invitation' ? 'invitation' : 'passwordReset',
    params: { name: mail.locale === 'en' ? mail.displayNameEn : mail.displayNameAr, expiresAt: mail.expiresAt.toISOString() },
    link: `/set-password#token=${mail.token}`,
    // One mail per link: a retried transaction cannot queue it twice.
    dedupeKey: `account-link:${createHash('sha256').update(mail.token).digest('hex')}`,
  });
}
