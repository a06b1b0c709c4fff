import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import type { ApiClient } from '../support/api-client.ts';
import { hasErrorText } from '../support/error-texts.ts';
import { adminClient, call, complaints, count, issue, type Answer } from './entity-system.ts';

/** A refusal as the API must give it: JSON, the status, a message key with texts in both languages. */
function expectRefusal(answer: Answer, status: number, messageKey: string): void {
  expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(status);
  expect(answer.headers.get('content-type')).toBe('application/json');
  expect(answer.body.error.messageKey).toBe(messageKey);
  expect(hasErrorText(messageKey), `${messageKey} has English and Arabic texts`).toBe(true);
}

/** Sends a body of `size` bytes in chunks, without a Content-Length, and answers the status (or 'reset'). */
function streamBody(url: string, secret: string, size: number): Promise<number | 'reset'> {
  return new Promise((resolve) => {
    const req = request(`${url}/api/v1/complaints`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
    });
    req.on('response', (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve('reset'));
    const chunk = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < size) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe.each(testDatabases())('API tokens are refused cleanly on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let admin: ApiClient;
  let token: { id: string; secret: string };

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db, { apiV1Limits: { pushBytes: 2 * 1024 * 1024 } });
    admin = await adminClient(running.url);
    token = await issue(admin, 'ent-moh', ['push_complaints']);
  }, 120_000);
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('refuses a call without a token, with a malformed one and with one nobody issued', async () => {
    const body = { rows: complaints(1, 'MOH-MC-001') };
    const none = await call(running.url, '/api/v1/complaints', { body });
    expectRefusal(none, 401, 'errors.apiTokens.invalid');
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expectRefusal(await call(running.url, '/api/v1/complaints', { secret: 'not-a-token', body }), 401, 'errors.apiTokens.invalid');
    const forged = `tmz_${'A'.repeat(43)}`;
    expectRefusal(await call(running.url, '/api/v1/complaints', { secret: forged, body }), 401, 'errors.apiTokens.invalid');
  });

  it('refuses a revoked token at the very next call', async () => {
    const revocable = await issue(admin, 'ent-moh', ['push_complaints']);
    const ok = await call(running.url, '/api/v1/complaints', {
      secret: revocable.secret,
      body: { rows: complaints(1, 'MOH-MC-001', 'REV') },
    });
    expect(ok.status).toBe(200);
    const revoked = await admin.tokens.revoke.mutate({ id: revocable.id });
    expect(revoked.status).toBe('revoked');
    const before = await count(running.db, 'cx_complaints');
    const after = await call(running.url, '/api/v1/complaints', {
      secret: revocable.secret,
      body: { rows: complaints(1, 'MOH-MC-001', 'REV2') },
    });
    expectRefusal(after, 401, 'errors.apiTokens.revoked');
    expect(await count(running.db, 'cx_complaints')).toBe(before);
  });

  it('refuses an expired token', async () => {
    const expiring = await admin.tokens.issue.mutate({
      entityId: 'ent-moh',
      name: 'Short-lived',
      capabilities: ['push_complaints'],
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    });
    expect(expiring.token.status).toBe('active');
    // The hour passes (the stored expiry moves, the clock does not).
    await running.db
      .updateTable('api_tokens')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', expiring.token.id)
      .execute();
    const answer = await call(running.url, '/api/v1/complaints', {
      secret: expiring.secret,
      body: { rows: complaints(1, 'MOH-MC-001', 'EXP') },
    });
    expectRefusal(answer, 401, 'errors.apiTokens.expired');
    const listed = (await admin.tokens.list.query({ entityId: 'ent-moh' })).find((t) => t.id === expiring.token.id);
    expect(listed?.status).toBe('expired');
  });

  it('refuses a token without the capability the endpoint needs', async () => {
    const readOnly = await issue(admin, 'ent-moh', ['read_gaps_actions']);
    const push = await call(running.url, '/api/v1/complaints', { secret: readOnly.secret, body: { rows: complaints(1, 'MOH-MC-001') } });
    expectRefusal(push, 403, 'errors.apiTokens.capability');
    expect(push.body.error.params).toEqual({ capability: 'push_complaints' });
    expectRefusal(await call(running.url, '/api/v1/gaps', { secret: token.secret }), 403, 'errors.apiTokens.capability');
    expectRefusal(
      await call(running.url, '/api/v1/survey-responses', { secret: token.secret, body: { rows: [{ external_id: 'x' }] } }),
      403,
      'errors.apiTokens.capability',
    );
  });

  it('answers hostile input with a clean 4xx and writes nothing', async () => {
    const before = await count(running.db, 'cx_complaints');
    const send = (rawBody: string | Uint8Array, contentType?: string) =>
      call(running.url, '/api/v1/complaints', { secret: token.secret, rawBody, contentType });
    // Over the cap, declared up front: refused before reading.
    expectRefusal(await send(new Uint8Array(3 * 1024 * 1024).fill(0x20)), 413, 'errors.payloadTooLarge');
    // Over the cap, streamed without a length: cut off once the cap is passed.
    expect([413, 'reset']).toContain(await streamBody(running.url, token.secret, 8 * 1024 * 1024));
    expectRefusal(await send('service_code,channel\nMOH-MC-001,web\n', 'text/csv'), 415, 'errors.apiTokens.jsonOnly');
    expectRefusal(await send('{"rows": [', 'application/json'), 400, 'errors.apiTokens.badJson');
    expectRefusal(await send('{"rows": [{"text": "a\u0000b"}]}'), 400, 'errors.apiTokens.badJson');
    expectRefusal(await send(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])), 400, 'errors.apiTokens.badJson');
    const nul = await send(JSON.stringify({ rows: [{ ...complaints(1, 'MOH-MC-001')[0], text: 'a\u0000b' }] }));
    expectRefusal(nul, 400, 'errors.text.invalidCharacter');
    expectRefusal(await send(`${'['.repeat(5000)}${']'.repeat(5000)}`), 400, 'errors.input.tooDeep');
    const wrongShape = await send(JSON.stringify({ rows: 'all of them', extra: true }));
    expectRefusal(wrongShape, 400, 'errors.validation');
    expect(wrongShape.body.error.issues.length).toBeGreaterThan(0);
    expectRefusal(await send(JSON.stringify({ rows: [] })), 400, 'errors.validation');
    expectRefusal(await send(JSON.stringify({ rows: [{ external_id: true }] })), 400, 'errors.validation');
    expectRefusal(await call(running.url, '/api/v1/complaints', { secret: token.secret }), 405, 'errors.apiTokens.method');
    expectRefusal(await call(running.url, '/api/v1/nothing-here', { secret: token.secret }), 404, 'errors.notFound');
    expectRefusal(
      await call(running.url, '/api/v1/gaps?limit=100000', { secret: (await issue(admin, 'ent-moh', ['read_gaps_actions'])).secret }),
      400,
      'errors.validation',
    );
    expect(await count(running.db, 'cx_complaints')).toBe(before);
  });

  it('keeps each token to its rate, and notes the last use at most once a minute', async () => {
    const limited = await startTestApp(db, { seed: false, apiV1Limits: { callsPerMinute: 3 } });
    try {
      const own = await issue(admin, 'ent-moh', ['read_gaps_actions']);
      const other = await issue(admin, 'ent-moh', ['read_gaps_actions']);
      for (let i = 0; i < 3; i++) expect((await call(limited.url, '/api/v1/gaps', { secret: own.secret })).status).toBe(200);
      const fourth = await call(limited.url, '/api/v1/gaps', { secret: own.secret });
      expectRefusal(fourth, 429, 'errors.tooManyRequests');
      expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another token has its own allowance.
      expect((await call(limited.url, '/api/v1/gaps', { secret: other.secret })).status).toBe(200);

      const lastUsed = async () =>
        (await running.db.selectFrom('api_tokens').select('last_used_at').where('id', '=', own.id).executeTakeFirstOrThrow()).last_used_at;
      const first = await lastUsed();
      expect(first).not.toBeNull();
      expect((await admin.tokens.list.query({})).find((t) => t.id === own.id)?.lastUsedAt).toBe(new Date(first!).toISOString());
      // Within the minute, later calls write nothing: the stored time stays the first call's.
      await call(limited.url, '/api/v1/gaps', { secret: own.secret });
      expect(new Date((await lastUsed())!).getTime()).toBe(new Date(first!).getTime());
      // A minute later (moved back in the store, not waited for), the next call notes itself.
      await running.db
        .updateTable('api_tokens')
        .set({ last_used_at: new Date(Date.now() - 61_000) })
        .where('id', '=', other.id)
        .execute();
      await call(limited.url, '/api/v1/gaps', { secret: other.secret });
      const noted = await running.db.selectFrom('api_tokens').select('last_used_at').where('id', '=', other.id).executeTakeFirstOrThrow();
      expect(Date.now() - new Date(noted.last_used_at!).getTime()).toBeLessThan(30_000);
    } finally {
      await limited.close();
    }
  });

  it('keeps only a hash of the secret, and audits issuing and revoking with the administrator and before/after', async () => {
    const issued = await admin.tokens.issue.mutate({ entityId: 'ent-moi', name: 'Audit me', capabilities: ['push_complaints'] });
    expect(issued.secret).toMatch(/^tmz_[A-Za-z0-9_-]{43}$/);
    expect(issued.token.secretHint).toBe(`${issued.secret.slice(0, 8)}…`);
    await admin.tokens.revoke.mutate({ id: issued.token.id });
    const stored = await running.db.selectFrom('api_tokens').selectAll().where('id', '=', issued.token.id).executeTakeFirstOrThrow();
    expect(JSON.stringify(stored)).not.toContain(issued.secret);
    expect(JSON.stringify(await admin.tokens.list.query({}))).not.toContain(issued.secret);
    const trail = await running.db
      .selectFrom('admin_changes')
      .select(['actor_id', 'action', 'before', 'after'])
      .where('subject_kind', '=', 'api_token')
      .where('subject_id', '=', issued.token.id)
      .orderBy('id')
      .execute();
    expect(trail.map((t) => [t.actor_id, t.action])).toEqual([
      ['usr-admin', 'issued'],
      ['usr-admin', 'revoked'],
    ]);
    expect(trail[1]!.before).toMatchObject({ name: 'Audit me', revokedAt: null });
    expect(trail[1]!.after).toMatchObject({ name: 'Audit me', revokedAt: expect.any(String) });
    expect(JSON.stringify(trail)).not.toContain(issued.secret);
    expect(JSON.stringify(trail)).not.toContain(stored.secret_hash);
    // Refusals change nothing: an unknown entity, a past expiry.
    await expect(
      admin.tokens.issue.mutate({ entityId: 'ent-nowhere', name: 'x', capabilities: ['push_complaints'] }),
    ).rejects.toMatchObject({
      message: 'errors.apiTokens.unknownEntity',
    });
    await expect(
      admin.tokens.issue.mutate({ entityId: 'ent-moh', name: 'x', capabilities: ['push_complaints'], expiresAt: '2020-01-01T00:00:00Z' }),
    ).rejects.toMatchObject({ message: 'errors.apiTokens.expiryPast' });
  });
});
