import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRPCClientError } from '@trpc/client';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, signIn, type ApiClient } from '../support/api-client.ts';

/** Issue 11, item 6: a bilingual title needs one language, not both; with neither the refusal names the field. */
describe.each(testDatabases())('a workshop title in one language on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let fac: ApiClient;

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    fac = apiClient(running.url, await signIn(running.url, 'facilitator', 'facilitator-demo-2026'));
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('accepts an Arabic title alone, and an English one alone; the blank side shows the other', async () => {
    const arOnly = await fac.workshops.create.mutate({
      templateId: 'half-day-co-design',
      title: { ar: 'ورشة المولود', en: '  ' },
      bundleId: null,
    });
    const enOnly = await fac.workshops.create.mutate({
      templateId: 'half-day-co-design',
      title: { ar: '', en: 'Newborn' },
      bundleId: null,
    });
    const list = await fac.workshops.list.query();
    expect(list.find((w) => w.id === arOnly.id)?.title).toEqual({ ar: 'ورشة المولود', en: 'ورشة المولود' });
    expect(list.find((w) => w.id === enOnly.id)?.title).toEqual({ ar: 'Newborn', en: 'Newborn' });
  });

  it('refuses a title with neither language, says so at title.ar, and creates nothing', async () => {
    const before = (await fac.workshops.list.query()).length;
    const error = await fac.workshops.create
      .mutate({ templateId: 'half-day-co-design', title: { ar: ' ', en: '\u200B' }, bundleId: null })
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(TRPCClientError);
    const data = (error as { data: unknown }).data as { code: string; issues: { path: string; message: string }[] };
    expect(data.code).toBe('BAD_REQUEST');
    expect(data.issues).toContainEqual({ path: 'title.ar', message: 'errors.text.oneLanguageRequired' });
    expect((await fac.workshops.list.query()).length).toBe(before);
  });
});
