import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn } from '../support/api-client.ts';
import { endSessionsOf } from '../../api/accounts/sessions.ts';

/** Signs in over HTTP carrying `cookie`, as a browser that already holds one would; answers the new cookie. */
async function signInWith(baseUrl: string, cookie: string, username: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-tamayuz-csrf': '1', cookie },
    body: JSON.stringify({ username, password }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

async function isSignedIn(baseUrl: string, cookie: string): Promise<boolean> {
  const client = apiClient(baseUrl, cookie);
  const me = await client.auth.me.query();
  if (me !== null) return true;
  // Refused for real, not just an empty answer: a procedure that needs a session says so.
  expect(await refusal(client.entities.list.query())).toEqual({ code: 'UNAUTHORIZED', messageKey: 'errors.unauthorized' });
  return false;
}

describe.each(testDatabases())('session lifecycle on $name', (target) => {
  let database: TestDatabase;
  let running: RunningApp;
  beforeAll(async () => {
    database = await target.create();
    running = await startTestApp(database);
  });
  afterAll(async () => {
    await running.close();
    await database.close();
  });

  it("signs out everywhere: every session of the user ends at once, other users' stay", async () => {
    const devices = [];
    for (let i = 0; i < 3; i++) devices.push(await signIn(running.url, 'pm', 'pm-demo-2026'));
    const other = await signIn(running.url, 'leader', 'leader-demo-2026');
    for (const cookie of devices) expect(await isSignedIn(running.url, cookie)).toBe(true);

    const res = await fetch(`${running.url}/trpc/auth.logoutEverywhere`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tamayuz-csrf': '1', cookie: devices[1]! },
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { result: { data: unknown } }).result.data).toEqual({ ok: true, ended: 3 });
    // The browser that asked forgets its cookie too.
    expect(res.headers.get('set-cookie')).toMatch(/^tamayuz_session=; .*Expires=Thu, 01 Jan 1970/);

    for (const cookie of devices) expect(await isSignedIn(running.url, cookie)).toBe(false);
    expect(await isSignedIn(running.url, other)).toBe(true);
    expect(await refusal(apiClient(running.url, null).auth.logoutEverywhere.mutate())).toEqual({
      code: 'UNAUTHORIZED',
      messageKey: 'errors.unauthorized',
    });
  });

  it('replaces a session cookie presented at sign-in, whoever it belonged to', async () => {
    const first = await signIn(running.url, 'assessor1', 'assessor-demo-2026');
    const second = await signInWith(running.url, first, 'assessor1', 'assessor-demo-2026');
    expect(second).not.toBe(first);
    expect(await isSignedIn(running.url, first)).toBe(false);
    expect(await apiClient(running.url, second).auth.me.query()).toMatchObject({ username: 'assessor1' });

    // Another account signing in on the same browser ends the session it found there.
    const third = await signInWith(running.url, second, 'assessor2', 'assessor-demo-2026');
    expect(await isSignedIn(running.url, second)).toBe(false);
    expect(await apiClient(running.url, third).auth.me.query()).toMatchObject({ username: 'assessor2' });
  });

  it('replaces a session found in the browser when a guest joins a workshop with its invite code', async () => {
    const facilitator = apiClient(running.url, await signIn(running.url, 'facilitator', 'facilitator-demo-2026'));
    const { inviteCode } = await facilitator.workshops.create.mutate({
      templateId: 'half-day-co-design',
      title: { en: 'Kiosk', ar: 'ورشة كشك' },
      bundleId: 'bundle.new_baby',
    });
    // A coordinator left signed in on a shared machine; a customer joins on it.
    const left = await signIn(running.url, 'coord.mun', 'coord-demo-2026');
    const res = await fetch(`${running.url}/trpc/workshops.join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-tamayuz-csrf': '1', cookie: left },
      body: JSON.stringify({ code: inviteCode, name: 'Customer', locale: 'ar' }),
    });
    expect(res.status).toBe(200);
    const guest = res.headers.get('set-cookie')!.split(';')[0]!;
    expect(await isSignedIn(running.url, left)).toBe(false);
    expect(await apiClient(running.url, guest).auth.me.query()).toMatchObject({ grants: [{ role: 'participant', entityId: null }] });
  });

  it("ends a user's sessions when their grants or active flag change, however they are changed", async () => {
    const moi = await signIn(running.url, 'coord.moi', 'coord-demo-2026');
    const moh = await signIn(running.url, 'coord.moh', 'coord-demo-2026');
    const mun = await signIn(running.url, 'coord.mun', 'coord-demo-2026');
    const leader = await signIn(running.url, 'leader', 'leader-demo-2026');

    const idOf = async (username: string) =>
      (await running.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
    const staffHolder = await signIn(running.url, 'pm', 'pm-demo-2026');
    await running.db
      .updateTable('user_roles')
      .set({ role: 'assessor' })
      .where('user_id', '=', await idOf('coord.moi'))
      .execute();
    await running.db
      .updateTable('user_roles')
      .set({ entity_id: 'ent-moi' })
      .where('user_id', '=', await idOf('coord.moh'))
      .execute();
    // A grant added or taken away counts as much as one changed.
    await running.db
      .insertInto('user_roles')
      .values({ user_id: await idOf('pm'), role: 'leadership', entity_id: null })
      .execute();
    expect(await isSignedIn(running.url, staffHolder)).toBe(false);
    const staffAgain = await signIn(running.url, 'pm', 'pm-demo-2026');
    await running.db
      .deleteFrom('user_roles')
      .where('user_id', '=', await idOf('pm'))
      .where('role', '=', 'leadership')
      .execute();
    expect(await isSignedIn(running.url, staffAgain)).toBe(false);
    await running.db.updateTable('users').set({ locale: 'en', display_name_en: 'Hind' }).where('username', '=', 'coord.mun').execute();
    expect(await isSignedIn(running.url, moi)).toBe(false);
    expect(await isSignedIn(running.url, moh)).toBe(false);
    // Not a privilege: the session carries on.
    expect(await isSignedIn(running.url, mun)).toBe(true);

    // Switching back does not revive what was ended.
    await running.db
      .updateTable('user_roles')
      .set({ role: 'entity_coordinator' })
      .where('user_id', '=', await idOf('coord.moi'))
      .execute();
    expect(await isSignedIn(running.url, moi)).toBe(false);
    // Nor does switching an account off and on again.
    await running.db.updateTable('users').set({ active: false }).where('username', '=', 'leader').execute();
    await running.db.updateTable('users').set({ active: true }).where('username', '=', 'leader').execute();
    expect(await isSignedIn(running.url, leader)).toBe(false);

    // Signing in again issues a session for what the user now is.
    const again = await signIn(running.url, 'coord.moh', 'coord-demo-2026');
    expect(await apiClient(running.url, again).auth.me.query()).toMatchObject({
      grants: [{ role: 'entity_coordinator', entityId: 'ent-moi' }],
    });
  });

  it('endSessionsOf ends every session of one user and answers how many', async () => {
    const a = await signIn(running.url, 'assessor3', 'assessor-demo-2026');
    const b = await signIn(running.url, 'assessor3', 'assessor-demo-2026');
    const other = await signIn(running.url, 'admin', 'admin-demo-2026');
    expect(await endSessionsOf(running.db, 'usr-assessor3')).toBe(2);
    expect(await isSignedIn(running.url, a)).toBe(false);
    expect(await isSignedIn(running.url, b)).toBe(false);
    expect(await isSignedIn(running.url, other)).toBe(true);
    expect(await endSessionsOf(running.db, 'usr-assessor3')).toBe(0);
  });
});
