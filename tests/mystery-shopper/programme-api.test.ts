import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { testFramework } from '../excellence/test-framework.ts';
import { profileKey } from '../../workflows/mystery-shopper/profile.ts';
import type { VisitReport } from '../../workflows/mystery-shopper/visit-machine.ts';
import { createScenarios, onboardShoppers, shopperPassword, t } from './shopper-world.ts';

const png = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const report = (answers: VisitReport['answers']): VisitReport => ({
  arrivedAt: '2026-03-03T08:10:00+03:00',
  ticket: 'A-017',
  waitingMinutes: 12,
  serviceMinutes: 9,
  answers,
  notes: 'الموظف لطيف لكن لم يشرح الخطوات',
});

describe.each(testDatabases())('the mystery-shopper programme on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let pm: ApiClient;
  let coordMoi: ApiClient;
  let centres: { id: string; entity_id: string }[] = [];
  let shopperIds: string[] = [];
  const usernames = new Map<string, string>();
  let periodId = '';
  let cycleId = '';
  let moiEntity = '';
  const asShopper = async (userId: string) => apiClient(running.url, await signIn(running.url, usernames.get(userId)!, shopperPassword));

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
    coordMoi = apiClient(running.url, await signIn(running.url, 'coord.moi', 'coord-demo-2026'));
    // Ten active centres, MOI's among them.
    centres = await running.db
      .selectFrom('service_centres')
      .select(['id', 'entity_id'])
      .where('active', '=', true)
      .orderBy('id')
      .limit(10)
      .execute();
    moiEntity = (
      await running.db.selectFrom('service_centres').select('entity_id').where('id', '=', 'ctr-moi-c01').executeTakeFirstOrThrow()
    ).entity_id;
    if (!centres.some((c) => c.entity_id === moiEntity)) centres = [...centres.slice(0, 9), { id: 'ctr-moi-c01', entity_id: moiEntity }];
    const entities = [...new Set(centres.map((c) => c.entity_id))];
    // Twenty shoppers: four work for the first entity, two are related to the second; the rest are free.
    const plans = Array.from({ length: 20 }, (_, i) => ({
      username: `shopper${String(i + 1).padStart(2, '0')}`,
      employer: i < 4 ? entities[0]! : null,
      related: i >= 4 && i < 6 ? [entities[1]!] : [],
    }));
    shopperIds = await onboardShoppers(pm, running.db, plans);
    for (const [i, p] of plans.entries()) usernames.set(shopperIds[i]!, p.username);

    // A centre-rating cycle whose composite has a mystery-shopper part, for MOI's first centre.
    await pm.excellence.frameworks.import.mutate({
      json: JSON.stringify({
        ...testFramework(),
        code: 'test-centres',
        independenceRequired: false,
        classification: {
          kind: 'stars',
          composite: [
            { source: 'assessment', name: t('Assessment', 'التقييم'), weight: 50 },
            { source: 'mystery_shopper', name: t('Mystery shopper', 'المتسوق السري'), weight: 50 },
          ],
          tiers: [1, 2, 3, 4, 5, 6, 7].map((stars, i) => ({
            code: `s${stars}`,
            stars,
            minPercent: [0, 30, 45, 60, 70, 80, 90][i]!,
            name: t(`${stars} stars`, `${stars} نجوم`),
          })),
        },
      }),
    });
    const cycle = await pm.excellence.cycles.create.mutate({
      number: 1,
      year: 2026,
      nameAr: 'تقييم المراكز',
      nameEn: 'Centres',
      frameworkCode: 'test-centres',
      subjectKind: 'centre',
      subjectIds: ['ctr-moi-c01'],
      entityTypes: { 'ctr-moi-c01': 'service_entity' },
      selfAssessmentDueAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    cycleId = cycle.cycleId;
  }, 180_000);
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  it('plans a period for 10 centres with 20 shoppers: quotas met, conflicts respected, a mix of profiles', async () => {
    const scenarios = await createScenarios(pm);
    periodId = (
      await pm.mysteryShopper.periods.create.mutate({
        name: t('March 2026', 'مارس 2026'),
        startsOn: '2026-03-01',
        endsOn: '2026-03-31',
        seed: 42,
        cycleId,
      })
    ).id;
    expect(await refusal(pm.mysteryShopper.periods.generate.mutate({ id: periodId }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.mysteryShopper.noQuotas',
    });
    await pm.mysteryShopper.periods.setQuotas.mutate({
      id: periodId,
      quotas: centres.flatMap((c) => [
        { centreId: c.id, channel: 'centre' as const, scenarioId: scenarios.centre, visits: 2, announced: false },
        { centreId: c.id, channel: 'phone' as const, scenarioId: scenarios.phone, visits: 1, announced: true },
      ]),
    });
    const generated = await pm.mysteryShopper.periods.generate.mutate({ id: periodId });
    expect(generated).toEqual({ visits: 30, shortfalls: [] });
    expect(await refusal(pm.mysteryShopper.periods.generate.mutate({ id: periodId }))).toEqual({
      code: 'CONFLICT',
      messageKey: 'errors.mysteryShopper.alreadyPlanned',
    });

    const plan = await pm.mysteryShopper.periods.get.query({ id: periodId });
    const pool = await pm.mysteryShopper.shoppers.list.query();
    const byId = new Map(pool.map((s) => [s.id, s]));
    for (const c of centres) {
      const here = plan.visits.filter((v) => v.centreId === c.id);
      expect(here.filter((v) => v.channel === 'centre')).toHaveLength(2);
      expect(here.filter((v) => v.channel === 'phone')).toHaveLength(1);
      // Three visits by three shoppers of three different kinds.
      expect(new Set(here.map((v) => v.shopperId)).size).toBe(3);
      expect(new Set(here.map((v) => profileKey(byId.get(v.shopperId)!.profile))).size).toBe(3);
      for (const v of here) {
        expect(byId.get(v.shopperId)!.conflictEntityIds).not.toContain(c.entity_id);
        expect(v.plannedOn >= '2026-03-01' && v.plannedOn <= '2026-03-31').toBe(true);
        expect(v.announced).toBe(v.channel === 'phone');
      }
    }
    // No shopper over their limit of two.
    const load = new Map<string, number>();
    for (const v of plan.visits) load.set(v.shopperId, (load.get(v.shopperId) ?? 0) + 1);
    expect(Math.max(...load.values())).toBeLessThanOrEqual(2);
    // Every visit is a workflow instance of its own kind, owned by the centre's entity.
    const instances = await running.db
      .selectFrom('workflow_instances')
      .select(['id', 'entity_id'])
      .where('kind', '=', 'mystery_shopper_visit')
      .execute();
    expect(instances).toHaveLength(30);

    // Editable: a visit moves to another shopper, never to one who conflicts with the centre's entity.
    const first = plan.visits.find((v) => v.centreId === centres[0]!.id && v.channel === 'centre')!;
    const conflicted = pool.find((s) => s.conflictEntityIds.includes(centres[0]!.entity_id))!;
    expect(
      await refusal(pm.mysteryShopper.visits.reassign.mutate({ id: first.id, shopperId: conflicted.id, plannedOn: '2026-03-10' })),
    ).toEqual({ code: 'BAD_REQUEST', messageKey: 'errors.mysteryShopper.shopperConflict' });
    const visiting = new Set(plan.visits.filter((v) => v.centreId === centres[0]!.id).map((v) => v.shopperId));
    const free = pool.find(
      (s) => !s.conflictEntityIds.includes(centres[0]!.entity_id) && (load.get(s.id) ?? 0) < 2 && !visiting.has(s.id),
    )!;
    await pm.mysteryShopper.visits.reassign.mutate({ id: first.id, shopperId: free.id, plannedOn: '2026-03-10' });
    const moved = (await pm.mysteryShopper.periods.get.query({ id: periodId })).visits.find((v) => v.id === first.id)!;
    expect([moved.shopperId, moved.plannedOn]).toEqual([free.id, '2026-03-10']);
  });

  it('hides unannounced visits from the centre and shows it the announced ones', async () => {
    const plan = await pm.mysteryShopper.periods.get.query({ id: periodId });
    const moi = plan.visits.filter((v) => v.entityId === moiEntity);
    const secret = moi.find((v) => !v.announced)!;
    const announced = moi.find((v) => v.announced)!;
    expect(await refusal(coordMoi.mysteryShopper.visits.get.query({ id: secret.id }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.mysteryShopper.visitNotFound',
    });
    expect(await refusal(coordMoi.workflows.get.query({ id: secret.id }))).toMatchObject({ code: 'NOT_FOUND' });
    const listed = await coordMoi.workflows.list.query({ kind: 'mystery_shopper_visit' });
    expect(listed.items.map((i: { id: string }) => i.id)).toContain(announced.id);
    expect(listed.items.map((i: { id: string }) => i.id)).not.toContain(secret.id);
    expect((await coordMoi.mysteryShopper.visits.get.query({ id: announced.id })).id).toBe(announced.id);
    // Another shopper does not see this visit either.
    const other = shopperIds.find((s) => s !== secret.shopperId)!;
    expect(await refusal((await asShopper(other)).mysteryShopper.visits.get.query({ id: secret.id }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.mysteryShopper.visitNotFound',
    });
  });

  it('takes a report once, is returned with a reason, resubmitted and accepted; failed items become gaps, merged on repeat', async () => {
    const plan = await pm.mysteryShopper.periods.get.query({ id: periodId });
    const [v1, v2] = plan.visits.filter((v) => v.centreId === 'ctr-moi-c01' && v.channel === 'centre');
    const s1 = await asShopper(v1!.shopperId);
    expect((await s1.mysteryShopper.visits.mine.query()).map((v) => v.id)).toContain(v1!.id);
    expect(
      await refusal(s1.mysteryShopper.visits.submit.mutate({ id: v1!.id, clientKey: 'report-v1-a', report: report({ greet: 'pass' }) })),
    ).toEqual({ code: 'CONFLICT', messageKey: 'errors.mysteryShopper.incompleteReport' });
    // A photo sent twice with the phone's key is kept once.
    const photo = { id: v1!.id, clientKey: 'photo-v1-1', fileName: 'queue.png', mimeType: 'image/png', base64: png };
    const p1 = await s1.mysteryShopper.visits.addPhoto.mutate(photo);
    const p2 = await s1.mysteryShopper.visits.addPhoto.mutate(photo);
    expect([p1.created, p2.created, p2.id]).toEqual([true, false, p1.id]);
    expect(
      await refusal(
        s1.mysteryShopper.visits.addPhoto.mutate({
          ...photo,
          clientKey: 'photo-v1-2',
          base64: Buffer.from('MZ not an image').toString('base64'),
        }),
      ),
    ).toEqual({ code: 'BAD_REQUEST', messageKey: 'errors.excellence.fileType' });

    const answers = { greet: 'fail', ticket: 'pass', explain: 'fail', survey: 'na' } as const;
    const sent = await s1.mysteryShopper.visits.submit.mutate({ id: v1!.id, clientKey: 'report-v1-a', report: report(answers) });
    const again = await s1.mysteryShopper.visits.submit.mutate({ id: v1!.id, clientKey: 'report-v1-a', report: report(answers) });
    expect([sent.duplicate, again.duplicate, again.state]).toEqual([false, true, 'submitted']);
    // The photo resent after the report is in: answered as kept, not refused, not stored again.
    expect(await s1.mysteryShopper.visits.addPhoto.mutate(photo)).toEqual({ id: p1.id, created: false });
    const submits = await running.db
      .selectFrom('workflow_events')
      .select('seq')
      .where('instance_id', '=', v1!.id)
      .where('event_type', '=', 'SUBMIT')
      .execute();
    expect(submits).toHaveLength(1);

    await pm.mysteryShopper.visits.review.mutate({ id: v1!.id, decision: 'return', reason: 'Add the ticket number' });
    expect((await s1.mysteryShopper.visits.get.query({ id: v1!.id })).returnReason).toBe('Add the ticket number');
    await s1.mysteryShopper.visits.submit.mutate({ id: v1!.id, clientKey: 'report-v1-b', report: report(answers) });
    expect(await refusal(s1.mysteryShopper.visits.review.mutate({ id: v1!.id, decision: 'accept' }))).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'errors.forbidden',
    });
    await pm.mysteryShopper.visits.review.mutate({ id: v1!.id, decision: 'accept' });
    const detail = await pm.mysteryShopper.visits.get.query({ id: v1!.id });
    // greet 1 + ticket 1 + explain 2 applicable; ticket passed: 1 / 4.
    expect([detail.state, detail.score, detail.photos.length]).toEqual(['accepted', 25, 1]);

    const gapsOf = () =>
      running.db
        .selectFrom('gaps')
        .innerJoin('gap_sources', 'gap_sources.gap_id', 'gaps.id')
        .select(['gaps.id', 'gaps.status', 'gaps.entity_id', 'gaps.merged_into_id', 'gap_sources.container_id', 'gap_sources.item_id'])
        .where('gap_sources.kind', '=', 'mystery_shopper_finding')
        .orderBy('gap_sources.item_id')
        .orderBy('gap_sources.container_id')
        .execute();
    const first = await gapsOf();
    expect(first.map((g) => [g.item_id, g.container_id, g.status, g.entity_id])).toEqual([
      ['explain', v1!.id, 'open', moiEntity],
      ['greet', v1!.id, 'open', moiEntity],
    ]);
    // In the register, each gap leads back to the visit that found it.
    const register = await pm.gaps.list.query({ sourceKinds: ['mystery_shopper_finding'] });
    expect(register.items.flatMap((g) => g.sources.map((s) => s.link)).sort()).toEqual([
      `/mystery-shopper/visits/${v1!.id}`,
      `/mystery-shopper/visits/${v1!.id}`,
    ]);

    // The same item fails again at the same centre: one gap, now linked to both visits.
    const s2 = await asShopper(v2!.shopperId);
    await s2.mysteryShopper.visits.submit.mutate({
      id: v2!.id,
      clientKey: 'report-v2-a',
      report: report({ greet: 'fail', ticket: 'pass', explain: 'pass', survey: 'pass' }),
    });
    await pm.mysteryShopper.visits.review.mutate({ id: v2!.id, decision: 'accept' });
    const after = await gapsOf();
    const greet = after.filter((g) => g.item_id === 'greet');
    expect(greet.map((g) => g.container_id).sort()).toEqual([v1!.id, v2!.id].sort());
    expect(new Set(greet.map((g) => g.id)).size).toBe(1);
    expect(greet[0]!.status).toBe('open');
    const merged = await running.db.selectFrom('gaps').select(['status', 'merged_into_id']).where('status', '=', 'merged').execute();
    expect(merged).toEqual([{ status: 'merged', merged_into_id: greet[0]!.id }]);

    // The centre's composite source: mean of its channel scores (centre: mean of 25 and 80; v2 = 4/5 = 80).
    const sources = await pm.excellence.results.compositeSources.query({ cycleId });
    expect(sources.subjects.find((s) => s.subjectId === 'ctr-moi-c01')!.sources).toEqual({ mystery_shopper: 52.5 });
  });

  it('publishes the period into the entity’s annual public report, readable without an account', async () => {
    const anonymous = apiClient(running.url, null);
    const before = await anonymous.mysteryShopper.annualReport.query({ entityId: moiEntity, year: 2026 });
    expect([before.periods, before.centres, before.score]).toEqual([[], [], null]);
    await pm.mysteryShopper.periods.publish.mutate({ id: periodId });
    const published = await anonymous.mysteryShopper.annualReport.query({ entityId: moiEntity, year: 2026 });
    expect(published.periods.map((p) => p.nameEn)).toEqual(['March 2026']);
    expect(published.visits).toBe(2);
    expect(published.centres).toEqual([
      expect.objectContaining({
        centreId: 'ctr-moi-c01',
        score: 52.5,
        channels: [{ channel: 'centre', visits: 2, score: 52.5 }],
        trend: [52.5],
        findings: 3,
      }),
    ]);
    expect(await refusal(anonymous.mysteryShopper.annualReport.query({ entityId: 'no-such-entity', year: 2026 }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.mysteryShopper.entityNotFound',
    });
    const results = await pm.mysteryShopper.results.query({ periodIds: [periodId] });
    expect(results.centres.find((c) => c.centreId === 'ctr-moi-c01')).toMatchObject({ score: 52.5, trend: [52.5] });
  });
});
