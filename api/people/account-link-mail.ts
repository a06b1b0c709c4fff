import type { EmailAdapter } from '../notifications/email-adapter.ts';
import type { AccountLinkPurpose } from '../accounts/account-links.ts';
import { admin as en } from '../../web/i18n/en/admin.ts';
import { admin as ar } from '../../web/i18n/ar/admin.ts';

export interface AccountLinkMail {
  to: string;
  locale: string;
  displayNameAr: string;
  displayNameEn: string;
  username: string;
  purpose: AccountLinkPurpose;
  url: string;
  expiresAt: Date;
}

function fill(template: string, params: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => params[k] ?? '');
}

/**
 * The one way an account link leaves the server: an invitation or a password reset, in the
 * recipient's language, through whatever carries the product's mail (the adapter given).
 */
export async function sendAccountLink(email: EmailAdapter, mail: AccountLinkMail): Promise<void> {
  const texts = (mail.locale === 'en' ? en : ar).mail[mail.purpose === 'invitation' ? 'invitation' : 'setPassword'];
  const params = {
    name: mail.locale === 'en' ? mail.displayNameEn : mail.displayNameAr,
    username: mail.username,
    url: mail.url,
    expires: mail.expiresAt.toISOString().slice(0, 16).replace('T', ' '),
  };
  await email.send({ to: mail.to, subject: fill(texts.subject, params), text: fill(texts.body, params) });
}
