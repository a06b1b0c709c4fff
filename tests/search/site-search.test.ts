import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { raiseGapRow } from '../../api/improvement/gap-register.ts';

const future = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const source = (item: string) => ({
  kind: 'assessment_afi' as const,
  containerId: 'search-test',
  itemId: item,
  labelAr: 'مصدر',
  labelEn: 'Source',
});

describe.each(testDatabases())('one search across the workspace on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  const as = {} as Record<'pm' | 'moi' | 'moh' | 'assessor' | 'facilitator' | 'leader', ApiClient>;
  const ids = {} as Record<string, string>;
  const hitsOf = async (who: ApiClient, query: string, kind?: string) =>
    (await who.search.everything.query({ query })).hits.filter((h) => kind === undefined || h.kind === kind);

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    const accounts = [
      ['pm', 'pm', 'pm-demo-2026'],
      ['moi', 'coord.moi', 'coord-demo-2026'],
      ['moh', 'coord.moh', 'coord-demo-2026'],
      ['assessor', 'assessor1', 'assessor-demo-2026'],
      ['facilitator', 'facilitator', 'facilitator-demo-2026'],
      ['leader', 'leader', 'leader-demo-2026'],
    ] as const;
    for (const [key, user, password] of accounts) as[key] = apiClient(running.url, await signIn(running.url, user, password));
    // The same words in both entities' private items; spelled with ta marbuta and alef maqsura.
    ids.moiGap = (
      await raiseGapRow(running.db, {
        title: 'فجوة الانتظار الطويل في المستشفى',
        entityId: 'ent-moi',
        severity: 'high',
        source: source('1'),
      })
    ).id;
    ids.mohGap = (
      await raiseGapRow(running.db, { title: 'فجوة الانتظار في مستشفى حمد', entityId: 'ent-moh', severity: 'high', source: source('2') })
    ).id;
    const moiPlan = (await as.moi.actions.createPlan.mutate({ entityId: 'ent-moi', title: 'خطة' })).id;
    ids.moiAction = (
      await as.moi.actions.create.mutate({
        planId: moiPlan,
        title: 'تقليص الانتظار بالمستشفى',
        ownerId: 'usr-coord-moi',
        dueAt: future(30),
      })
    ).id;
    const mohPlan = (await as.moh.actions.createPlan.mutate({ entityId: 'ent-moh', title: 'خطة' })).id;
    ids.mohAction = (
      await as.moh.actions.create.mutate({
        planId: mohPlan,
        title: 'تقليص الانتظار بمستشفى حمد',
        ownerId: 'usr-coord-moh',
        dueAt: future(30),
      })
    ).id;
    ids.mohJourney = (
      await as.pm.journeys.start.mutate({
        key: 'waiting-moh',
        entityId: 'ent-moh',
        serviceCodes: ['MOH-MC-001'],
        title: { ar: 'رحلة الانتظار', en: 'Waiting journey' },
      })
    ).id;
    ids.workshop = (
      await as.facilitator.workshops.create.mutate({
        templateId: 'customer-voice',
        title: { ar: 'ورشة الانتظار', en: 'Waiting workshop' },
        bundleId: 'bundle.retirement',
      })
    ).id;
  }, 120_000);
  afterAll(async () => {
    await running.close();
    await db.close();
  });

  it('finds Arabic spelling variants: ta marbuta as ha, alef maqsura as ya', async () => {
    const byHa = await hitsOf(as.pm, 'فجوه مستشفي', 'gap');
    expect(byHa.map((h) => h.id).sort()).toEqual([ids.mohGap, ids.moiGap].sort());
    expect((await hitsOf(as.pm, 'الانتظار', 'action')).map((h) => h.id).sort()).toEqual([ids.mohAction, ids.moiAction].sort());
  });

  it('gives a coordinator only their own entity’s gaps, actions and journeys', async () => {
    const moi = await hitsOf(as.moi, 'الانتظار');
    expect(moi.filter((h) => h.kind === 'gap').map((h) => h.id)).toEqual([ids.moiGap]);
    expect(moi.filter((h) => h.kind === 'action').map((h) => h.id)).toEqual([ids.moiAction]);
    expect(moi.filter((h) => h.kind === 'journey')).toEqual([]);
    expect(moi.filter((h) => h.kind === 'workshop')).toEqual([]); // not on its participant list
    const moh = await hitsOf(as.moh, 'الانتظار');
    expect(moh.filter((h) => h.kind === 'gap').map((h) => h.id)).toEqual([ids.mohGap]);
    expect(moh.filter((h) => h.kind === 'journey').map((h) => h.id)).toEqual(['waiting-moh']);
    // Nothing private of the other entity anywhere in the answer, counts included.
    const answer = JSON.stringify(await as.moi.search.everything.query({ query: 'الانتظار' }));
    for (const id of [ids.mohGap, ids.mohAction, ids.mohJourney]) expect(answer).not.toContain(id);
    expect((await as.moi.search.everything.query({ query: 'الانتظار' })).totals).toMatchObject({ gap: 1, action: 1, journey: 0 });
  });

  it('gives an assessor no entity’s gaps or actions, and the programme and the facilitator what they may open', async () => {
    const assessor = await hitsOf(as.assessor, 'الانتظار');
    expect(assessor.filter((h) => h.kind === 'gap' || h.kind === 'action')).toEqual([]);
    const pm = await hitsOf(as.pm, 'الانتظار');
    expect(pm.filter((h) => h.kind === 'gap')).toHaveLength(2);
    expect(pm.filter((h) => h.kind === 'workshop').map((h) => h.id)).toEqual([ids.workshop]);
    expect((await hitsOf(as.facilitator, 'waiting workshop', 'workshop')).map((h) => h.id)).toEqual([ids.workshop]);
    expect((await hitsOf(as.leader, 'الانتظار', 'gap')).length).toBe(2);
  });

  it('finds entities, services and cycles for everyone, in either language, the exact code first', async () => {
    const entity = await hitsOf(as.assessor, 'moh', 'entity');
    expect(entity[0]).toMatchObject({ kind: 'entity', code: 'MOH' });
    const services = await hitsOf(as.moi, 'MOH-MC-001', 'service');
    expect(services.map((s) => s.id)).toEqual(['MOH-MC-001']);
    const arabic = await hitsOf(as.moi, services[0]!.title.ar.split(' ')[0]!, 'service');
    expect(arabic.map((s) => s.id)).toContain('MOH-MC-001');
  });

  it('refuses a query shorter than two letters with a translated reason', async () => {
    expect(await refusal(as.pm.search.everything.query({ query: ' ا ' }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.search.too_short',
    });
  });
});
