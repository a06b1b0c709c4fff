import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { databaseUrl } from '../support/test-databases.ts';
import { apiClient, refusal, signIn } from '../support/api-client.ts';
import { queryDatabase as query, runAdminCli, startServerProcess as startServer } from '../support/product-process.ts';

const adminUrl = inject('postgresUrl');

const tokenOf = (link: string) => new URL(link).hash.replace('#token=', '');

describe.skipIf(!adminUrl)('first run on an empty PostgreSQL database', () => {
  const name = `first_run_${randomBytes(4).toString('hex')}`;
  const url = adminUrl ? databaseUrl(adminUrl, name) : '';
  let server: Awaited<ReturnType<typeof startServer>>;
  let link = '';

  beforeAll(async () => {
    // createdb
    await query(adminUrl!, `create database ${name}`);
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('creates the first administrator from the command line and prints a one-time link', async () => {
    const made = await runAdminCli(url, [
      'create-admin',
      '--username',
      'Amal',
      '--email',
      'Amal@Example.gov',
      '--name-ar',
      'أمل',
      '--name-en',
      'Amal',
    ]);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const printed = /https:\/\/tamayuz\.example\.gov\/set-password#token=[A-Za-z0-9_-]{43}/.exec(made.stdout);
    expect(printed).not.toBeNull();
    link = printed![0];
    // Stored as a hash only, unused, expiring; the account has no password until the link is used.
    const [row] = await query(url, `select token_hash, used_at, expires_at > now() as live from account_links`);
    expect(row).toMatchObject({ used_at: null, live: true });
    expect(row!.token_hash).not.toContain(tokenOf(link));
    const people = await query(
      url,
      `select u.username, u.email, u.password_hash, g.role, g.entity_id from users u join user_roles g on g.user_id = u.id`,
    );
    expect(people).toEqual([{ username: 'amal', email: 'amal@example.gov', password_hash: null, role: 'administrator', entity_id: null }]);
    const audit = await query(url, `select actor_id, subject_kind, action from admin_changes`);
    expect(audit).toEqual([{ actor_id: null, subject_kind: 'person', action: 'created' }]);
  }, 120_000);

  it('refuses a second account with the same username or e-mail, saying why, and changes nothing', async () => {
    const again = await runAdminCli(url, ['create-admin', '--username', 'amal', '--email', 'other@example.gov']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('This username is already taken.');
    const sameMail = await runAdminCli(url, ['create-admin', '--username', 'amal2', '--email', 'AMAL@example.gov']);
    expect(sameMail.code).toBe(1);
    expect(sameMail.stderr).toContain('Another person already has this e-mail address.');
    const usage = await runAdminCli(url, ['create-admin', '--username', 'x']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage: npm run admin');
    expect(await query(url, 'select count(*)::int as n from users')).toEqual([{ n: 1 }]);
  }, 120_000);

  it('starts with nothing fictional: no entities, centres, bundles, services or demo accounts; the frameworks are there', async () => {
    server = await startServer(url);
    const counts = await query(
      url,
      `select (select count(*)::int from entities) as entities, (select count(*)::int from service_centres) as centres,
              (select count(*)::int from bundles) as bundles, (select count(*)::int from services) as services,
              (select count(*)::int from users) as users,
              (select count(*)::int from excellence_frameworks) as frameworks`,
    );
    expect(counts[0]).toMatchObject({ entities: 0, centres: 0, bundles: 0, services: 0, users: 1 });
    expect(Number(counts[0]!.frameworks)).toBeGreaterThan(0);
    expect(server.stdout()).not.toContain('Demo sign-ins');
  }, 120_000);

  it('signs the administrator in through the link, once', async () => {
    const anonymous = apiClient(server.url, null);
    expect(await anonymous.auth.accountLink.query({ token: tokenOf(link) })).toMatchObject({
      username: 'amal',
      displayNameAr: 'أمل',
      purpose: 'invitation',
    });
    expect(await refusal(anonymous.auth.setPassword.mutate({ token: tokenOf(link), password: 'short' }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.accountLink.passwordTooShort',
    });
    const res = await fetch(`${server.url}/trpc/auth.setPassword`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tamayuz-csrf': '1' },
      body: JSON.stringify({ token: tokenOf(link), password: 'a long first password' }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const me = await apiClient(server.url, cookie).auth.me.query();
    expect(me).toMatchObject({ username: 'amal', grants: [{ role: 'administrator', entityId: null }] });
    expect((await apiClient(server.url, cookie).people.list.query({})).people.map((p) => p.username)).toEqual(['amal']);
    // Spent: the same link again is refused, and the password it set is the one that works.
    expect(await refusal(anonymous.auth.setPassword.mutate({ token: tokenOf(link), password: 'another long password' }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.accountLink.invalid',
    });
    expect(await signIn(server.url, 'amal', 'a long first password')).toMatch(/^tamayuz_session=/);
  }, 120_000);

  it('sets the password from stdin instead when asked', async () => {
    const made = await runAdminCli(url, ['create-admin', '--username', 'badr', '--email', 'badr@example.gov', '--password-stdin'], {
      stdin: 'badr long password\n',
    });
    expect(made.code).toBe(0);
    expect(made.stdout).not.toContain('set-password');
    expect(await signIn(server.url, 'badr', 'badr long password')).toMatch(/^tamayuz_session=/);
  }, 120_000);
});
