import type { IncomingMessage } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient } from '../support/api-client.ts';
import { productDb, type DB } from '../../api/db/schema.ts';
import { localPasswordProvider, type PasswordVerifier } from '../../api/accounts/identity-provider.ts';
import { verifyPassword } from '../../api/accounts/password.ts';
import { lockAfter, loginThrottle, releaseLoginAttempt, reserveLoginAttempt } from '../../api/accounts/login-throttle.ts';
import { clientAddress } from '../../api/http/client-address.ts';
import { AppError } from '../../api/trpc/app-error.ts';

interface Answer {
  status: number;
  messageKey: string | null;
  cookie: string | null;
}

/** One sign-in over HTTP, as its own request (a batching client would fold parallel calls into one). */
async function attempt(url: string, username: string, password: string, from?: string): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-tamayuz-csrf': '1' };
  if (from) headers['x-forwarded-for'] = from;
  const res = await fetch(`${url}/trpc/auth.login`, { method: 'POST', headers, body: JSON.stringify({ username, password }) });
  const body = (await res.json()) as { error?: { data?: { messageKey?: string } } };
  return {
    status: res.status,
    messageKey: body.error?.data?.messageKey ?? null,
    cookie: res.headers.get('set-cookie')?.split(';')[0] ?? null,
  };
}

const wrong = (answers: Answer[]) => answers.filter((a) => a.status === 401 && a.messageKey === 'errors.auth.invalidCredentials').length;
const throttled = (answers: Answer[]) => answers.filter((a) => a.status === 429 && a.messageKey === 'errors.auth.throttled').length;
const minutes = (n: number) => n * 60_000;

describe.each(testDatabases())('sign-in throttling on $name', (target) => {
  let database: TestDatabase;
  let running: RunningApp;
  let db: DB;
  /** Every password check the server made, through the injected verifier. */
  const checks: { password: string; stored: string }[] = [];
  const countingVerifier: PasswordVerifier = (password, stored) => {
    checks.push({ password, stored });
    return verifyPassword(password, stored);
  };
  const checked = (prefix: string) => checks.filter((c) => c.password.startsWith(prefix)).length;

  beforeAll(async () => {
    database = await target.create();
    db = productDb(database.db);
    running = await startTestApp(database, { trustProxy: true, identity: localPasswordProvider(db, countingVerifier) });
  });
  afterAll(async () => {
    await running.close();
    await database.close();
  });

  it('checks at most five of 20 parallel wrong passwords for one account', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => attempt(running.url, 'assessor1', `race20-${i}`, '203.0.113.1')),
    );
    expect(wrong(answers)).toBe(loginThrottle.freeAttempts);
    expect(throttled(answers)).toBe(20 - loginThrottle.freeAttempts);
    expect(checked('race20-')).toBe(loginThrottle.freeAttempts);
  });

  it('checks at most five of 50 parallel wrong passwords for another account', async () => {
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => attempt(running.url, 'assessor2', `race50-${i}`, '203.0.113.2')),
    );
    expect(wrong(answers)).toBe(loginThrottle.freeAttempts);
    expect(throttled(answers)).toBe(50 - loginThrottle.freeAttempts);
    expect(checked('race50-')).toBe(loginThrottle.freeAttempts);
  });

  it("lets the right password in from another address after an attacker's failures", async () => {
    const attacker = '203.0.113.3';
    const answers: Answer[] = [];
    for (let i = 0; i < 8; i++) answers.push(await attempt(running.url, 'coord.moh', `guess-${i}`, attacker));
    expect(wrong(answers)).toBe(loginThrottle.freeAttempts);
    expect(throttled(answers)).toBe(3);
    // The attacker's address stays locked, right password or not, and a made-up first hop does not move it.
    expect((await attempt(running.url, 'coord.moh', 'coord-demo-2026', attacker)).messageKey).toBe('errors.auth.throttled');
    expect((await attempt(running.url, 'coord.moh', 'coord-demo-2026', `198.51.100.4, ${attacker}`)).messageKey).toBe(
      'errors.auth.throttled',
    );

    const user = await attempt(running.url, 'coord.moh', 'coord-demo-2026', '198.51.100.4');
    expect(user.status).toBe(200);
    expect(await apiClient(running.url, user.cookie).auth.me.query()).toMatchObject({ username: 'coord.moh' });
  });

  it('backs off: each failure past the free attempts doubles the wait, and a success starts over', async () => {
    const address = '203.0.113.4';
    const t0 = new Date();
    const at = (ms: number) => new Date(t0.getTime() + ms);
    const tryAt = async (when: Date): Promise<'checked' | 'throttled'> => {
      try {
        await reserveLoginAttempt(db, 'backoff', address, when);
        return 'checked';
      } catch (err) {
        if (err instanceof AppError && err.messageKey === 'errors.auth.throttled') return 'throttled';
        throw err;
      }
    };
    for (let i = 0; i < loginThrottle.freeAttempts; i++) expect(await tryAt(t0)).toBe('checked');
    expect(await tryAt(at(minutes(15) - 1))).toBe('throttled');
    expect(await tryAt(at(minutes(15)))).toBe('checked'); // sixth failure: 30 minutes
    expect(await tryAt(at(minutes(15 + 30) - 1))).toBe('throttled');
    expect(await tryAt(at(minutes(15 + 30)))).toBe('checked'); // seventh: 60 minutes
    expect(await tryAt(at(minutes(15 + 30 + 60) - 1))).toBe('throttled');
    const reservation = await reserveLoginAttempt(db, 'backoff', address, at(minutes(15 + 30 + 60)));
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 20].map(lockAfter)).toEqual([
      null,
      null,
      null,
      null,
      minutes(15),
      minutes(30),
      minutes(60),
      minutes(120),
      minutes(240),
      minutes(240),
    ]);

    // The right password clears the pair: five free attempts again, at once.
    await releaseLoginAttempt(db, reservation);
    const later = at(minutes(15 + 30 + 60) + 1);
    for (let i = 0; i < loginThrottle.freeAttempts; i++) expect(await tryAt(later)).toBe('checked');
    expect(await tryAt(later)).toBe('throttled');
  });

  it('caps attempts from one address across accounts, without touching other addresses', async () => {
    const sprayer = '203.0.113.5';
    const t0 = new Date();
    for (let i = 0; i < loginThrottle.perAddress; i++) await reserveLoginAttempt(db, `spray-${i}`, sprayer, t0);
    await expect(reserveLoginAttempt(db, 'admin', sprayer, t0)).rejects.toMatchObject({ messageKey: 'errors.auth.throttled' });
    // The refusal counted nothing for the account it named.
    expect(
      await db.selectFrom('login_backoff').select('failures').where('username', '=', 'admin').where('address', '=', sprayer).execute(),
    ).toEqual([]);
    await reserveLoginAttempt(db, 'admin', '198.51.100.5', t0);
    // A success gives its attempt back; the next window starts afresh.
    const lucky = await reserveLoginAttempt(db, 'lucky', '203.0.113.6', t0);
    await releaseLoginAttempt(db, lucky);
    await reserveLoginAttempt(db, 'admin', sprayer, new Date(t0.getTime() + loginThrottle.addressWindowMs));
  });

  it('spends one scrypt verification on unknown, deactivated and password-less accounts too', async () => {
    const seen: string[] = [];
    const provider = localPasswordProvider(db, (password, stored) => {
      seen.push(stored);
      return verifyPassword(password, stored);
    });
    const real = await db.selectFrom('users').select('password_hash').where('username', '=', 'pm').executeTakeFirstOrThrow();
    const costOf = (hash: string) => hash.split('$').slice(0, 4).join('$');

    expect(await provider.authenticate({ username: 'nobody-here', password: 'pm-demo-2026' })).toBeNull();
    await db.updateTable('users').set({ active: false }).where('username', '=', 'coord.mun').execute();
    expect(await provider.authenticate({ username: 'coord.mun', password: 'coord-demo-2026' })).toBeNull();
    await db
      .insertInto('users')
      .values({
        id: 'usr-sso',
        username: 'sso.only',
        display_name_ar: 'س',
        display_name_en: 'S',
        password_hash: null,
        locale: 'ar',
        active: true,
      })
      .execute();
    await db.insertInto('user_roles').values({ user_id: 'usr-sso', role: 'leadership', entity_id: null }).execute();
    expect(await provider.authenticate({ username: 'sso.only', password: 'anything' })).toBeNull();
    expect(await provider.authenticate({ username: 'pm', password: 'wrong' })).toBeNull();

    expect(seen).toHaveLength(4);
    // The same cost parameters as a real account's hash: the same work whatever the username.
    for (const stored of seen) expect(costOf(stored)).toBe(costOf(real.password_hash!));

    // Over HTTP too: an unknown username costs the server one check, like a known one.
    const before = checks.length;
    expect((await attempt(running.url, 'nobody-at-all', 'whatever', '198.51.100.6')).messageKey).toBe('errors.auth.invalidCredentials');
    expect(checks.length - before).toBe(1);
  });

  it("takes X-Forwarded-For's last hop only behind a trusted proxy", async () => {
    const req = (remoteAddress: string, forwarded?: string) =>
      ({
        socket: { remoteAddress },
        headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded },
      }) as unknown as IncomingMessage;
    expect(clientAddress(req('10.0.0.2', '198.51.100.7'), false)).toBe('10.0.0.2');
    expect(clientAddress(req('10.0.0.2', '1.1.1.1, 198.51.100.7'), true)).toBe('198.51.100.7');
    expect(clientAddress(req('10.0.0.2', 'not-an-address'), true)).toBe('10.0.0.2');
    expect(clientAddress(req('10.0.0.2'), true)).toBe('10.0.0.2');
    expect(clientAddress(req('::ffff:192.0.2.9'), false)).toBe('192.0.2.9');

    // Without the setting, a client that writes a new X-Forwarded-For each time is still one address.
    const direct = await startTestApp(database, { seed: false });
    try {
      const answers: Answer[] = [];
      for (let i = 0; i <= loginThrottle.freeAttempts; i++)
        answers.push(await attempt(direct.url, 'facilitator', `spoof-${i}`, `198.51.100.${10 + i}`));
      expect(wrong(answers)).toBe(loginThrottle.freeAttempts);
      expect(throttled(answers)).toBe(1);
    } finally {
      await direct.close();
    }
  });
});
