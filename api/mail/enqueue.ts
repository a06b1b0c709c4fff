import { createHash } from 'node:crypto';
import type { DB } from '../db/schema.ts';
import { mailLocale } from './catalogue.ts';
import { isKnownTemplate } from './render.ts';

export interface MailToQueue {
  /** The address it goes to. */
  to: string;
  /** The person it is for, when it is one of ours (null for an address not yet an account). */
  userId?: string | null;
  /** Their language (`ar` | `en`); anything else reads as Arabic. */
  locale: string;
  /** `notice`, `digest`, or a key under `mail:` with `subject` and `body` texts (e.g. `invitation`). */
  template: string;
  /** Interpolation values; `name` is the greeting's name. ISO dates are shown in the reader's conventions. */
  params?: Record<string, unknown>;
  /** A workspace path (`/invitations/…`); the sender makes it absolute. */
  link?: string | null;
  /** One mail per key, ever (e.g. `invitation:<id>`): a retried caller does not queue it twice. */
  dedupeKey: string;
}

/** A Message-ID derived from the dedupe key: any resend of this mail carries the same one. */
export function messageIdFor(dedupeKey: string): string {
  return `<${createHash('sha256').update(dedupeKey).digest('hex').slice(0, 40)}@tamayuz.mail>`;
}

/**
 * Queues a mail inside the caller's transaction, so it exists iff the change it announces
 * commits; the sender loop delivers it afterwards. Answers false when a mail with this dedupe
 * key was already queued (nothing changes). Throws on a template no language can render.
 */
export async function enqueueMail(trx: DB, mail: MailToQueue, at: Date = new Date()): Promise<boolean> {
  if (!isKnownTemplate(mail.template)) throw new Error(`unknown mail template ${mail.template}`);
  const result = await trx
    .insertInto('mail_outbox')
    .values({
      recipient_address: mail.to,
      recipient_user_id: mail.userId ?? null,
      locale: mailLocale(mail.locale),
      template: mail.template,
      params: JSON.stringify(mail.params ?? {}),
      link: mail.link ?? null,
      dedupe_key: mail.dedupeKey,
      message_id: messageIdFor(mail.dedupeKey),
      next_attempt_at: at,
      sent_at: null,
      failed_at: null,
      last_error: null,
    })
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return result !== undefined;
}
