import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from '../../engine/db/schema.ts';

/** One e-mail to one address, written in the transaction of the change it announces (see enqueueMail). */
export interface MailOutboxTable {
  id: Generated<string>;
  recipient_address: string;
  recipient_user_id: string | null;
  /** The language the mail is rendered in when it is sent: ar | en. */
  locale: string;
  /** Which template renders it: notice | digest | invitation | ... (see api/mail/templates.ts). */
  template: string;
  params: ColumnType<Record<string, unknown>, string, string>;
  /** A path in the workspace (`/actions/…`); the sender makes it absolute with TAMAYUZ_PUBLIC_URL. */
  link: string | null;
  /** One mail per dedupe key, ever: a retried caller cannot queue the same mail twice. */
  dedupe_key: string;
  /** The SMTP Message-ID, fixed when queued so a resend after a crash carries the same one. */
  message_id: string;
  created_at: Generated<Timestamp>;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  sent_at: Timestamp | null;
  /** Set when the server refused the mail for good (a 5xx answer); it is not retried. */
  failed_at: Timestamp | null;
  last_error: string | null;
}

/** How a person wants their notices by e-mail; a person without a row gets each notice at once. */
export interface MailPreferencesTable {
  user_id: string;
  frequency: 'immediate' | 'daily' | 'none';
  /** End of the window the last digest covered. */
  last_digest_at: Timestamp | null;
}

export interface MailTables {
  mail_outbox: MailOutboxTable;
  mail_preferences: MailPreferencesTable;
}
