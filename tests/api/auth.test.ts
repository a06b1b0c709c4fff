import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn } from '../support/api-client.ts';
import { loginThrottle } from '../../api/accounts/login-throttle.ts';
import { purgeStaleAccountRows } from '../../api/accounts/housekeeping.ts';
import { testScryptCost } from '../setup/scrypt-cost.ts';

describe.each(testDatabases())('accounts and sessions on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
  });
  afterAll(async () => {
    await running.close();
    await db.close();
  });

  it('signs in with a password, reads the session user, and signs out for good', async () => {
    const cookie = await signIn(running.url, 'coord.moi', 'coord-demo-2026');
    const client = apiClient(running.url, cookie);
    expect(await client.auth.me.query()).toMatchObject({
      username: 'coord.moi',
      grants: [{ role: 'entity_coordinator', entityId: 'ent-moi' }],
    });
    const stored = await running.db
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'coord.moi')
      .executeTakeFirstOrThrow();
    // At the run's lowered cost (tests/setup/scrypt-cost.ts); password-cost.test.ts checks production's.
    expect(stored.password_hash).toMatch(new RegExp(`^scrypt\\$${testScryptCost.N}\\$${testScryptCost.r}\\$${testScryptCost.p}\\$`));
    expect(stored.password_hash).not.toContain('coord-demo-2026');
    await client.auth.logout.mutate();
    expect(await client.auth.me.query()).toBeNull();
    expect(await refusal(client.entities.list.query())).toEqual({ code: 'UNAUTHORIZED', messageKey: 'errors.unauthorized' });
  });

  it('refuses a wrong password with a translatable key and no session', async () => {
    const res = await fetch(`${running.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tamayuz-csrf': '1' },
      body: JSON.stringify({ username: 'pm', password: 'wrong' }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
    const body = (await res.json()) as { error: { data: { code: string; messageKey: string }; message: string } };
    expect([body.error.data.code, body.error.data.messageKey]).toEqual(['UNAUTHORIZED', 'errors.auth.invalidCredentials']);
    expect(JSON.stringify(body)).not.toMatch(/stack|scrypt|select /i);
  });

  it('throttles repeated failures for a username from one address, even when the right password follows', async () => {
    const client = apiClient(running.url, null);
    for (let i = 0; i < loginThrottle.freeAttempts; i++) {
      expect(await refusal(client.auth.login.mutate({ username: 'assessor3', password: `guess-${i}` }))).toEqual({
        code: 'UNAUTHORIZED',
        messageKey: 'errors.auth.invalidCredentials',
      });
    }
    expect(await refusal(client.auth.login.mutate({ username: 'assessor3', password: 'assessor-demo-2026' }))).toEqual({
      code: 'TOO_MANY_REQUESTS',
      messageKey: 'errors.auth.throttled',
    });
  });

  it('expires sessions on the server side', async () => {
    const cookie = await signIn(running.url, 'leader', 'leader-demo-2026');
    const client = apiClient(running.url, cookie);
    expect(await client.auth.me.query()).not.toBeNull();
    await running.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .execute();
    expect(await client.auth.me.query()).toBeNull();
  });

  it('refuses a state-changing request without the CSRF header, before it runs', async () => {
    const cookie = await signIn(running.url, 'admin', 'admin-demo-2026');
    const res = await fetch(`${running.url}/trpc/auth.setLocale`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify({ locale: 'en' }),
    });
    expect(res.status).toBe(403);
    const row = await running.db.selectFrom('users').select('locale').where('username', '=', 'admin').executeTakeFirstOrThrow();
    expect(row.locale).toBe('ar');
  });

  it('refuses invalid input with the issues listed and nothing changed', async () => {
    const cookie = await signIn(running.url, 'pm', 'pm-demo-2026');
    const res = await fetch(`${running.url}/trpc/auth.setLocale`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-tamayuz-csrf': '1' },
      body: JSON.stringify({ locale: 'fr' }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { data: { code: string; messageKey: string; issues: { path: string }[] } } };
    expect([body.error.data.code, body.error.data.messageKey]).toEqual(['BAD_REQUEST', 'errors.validation']);
    expect(body.error.data.issues[0]!.path).toBe('locale');
  });
});

describe.each(testDatabases())('account housekeeping on $name', (target) => {
  it('purges expired sessions and stale login attempts but keeps live ones', async () => {
    const db = await target.create();
    const running = await startTestApp(db);
    try {
      const live = await signIn(running.url, 'pm', 'pm-demo-2026');
      await signIn(running.url, 'leader', 'leader-demo-2026');
      await running.db
        .updateTable('sessions')
        .set({ expires_at: new Date(Date.now() - 1) })
        .where('user_id', '=', 'usr-leader')
        .execute();
      const longAgo = new Date(Date.now() - loginThrottle.forgetAfterMs - 1000);
      const lately = new Date(Date.now() - 60_000);
      await running.db
        .insertInto('login_backoff')
        .values([
          { username: 'stale', address: '192.0.2.1', failures: 9, last_attempt_at: longAgo, blocked_until: longAgo },
          { username: 'fresh', address: '192.0.2.1', failures: 7, last_attempt_at: lately, blocked_until: new Date(Date.now() + 60_000) },
        ])
        .execute();
      await running.db
        .insertInto('login_address_window')
        .values([
          { address: '192.0.2.1', attempts: 40, window_started_at: new Date(Date.now() - loginThrottle.addressWindowMs - 1000) },
          { address: '192.0.2.2', attempts: 40, window_started_at: lately },
        ])
        .execute();
      await purgeStaleAccountRows(running.db);
      expect((await running.db.selectFrom('sessions').select('user_id').execute()).map((r) => r.user_id)).toEqual(['usr-pm']);
      expect((await running.db.selectFrom('login_backoff').select('username').execute()).map((r) => r.username)).toEqual(['fresh']);
      const windows = await running.db.selectFrom('login_address_window').select('address').where('address', 'like', '192.0.2.%').execute();
      expect(windows.map((r) => r.address)).toEqual(['192.0.2.2']);
      expect(await apiClient(running.url, live).auth.me.query()).toMatchObject({ username: 'pm' });
    } finally {
      await running.close();
      await db.close();
    }
  });
});
