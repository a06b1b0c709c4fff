import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { databaseUrl } from '../support/test-databases.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { startSmtpCapture, type SmtpCapture } from '../support/smtp-capture.ts';
import { queryDatabase as query, runAdminCli, startServerProcess } from '../support/product-process.ts';
import { csvFile, entityHeader, entityRows, peopleHeader, peopleRows } from '../onboarding/files.ts';
import { call, complaints } from '../api-tokens/entity-system.ts';
import { servicesList } from '../../workflows/onboarding/services-list.ts';
import { mail as ar } from '../../web/i18n/ar/mail.ts';

/**
 * Issue 10's newcomer story, end to end, on a fresh database of the real PostgreSQL server and the
 * real `api/main.ts`: create the administrator with the CLI, sign in through the one-time link, bring
 * the organisation in from CSV, invite a person by real e-mail (a loopback SMTP server), push CX data
 * with an entity's token, deactivate a signed-in person, and see a person's two roles.
 *
 * Single sign-on through the test OIDC provider in Chromium is covered by tests/web/single-sign-on.test.ts
 * (it needs the web build and a browser; this story stays at the HTTP level).
 */

const adminUrl = inject('postgresUrl');
const publicUrl = 'https://tamayuz.example.gov';

/** `npm start` without the web build, mail going to the capture server. */
const startServer = (dbUrl: string, smtpPort: number) =>
  startServerProcess(dbUrl, {
    TAMAYUZ_SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    TAMAYUZ_MAIL_FROM: 'Tamayuz <no-reply@tamayuz.test>',
    TAMAYUZ_PUBLIC_URL: publicUrl,
  });

const tokenIn = (text: string) => /\/set-password#token=([A-Za-z0-9_-]{43})/.exec(text)?.[1];

/** The password the one-time link sets, and the session cookie it answers with. */
async function setPassword(url: string, token: string, password: string): Promise<string> {
  const res = await fetch(`${url}/trpc/auth.setPassword`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tamayuz-csrf': '1' },
    body: JSON.stringify({ token, password }),
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

const centreHeader = ['code', 'entity_code', 'name_ar', 'name_en', 'model', 'channel', 'city_ar', 'city_en'];
const serviceHeader = servicesList.columns.map((c) => c.key);
/** One catalogue service per entity, E01-S1 …, owned by that entity: the codes complaints are about. */
const serviceRows = (n: number) =>
  Array.from({ length: n }, (_, i) => {
    const entity = `E${String(i + 1).padStart(2, '0')}`;
    const cells: Record<string, string> = {
      code: `${entity}-S1`,
      owner_entity_code: entity,
      name_ar: `خدمة ${entity}`,
      name_en: `Service ${entity}`,
      channels: 'counter; web',
      annual_volume: '1000',
      average_wait_minutes: '10',
      average_service_minutes: '5',
      satisfaction: '4',
      average_completion_days: '2',
    };
    return serviceHeader.map((k) => cells[k] ?? '');
  });

describe.skipIf(!adminUrl)('a newcomer organisation moves in on an empty PostgreSQL database', () => {
  const name = `newcomer_${randomBytes(4).toString('hex')}`;
  const url = adminUrl ? databaseUrl(adminUrl, name) : '';
  let smtp: SmtpCapture;
  let server: Awaited<ReturnType<typeof startServer>>;
  let admin: ApiClient;
  let adminLink = '';
  const count = async (table: string) => Number((await query(url, `select count(*)::int as n from ${table}`))[0]!.n);
  const idOf = async (table: 'users' | 'entities', column: 'username' | 'code', value: string) =>
    String((await query(url, `select id from ${table} where ${column} = $1`, [value]))[0]!.id);

  beforeAll(async () => {
    await query(adminUrl!, `create database ${name}`);
    smtp = await startSmtpCapture();
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await smtp?.stop();
    if (adminUrl) await query(adminUrl, `drop database if exists ${name} with (force)`);
  }, 120_000);

  it('creates the administrator with the CLI, starts, and signs the administrator in through the one-time link', async () => {
    const made = await runAdminCli(url, ['create-admin', '--username', 'amal', '--email', 'amal@programme.example']);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    adminLink = tokenIn(made.stdout) ?? '';
    expect(adminLink).not.toBe('');

    server = await startServer(url, smtp.port);
    expect(await count('entities')).toBe(0);
    const cookie = await setPassword(server.url, adminLink, 'a long first password');
    admin = apiClient(server.url, cookie);
    expect(await admin.auth.me.query()).toMatchObject({ username: 'amal', grants: [{ role: 'administrator', entityId: null }] });
    // The password the link set is the one that signs in from now on.
    admin = apiClient(server.url, await signIn(server.url, 'amal', 'a long first password'));
  }, 180_000);

  it('brings in 34 entities, their centres and services, and 150 people with their roles from CSV', async () => {
    const entities = await admin.onboarding.import.mutate({
      list: 'entities',
      mode: 'refuse',
      file: csvFile(entityHeader, entityRows(34)),
    });
    expect(entities).toMatchObject({ status: 'imported', totalRows: 34, badRows: 0, counts: { created: 34, updated: 0, unchanged: 0 } });
    const centreRows = entityRows(34).map(([code]) => [
      `${code}-C01`,
      code!,
      `مركز ${code}`,
      `Centre ${code}`,
      'on_premises',
      'counter',
      'العاصمة',
      'Capital',
    ]);
    const centres = await admin.onboarding.import.mutate({ list: 'centres', mode: 'refuse', file: csvFile(centreHeader, centreRows) });
    expect(centres).toMatchObject({ status: 'imported', badRows: 0, counts: { created: 34, updated: 0, unchanged: 0 } });
    const services = await admin.onboarding.import.mutate({
      list: 'services',
      mode: 'refuse',
      file: csvFile(serviceHeader, serviceRows(2)),
    });
    expect(services, JSON.stringify(services.problems)).toMatchObject({ status: 'imported', badRows: 0, counts: { created: 2 } });

    const people = await admin.onboarding.import.mutate({
      list: 'people',
      mode: 'refuse',
      file: csvFile(peopleHeader, peopleRows(150, 'p')),
    });
    expect(people).toMatchObject({ status: 'imported', totalRows: 150, badRows: 0, counts: { created: 150, updated: 0, unchanged: 0 } });
    expect({ entities: await count('entities'), centres: await count('service_centres'), users: await count('users') }).toEqual({
      entities: 34,
      centres: 34,
      users: 151,
    });
  }, 180_000);

  it('refuses a file with bad rows whole: the exact report, nothing written', async () => {
    const before = { users: await count('users'), grants: await count('user_roles'), changes: await count('admin_changes') };
    const rows = peopleRows(4, 'late');
    rows[1]![4] = 'assessor; wizard';
    rows[2]![1] = 'P001@E01.example'; // p001's address
    rows[3]![4] = 'participant:E99';
    const report = await admin.onboarding.import.mutate({ list: 'people', mode: 'refuse', file: csvFile(peopleHeader, rows) });
    expect(report).toMatchObject({ status: 'refused', totalRows: 4, badRows: 3 });
    expect(report.problems).toEqual([
      { row: 3, column: 'roles', messageKey: 'errors.onboarding.unknown_role', params: { column: 'roles', value: 'wizard' } },
      {
        row: 4,
        column: 'email',
        messageKey: 'errors.onboarding.email_taken',
        params: { column: 'email', value: 'p001@e01.example', other: 'p001' },
      },
      { row: 5, column: 'roles', messageKey: 'errors.onboarding.unknown_entity', params: { column: 'roles', value: 'E99' } },
    ]);
    expect({ users: await count('users'), grants: await count('user_roles'), changes: await count('admin_changes') }).toEqual(before);
  }, 120_000);

  // p041 is row 41 of the people file: "entity_coordinator:E07; assessor".
  let p041: ApiClient;
  it('invites a person, who sets a password from the e-mail the SMTP server received and signs in with both roles', async () => {
    const id = await idOf('users', 'username', 'p041');
    expect(await admin.people.invite.mutate({ id })).toMatchObject({ email: 'p041@e07.example' });
    // Sent by the outbox after commit: poll with a generous limit (the machine may be loaded).
    const to041 = () => smtp.messages.find((m) => JSON.stringify(m.to ?? '').includes('p041@e07.example'));
    for (const until = Date.now() + 60_000; !to041() && Date.now() < until; ) await smtp.waitFor(smtp.messages.length + 1, 1_000);
    const mail = to041();
    expect(mail, 'no invitation mail arrived').toBeDefined();
    // p041's language is Arabic (the file's locale column): the translated subject, not a message key.
    expect(mail!.subject).toBe(ar.invitation.subject);
    expect(mail!.text).toContain(`${publicUrl}/set-password#token=`);
    const token = tokenIn(mail!.text ?? '')!;
    await setPassword(server.url, token, 'p041 chose this password');
    p041 = apiClient(server.url, await signIn(server.url, 'p041', 'p041 chose this password'));
    const me = await p041.auth.me.query();
    const e07 = await idOf('entities', 'code', 'E07');
    expect(me?.username).toBe('p041');
    expect(me?.grants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'entity_coordinator', entityId: e07 }),
        expect.objectContaining({ role: 'assessor' }),
      ]),
    );
    expect(me?.grants).toHaveLength(2);
  }, 180_000);

  it('takes 1,000 complaints from an entity system with its token, the same push again adds none, another entity’s token is refused', async () => {
    const e01 = await idOf('entities', 'code', 'E01');
    const e02 = await idOf('entities', 'code', 'E02');
    const own = await admin.tokens.issue.mutate({ entityId: e01, name: 'E01 complaints system', capabilities: ['push_complaints'] });
    const other = await admin.tokens.issue.mutate({ entityId: e02, name: 'E02 complaints system', capabilities: ['push_complaints'] });
    const rows = complaints(1000, 'E01-S1');
    const first = await call(server.url, '/api/v1/complaints', { secret: own.secret, body: { rows } });
    expect(first.status, JSON.stringify(first.body).slice(0, 500)).toBe(200);
    expect(first.body).toMatchObject({ status: 'imported', totalRows: 1000, createdRows: 1000, unchangedRows: 0, badRows: [] });
    expect(await count('cx_complaints')).toBe(1000);

    const again = await call(server.url, '/api/v1/complaints', { secret: own.secret, body: { rows } });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ createdRows: 0, unchangedRows: 1000 });
    expect(await count('cx_complaints')).toBe(1000);

    const intruder = await call(server.url, '/api/v1/complaints', { secret: other.secret, body: { rows: rows.slice(0, 2) } });
    expect(intruder.status).toBe(422);
    expect(intruder.body.badRows).toEqual([
      { index: 0, column: 'service_code', messageKey: 'cx_import.other_entity' },
      { index: 1, column: 'service_code', messageKey: 'cx_import.other_entity' },
    ]);
    expect(await count('cx_complaints')).toBe(1000);
  }, 180_000);

  it('ends a deactivated person’s open session at once', async () => {
    expect(await p041.notifications.unreadCount.query()).toBeDefined();
    await admin.people.setActive.mutate({ id: await idOf('users', 'username', 'p041'), active: false });
    expect(await p041.auth.me.query()).toBeNull();
    expect(await refusal(p041.notifications.unreadCount.query())).toMatchObject({ code: 'UNAUTHORIZED' });
    await expect(signIn(server.url, 'p041', 'p041 chose this password')).rejects.toThrow(/401/);
  }, 120_000);
});
