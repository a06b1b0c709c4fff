import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, signIn } from '../support/api-client.ts';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture.ts';
import { notify } from '../../api/notifications/inbox.ts';
import { MailSender } from '../../api/mail/sender.ts';
import { enqueueMail } from '../../api/mail/enqueue.ts';
import { createLogger } from '../../api/http/logger.ts';
import type { DB } from '../../api/db/schema.ts';

const publicUrl = 'https://tamayuz.example.gov';

describe.each(testDatabases())('mail outbox on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let smtp: SmtpCapture;
  let clock: Date;
  let sender: MailSender;
  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    smtp = await startSmtpCapture();
    await running.db.updateTable('users').set({ email: 'fatima@moi.example', locale: 'ar' }).where('username', '=', 'coord.moi').execute();
    await running.db.updateTable('users').set({ email: 'saad@moh.example', locale: 'en' }).where('username', '=', 'coord.moh').execute();
  });
  afterAll(async () => {
    await sender?.stop();
    await smtp.stop();
    await running.close();
    await db.close();
  });
  beforeEach(async () => {
    clock = new Date('2026-03-10T08:00:00Z');
    sender = new MailSender(running.db, { config: smtp.config(publicUrl), logger: createLogger({ level: 'silent' }), now: () => clock });
    smtp.messages.length = 0;
    await running.db.deleteFrom('mail_outbox').execute();
    await running.db.deleteFrom('mail_preferences').execute();
    await running.db.deleteFrom('notifications').execute();
  });

  const overdue = (trx: DB) =>
    notify(
      trx,
      [{ role: 'entity_coordinator' }],
      { kind: 'improvement.escalation.level1', params: { title: 'Cut queue time', dueAt: '2026-03-01' }, link: '/actions/act-1' },
      clock,
    );

  it('mails each notice in its recipient language with a translated subject, body and an absolute link', async () => {
    await running.db.transaction().execute(overdue);
    expect(await sender.sendDue()).toEqual({ sent: 2, deferred: 0, failed: 0 });
    const ar = smtp.messages.find((m) => m.to && JSON.stringify(m.to).includes('fatima@moi.example'));
    const en = smtp.messages.find((m) => m.to && JSON.stringify(m.to).includes('saad@moh.example'));
    // Dates as the Arabic inbox shows them: Arabic-Indic digits, Gregorian calendar.
    expect(ar?.subject).toMatch(/^تميّز: الإجراء «Cut queue time» متأخر \(تاريخ الاستحقاق ٠١.*٠٣.*٢٠٢٦\)\.$/);
    expect(ar?.text).toContain('مرحباً فاطمة الملا،');
    expect(ar?.text).toContain(`افتح في تميّز: ${publicUrl}/actions/act-1`);
    expect(ar?.html).toContain('dir="rtl"');
    expect(en?.subject).toBe('Tamayuz: Action “Cut queue time” is overdue (due 1 Mar 2026).');
    expect(en?.text).toContain('Hello Saad Al-Kubaisi,');
    expect(en?.text).toContain(`Open in Tamayuz: ${publicUrl}/actions/act-1`);
    for (const m of smtp.messages) {
      expect(`${m.subject}\n${m.text}\n${m.html}`).not.toMatch(/improvement\.|escalation\.level|mail:|notice\.subject/);
      expect(m.from?.value[0]?.address).toBe('no-reply@tamayuz.test');
    }
    const rows = await running.db.selectFrom('mail_outbox').select(['sent_at', 'attempts']).execute();
    expect(rows.every((r) => r.sent_at !== null && r.attempts === 1)).toBe(true);
  });

  it('queues nothing when the change rolls back, and nothing for people without an address', async () => {
    await expect(
      running.db.transaction().execute(async (trx) => {
        await overdue(trx);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await running.db.selectFrom('mail_outbox').select('id').execute()).toEqual([]);
    await notify(running.db, [{ role: 'programme_manager' }], {
      kind: 'improvement.notices.dueSoon',
      params: { title: 'x', dueAt: '2026-03-01' },
    });
    expect(await running.db.selectFrom('mail_outbox').select('id').execute()).toEqual([]);
  });

  it('loses nothing while the mail server is down, delivers once when it is back, never twice', async () => {
    await smtp.stop();
    await running.db.transaction().execute(overdue);
    expect(await sender.sendDue()).toEqual({ sent: 0, deferred: 2, failed: 0 });
    const waiting = await running.db.selectFrom('mail_outbox').select(['sent_at', 'attempts', 'last_error', 'next_attempt_at']).execute();
    expect(waiting).toHaveLength(2);
    for (const row of waiting) {
      expect(row.sent_at).toBeNull();
      expect(row.attempts).toBe(1);
      expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
      expect(new Date(row.next_attempt_at).getTime()).toBe(clock.getTime() + 30_000);
    }
    // Not due yet: nothing is tried before the back-off ends.
    expect(await sender.sendDue()).toEqual({ sent: 0, deferred: 0, failed: 0 });
    await smtp.start();
    clock = new Date(clock.getTime() + 31_000);
    expect(await sender.sendDue()).toEqual({ sent: 2, deferred: 0, failed: 0 });
    expect(await sender.sendDue()).toEqual({ sent: 0, deferred: 0, failed: 0 });
    clock = new Date(clock.getTime() + 24 * 60 * 60_000);
    expect(await sender.sendDue()).toEqual({ sent: 0, deferred: 0, failed: 0 });
    expect(smtp.messages).toHaveLength(2);
    expect(new Set(smtp.messages.map((m) => m.messageId)).size).toBe(2);
  });

  it('two senders at once deliver each mail once (claims skip locked rows)', async () => {
    for (let i = 0; i < 3; i++) await running.db.transaction().execute(overdue);
    const other = new MailSender(running.db, {
      config: smtp.config(publicUrl),
      logger: createLogger({ level: 'silent' }),
      now: () => clock,
    });
    const [a, b] = await Promise.all([sender.sendDue(), other.sendDue()]);
    expect(a.sent + b.sent).toBe(6);
    expect(smtp.messages).toHaveLength(6);
    expect(new Set(smtp.messages.map((m) => m.messageId)).size).toBe(6);
  });

  it('queues a mail once per dedupe key and refuses a template no language can render', async () => {
    const mail = {
      to: 'new.person@moi.example',
      locale: 'en',
      template: 'invitation',
      params: { name: 'Noora', expiresAt: '2026-03-17T08:00:00Z' },
      link: '/invitations/tok',
      dedupeKey: 'invitation:1',
    };
    expect(await enqueueMail(running.db, mail, clock)).toBe(true);
    expect(await enqueueMail(running.db, mail, clock)).toBe(false);
    await expect(enqueueMail(running.db, { ...mail, template: 'no.such.template', dedupeKey: 'x' })).rejects.toThrow(
      /unknown mail template/,
    );
    await sender.sendDue();
    expect(smtp.messages).toHaveLength(1);
    expect(smtp.messages[0]?.subject).toBe('You are invited to Tamayuz');
    expect(smtp.messages[0]?.text).toContain(`${publicUrl}/invitations/tok`);
    expect(smtp.messages[0]?.text).toMatch(/expires on 17 Mar 2026/);
  });

  it('gathers the notices of a daily-digest reader into one mail a day', async () => {
    const fatima = 'usr-coord-moi';
    await running.db
      .insertInto('mail_preferences')
      .values({ user_id: fatima, frequency: 'daily', last_digest_at: new Date('2026-03-10T05:00:00Z') })
      .execute();
    await running.db.transaction().execute(overdue);
    clock = new Date('2026-03-10T09:00:00Z');
    await notify(
      running.db,
      [{ userId: fatima }],
      { kind: 'improvement.notices.dueSoon', params: { title: 'Publish SLA', dueAt: '2026-03-20' }, link: '/actions/act-2' },
      clock,
    );
    // Only Saad (each notice) is mailed now.
    expect(await sender.sendDue()).toEqual({ sent: 1, deferred: 0, failed: 0 });
    expect(smtp.messages.map((m) => m.subject)).toEqual(['Tamayuz: Action “Cut queue time” is overdue (due 1 Mar 2026).']);
    clock = new Date('2026-03-11T05:30:00Z');
    await sender.kick();
    await sender.kick();
    expect(smtp.messages).toHaveLength(2);
    const digest = smtp.messages[1];
    expect(digest?.subject).toBe('تميّز: ملخصك اليومي (عدد الإشعارات: ٢)');
    expect(digest?.text).toContain('الإجراء «Cut queue time» متأخر');
    expect(digest?.text).toContain('يحين موعد استحقاق الإجراء «Publish SLA»');
    expect(digest?.text).toContain(`${publicUrl}/actions/act-2`);
    // The next day with nothing new: no digest.
    clock = new Date('2026-03-12T06:00:00Z');
    await sender.kick();
    expect(smtp.messages).toHaveLength(2);
  });

  it('lets each person choose each notice, a daily digest or no mail, through the API', async () => {
    const fatima = apiClient(running.url, await signIn(running.url, 'coord.moi', 'coord-demo-2026'));
    expect(await fatima.notifications.mailSettings.query()).toEqual({ email: 'fatima@moi.example', frequency: 'immediate' });
    await fatima.notifications.setMailFrequency.mutate({ frequency: 'none' });
    expect(await fatima.notifications.mailSettings.query()).toEqual({ email: 'fatima@moi.example', frequency: 'none' });
    await running.db.transaction().execute(overdue);
    const queued = await running.db.selectFrom('mail_outbox').select('recipient_address').execute();
    expect(queued.map((q) => q.recipient_address)).toEqual(['saad@moh.example']);
    await fatima.notifications.setMailFrequency.mutate({ frequency: 'daily' });
    const pref = await running.db
      .selectFrom('mail_preferences')
      .selectAll()
      .where('user_id', '=', 'usr-coord-moi')
      .executeTakeFirstOrThrow();
    expect(pref.frequency).toBe('daily');
    // The digest starts from the switch: the notice above (already decided as "no mail") is not gathered later.
    expect(Math.abs(new Date(pref.last_digest_at ?? 0).getTime() - Date.now())).toBeLessThan(60_000);
  });
});
