import { sql, type Selectable } from 'kysely';
import type { Logger } from '../http/logger.ts';
import type { DB } from '../db/schema.ts';
import type { MailConfig } from './mail-config.ts';
import { renderMail } from './render.ts';
import { queueDueDigests } from './digest.ts';
import type { MailOutboxTable } from './tables.ts';

export interface MailSenderOptions {
  config: MailConfig;
  logger: Logger;
  /** How often to look for due mails (and digests). */
  intervalMs?: number;
  /** How long a claimed mail is reserved for its sender; after that another sender retries it. */
  leaseMs?: number;
  /** Mails claimed per round. */
  batch?: number;
  now?: () => Date;
}

export interface SendRound {
  sent: number;
  /** Will be retried later (connection failures, 4xx answers). */
  deferred: number;
  /** Refused for good (5xx answers); not retried. */
  failed: number;
}

/** Wait before attempt n+1 after n failures: 30 s, 1 min, 2 min, … capped at an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60_000);
}

function isPermanent(err: unknown): boolean {
  const code = (err as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500 && code !== 503;
}

/**
 * Delivers the outbox. A round claims due rows with FOR UPDATE SKIP LOCKED and pushes their
 * next attempt one lease ahead in the same statement, so any number of senders (one per API
 * process) never take the same mail, and no transaction stays open while SMTP talks. Then each
 * mail is sent and marked. A crash between the server's "accepted" and the mark is the one way
 * a mail goes twice: after the lease it is resent with the same Message-ID, which receiving
 * systems that deduplicate use to drop the copy.
 */
export class MailSender {
  #timer: NodeJS.Timeout | null = null;
  #running: Promise<SendRound> | null = null;
  readonly #now: () => Date;

  constructor(
    private readonly db: DB,
    private readonly options: MailSenderOptions,
  ) {
    this.#now = options.now ?? (() => new Date());
  }

  start(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => void this.kick(), this.options.intervalMs ?? 5000);
    this.#timer.unref();
    void this.kick();
  }

  /** One round now, unless one is running (then that one's result). */
  kick(): Promise<SendRound> {
    this.#running ??= this.#round()
      .catch((err: unknown) => {
        this.options.logger.error({ err }, 'mail round failed');
        return { sent: 0, deferred: 0, failed: 0 };
      })
      .finally(() => {
        this.#running = null;
      });
    return this.#running;
  }

  async stop(): Promise<void> {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
    await this.#running;
  }

  async #round(): Promise<SendRound> {
    await queueDueDigests(this.db, this.#now(), this.options.config.digestHourUtc);
    return this.sendDue();
  }

  /** Sends every mail due now; answers what happened to them. */
  async sendDue(): Promise<SendRound> {
    const round: SendRound = { sent: 0, deferred: 0, failed: 0 };
    for (;;) {
      const claimed = await this.#claim();
      if (claimed.length === 0) return round;
      for (const mail of claimed) round[await this.#deliver(mail)]++;
    }
  }

  async #claim() {
    const now = this.#now();
    const leaseEnd = new Date(now.getTime() + (this.options.leaseMs ?? 5 * 60_000));
    const due = this.db
      .selectFrom('mail_outbox')
      .select('id')
      .where('sent_at', 'is', null)
      .where('failed_at', 'is', null)
      .where('next_attempt_at', '<=', now)
      .orderBy('next_attempt_at')
      .limit(this.options.batch ?? 20)
      .forUpdate()
      .skipLocked();
    return this.db
      .updateTable('mail_outbox')
      .set({ attempts: sql`attempts + 1`, next_attempt_at: leaseEnd })
      .where('id', 'in', due)
      .returningAll()
      .execute();
  }

  async #deliver(mail: Selectable<MailOutboxTable>): Promise<keyof SendRound> {
    const { config, logger } = this.options;
    try {
      const rendered = renderMail({ locale: mail.locale, template: mail.template, params: mail.params, link: mail.link }, config.publicUrl);
      if (config.transport) {
        await config.transport.sendMail({
          from: config.from,
          to: mail.recipient_address,
          subject: rendered.subject,
          text: rendered.text,
          html: rendered.html,
          messageId: mail.message_id,
          headers: { 'Content-Language': mail.locale },
        });
      } else {
        logger.info(
          { to: mail.recipient_address, subject: rendered.subject, messageId: mail.message_id },
          'mail (no SMTP server configured)',
        );
      }
      await this.db.updateTable('mail_outbox').set({ sent_at: this.#now(), last_error: null }).where('id', '=', mail.id).execute();
      return 'sent';
    } catch (err) {
      const permanent = isPermanent(err);
      const message = err instanceof Error ? err.message : String(err);
      logger.warn({ err, mailId: mail.id, attempts: mail.attempts, permanent }, 'mail not delivered');
      await this.db
        .updateTable('mail_outbox')
        .set(
          permanent
            ? { failed_at: this.#now(), last_error: message }
            : { next_attempt_at: new Date(this.#now().getTime() + retryDelayMs(mail.attempts)), last_error: message },
        )
        .where('id', '=', mail.id)
        .execute();
      return permanent ? 'failed' : 'deferred';
    }
  }
}
