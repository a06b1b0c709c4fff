import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture.ts';
import { adminChangesOf } from '../../api/admin/admin-change.ts';
import { mail as arMail } from '../../web/i18n/ar/mail.ts';

interface Sent {
  to: string;
  subject: string;
  text: string;
}

/** Sends what the outbox holds to the test's SMTP server, and answers every message it has received, oldest first. */
async function inbox(running: RunningApp, smtp: SmtpCapture): Promise<Sent[]> {
  await running.app.mailSender.sendDue();
  return smtp.messages.map((m) => ({
    to: (Array.isArray(m.to) ? m.to[0] : m.to)?.text ?? '',
    subject: m.subject ?? '',
    text: m.text ?? '',
  }));
}

const linkIn = (mail: Sent) => /https:\/\/tamayuz\.test\/set-password#token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1] ?? '';

async function isSignedIn(baseUrl: string, cookie: string): Promise<boolean> {
  const client = apiClient(baseUrl, cookie);
  if ((await client.auth.me.query()) !== null) return true;
  expect(await refusal(client.entities.list.query())).toEqual({ code: 'UNAUTHORIZED', messageKey: 'errors.unauthorized' });
  return false;
}

/** Uses a one-time link as the set-password page does; answers the session cookie it gives. */
async function setPassword(baseUrl: string, token: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/trpc/auth.setPassword`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tamayuz-csrf': '1' },
    body: JSON.stringify({ token, password }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

const newcomer = {
  username: 'noura',
  displayNameAr: 'نورة',
  displayNameEn: 'Noura',
  email: 'Noura@Health.example',
  locale: 'ar' as const,
  grants: [
    { role: 'entity_coordinator' as const, entityId: 'ent-moh' },
    { role: 'assessor' as const, entityId: null },
  ],
};

describe.each(testDatabases())('people administration on $name', (target) => {
  let database: TestDatabase;
  let running: RunningApp;
  let smtp: SmtpCapture;
  let admin: ApiClient;
  let nouraId = '';
  let nouraCookie = '';

  beforeAll(async () => {
    database = await target.create();
    smtp = await startSmtpCapture();
    running = await startTestApp(database, { mail: smtp.config('https://tamayuz.test') });
    admin = apiClient(running.url, await signIn(running.url, 'admin', 'admin-demo-2026'));
  }, 120_000);
  afterAll(async () => {
    await running.close();
    await smtp.stop();
    await database.close();
  });

  it('creates a person with two roles and invites them; the invitation signs them in with both', async () => {
    const { person, invitation } = await admin.people.create.mutate(newcomer);
    nouraId = person.id;
    expect(person).toMatchObject({ username: 'noura', email: 'noura@health.example', hasPassword: false, active: true });
    expect(invitation?.email).toBe('noura@health.example');
    // One mail, in her language, with a one-time link; the answer to the administrator carries no token.
    const sent = await inbox(running, smtp);
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: 'noura@health.example', subject: arMail.invitation.subject });
    expect(sent[0]!.text).toContain('نورة');
    const token = linkIn(sent[0]!);
    expect(token).toHaveLength(43);
    expect(JSON.stringify(invitation)).not.toContain(token);

    nouraCookie = await setPassword(running.url, token, 'noura long password');
    const me = await apiClient(running.url, nouraCookie).auth.me.query();
    expect(me?.grants).toEqual([
      { role: 'assessor', entityId: null },
      { role: 'entity_coordinator', entityId: 'ent-moh' },
    ]);
    const trail = await adminChangesOf(running.db, 'person', nouraId).execute();
    expect(trail.map((c) => c.action)).toEqual(['created', 'invited']);
    expect(trail[0]!.actor_id).toBe('usr-admin');
    expect(JSON.stringify(trail[0]!.after)).toContain('ent-moh');
  });

  it('finds people by name, username or e-mail', async () => {
    expect((await admin.people.list.query({ search: 'NOURA@' })).people.map((p) => p.username)).toEqual(['noura']);
    // The demo assessor Noora (نورة السليطي) shares the Arabic name.
    expect((await admin.people.list.query({ search: 'نورة' })).people.map((p) => p.username)).toEqual(['assessor2', 'noura']);
    expect((await admin.people.list.query({ search: '100%_' })).people).toEqual([]);
    const page = await admin.people.list.query({ limit: 2 });
    expect(page.people).toHaveLength(2);
    expect(page.total).toBeGreaterThan(10);
  });

  it('refuses bad input with the field it concerns, and changes nothing', async () => {
    const before = (await admin.people.list.query({ limit: 200 })).total;
    const bad = (e: Partial<typeof newcomer>) =>
      admin.people.create.mutate({ ...newcomer, username: 'someone', email: 'someone@x.example', ...e });
    const keyed = async (p: Promise<unknown>) => {
      try {
        await p;
      } catch (err) {
        const data = (err as { data?: { messageKey?: string; params?: Record<string, unknown> } }).data;
        return { key: data?.messageKey, field: data?.params?.field ?? data?.params?.path };
      }
      throw new Error('not refused');
    };
    expect(await keyed(bad({ email: 'NOURA@health.example' }))).toEqual({ key: 'errors.people.emailTaken', field: 'email' });
    expect(await keyed(bad({ username: 'noura' }))).toEqual({ key: 'errors.people.usernameTaken', field: 'username' });
    expect(await keyed(bad({ username: 'no spaces' }))).toEqual({ key: 'errors.people.usernameFormat', field: 'username' });
    expect(await keyed(bad({ email: 'not-an-address' }))).toEqual({ key: 'errors.people.emailFormat', field: 'email' });
    expect(await keyed(bad({ grants: [{ role: 'entity_coordinator', entityId: null }] as never }))).toEqual({
      key: 'errors.people.entityRequired',
      field: 'grants.0.entityId',
    });
    expect(await keyed(bad({ grants: [{ role: 'entity_coordinator', entityId: 'ent-nowhere' }] as never }))).toEqual({
      key: 'errors.people.unknownEntity',
      field: 'grants.0.entityId',
    });
    expect((await admin.people.list.query({ limit: 200 })).total).toBe(before);
    expect(await inbox(running, smtp)).toHaveLength(1);
    // Only administrators administer people.
    const pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
    expect(await refusal(pm.people.list.query({}))).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.forbidden' });
  });

  it('ends the sessions when roles change, not when a name does', async () => {
    const fields = { ...newcomer, displayNameEn: 'Noura A.' };
    await admin.people.update.mutate({ id: nouraId, ...fields });
    expect(await isSignedIn(running.url, nouraCookie)).toBe(true);
    const updated = await admin.people.update.mutate({ id: nouraId, ...fields, grants: [{ role: 'assessor', entityId: 'ent-moh' }] });
    expect(updated.grants).toEqual([{ role: 'assessor', entityId: 'ent-moh' }]);
    expect(await isSignedIn(running.url, nouraCookie)).toBe(false);
    const trail = await adminChangesOf(running.db, 'person', nouraId).execute();
    const last = trail.at(-1)!;
    expect(last.action).toBe('updated');
    expect(JSON.stringify(last.before)).toContain('entity_coordinator');
    expect(JSON.stringify(last.after)).not.toContain('entity_coordinator');
  });

  it('deactivates: an open session is refused on its next request, and signing in too, until reactivated', async () => {
    const cookie = await signIn(running.url, 'noura', 'noura long password');
    expect(await isSignedIn(running.url, cookie)).toBe(true);
    await admin.people.setActive.mutate({ id: nouraId, active: false });
    expect(await isSignedIn(running.url, cookie)).toBe(false);
    await expect(signIn(running.url, 'noura', 'noura long password')).rejects.toThrow(/401/);
    expect(await refusal(admin.people.sendPasswordReset.mutate({ id: nouraId }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.people.inactive',
    });
    await admin.people.setActive.mutate({ id: nouraId, active: true });
    expect(await signIn(running.url, 'noura', 'noura long password')).toMatch(/^tamayuz_session=/);
    const actions = (await adminChangesOf(running.db, 'person', nouraId).execute()).map((c) => c.action);
    expect(actions.slice(-2)).toEqual(['deactivated', 'reactivated']);
  });

  it('resets a password by a one-time link; the older link dies, and so do open sessions', async () => {
    const open = await signIn(running.url, 'noura', 'noura long password');
    await admin.people.sendPasswordReset.mutate({ id: nouraId });
    await admin.people.sendPasswordReset.mutate({ id: nouraId });
    const [older, newer] = (await inbox(running, smtp)).slice(-2);
    expect(newer!.subject).toBe(arMail.passwordReset.subject);
    const anonymous = apiClient(running.url, null);
    expect(await refusal(anonymous.auth.accountLink.query({ token: linkIn(older!) }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.accountLink.invalid',
    });
    // The reset alone signs nobody out; setting the new password does.
    expect(await isSignedIn(running.url, open)).toBe(true);
    await setPassword(running.url, linkIn(newer!), 'noura newer password');
    expect(await isSignedIn(running.url, open)).toBe(false);
    await expect(signIn(running.url, 'noura', 'noura long password')).rejects.toThrow(/401/);
    expect(await signIn(running.url, 'noura', 'noura newer password')).toMatch(/^tamayuz_session=/);
  });

  it('lifts sign-in throttling for one username', async () => {
    for (let i = 0; i < 6; i++) await expect(signIn(running.url, 'noura', 'wrong password')).rejects.toThrow();
    await expect(signIn(running.url, 'noura', 'noura newer password')).rejects.toThrow(/429|throttled/);
    expect(await admin.people.unlock.mutate({ id: nouraId })).toEqual({ cleared: 1 });
    expect(await signIn(running.url, 'noura', 'noura newer password')).toMatch(/^tamayuz_session=/);
    expect((await adminChangesOf(running.db, 'person', nouraId).execute()).at(-1)?.action).toBe('unlocked');
  });

  it('keeps at least one active administrator, and an administrator cannot switch themselves off', async () => {
    expect(await refusal(admin.people.setActive.mutate({ id: 'usr-admin', active: false }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.people.notYourself',
    });
    const self = await admin.people.get.query({ id: 'usr-admin' });
    expect(
      await refusal(
        admin.people.update.mutate({
          id: 'usr-admin',
          displayNameAr: self.displayNameAr,
          displayNameEn: self.displayNameEn,
          email: 'admin@example.test',
          locale: 'ar',
          grants: [{ role: 'leadership', entityId: null }],
        }),
      ),
    ).toEqual({ code: 'PRECONDITION_FAILED', messageKey: 'errors.people.lastAdministrator' });
    expect((await admin.people.get.query({ id: 'usr-admin' })).grants).toEqual([{ role: 'administrator', entityId: null }]);
  });
});
