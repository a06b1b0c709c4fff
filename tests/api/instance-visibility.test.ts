import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { firstStreamed } from '../support/first-streamed.ts';
import { testFramework } from '../excellence/test-framework.ts';
import { productRegistry } from '../../api/workflow-registry.ts';
import { reviewWorkflow } from '../engine/fixtures/review-workflow.ts';
import { listReadableInstances } from '../../api/access/instance-visibility.ts';
import { VisibilityRules } from '../../api/access/visibility-rules.ts';
import type { SessionUser } from '../../api/trpc/context.ts';

const day = 24 * 60 * 60 * 1000;
const future = (days: number) => new Date(Date.now() + days * day).toISOString();
const logins = {
  admin: 'admin-demo-2026',
  pm: 'pm-demo-2026',
  assessor1: 'assessor-demo-2026',
  assessor2: 'assessor-demo-2026',
  'coord.moi': 'coord-demo-2026',
  'coord.moh': 'coord-demo-2026',
  facilitator: 'facilitator-demo-2026',
  leader: 'leader-demo-2026',
} as const;
type Login = keyof typeof logins;

/**
 * The generic workflow read path (get, history, list, watch) against each domain's own rule:
 * for every user and every instance, `workflows.get` opens exactly what the domain's own
 * procedure opens, and `list` pages through exactly that set.
 */
describe.each(testDatabases())('one visibility rule per workflow kind on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  const as = {} as Record<Login, ApiClient>;
  const assessment: Record<'MOI' | 'MOH' | 'MUN', string> = { MOI: '', MOH: '', MUN: '' };
  const actions: { id: string; entityId: string }[] = [];
  let reviewId: string;

  beforeAll(async () => {
    db = await target.create();
    // The product's workflows plus one kind that registers no visibility rule.
    running = await startTestApp(db, {
      registry: productRegistry().register(reviewWorkflow(1, { editor: ['entity_coordinator'], reviewer: ['programme_manager'] })),
    });
    for (const [user, password] of Object.entries(logins))
      as[user as Login] = apiClient(running.url, await signIn(running.url, user, password));

    await as.pm.excellence.frameworks.import.mutate({ json: JSON.stringify(testFramework()) });
    const { cycleId } = await as.pm.excellence.cycles.create.mutate({
      number: 1,
      year: 2026,
      nameAr: 'الدورة الأولى',
      nameEn: 'Cycle 1',
      frameworkCode: 'test-model',
      subjectKind: 'entity',
      subjectIds: ['ent-moi', 'ent-moh', 'ent-mun'],
      entityTypes: { 'ent-moi': 'service_entity', 'ent-moh': 'service_entity', 'ent-mun': 'service_entity' },
      selfAssessmentDueAt: future(10),
    });
    for (const a of (await as.pm.excellence.cycles.get.query({ id: cycleId })).assessments)
      assessment[a.entityId.replace('ent-', '').toUpperCase() as 'MOI'] = a.id;
    await as.pm.excellence.cycles.move.mutate({ id: cycleId, type: 'OPEN' });
    await as['coord.moi'].excellence.assessments.send.mutate({ id: assessment.MOI, type: 'SUBMIT_SELF_ASSESSMENT' });
    await as['coord.moh'].excellence.assessments.send.mutate({ id: assessment.MOH, type: 'SUBMIT_SELF_ASSESSMENT' });
    // Unpublished: assessor1 scores MOH, assessor2 scores MOI; MUN has no team yet.
    await as.pm.excellence.assessments.assignTeam.mutate({
      id: assessment.MOH,
      assessorIds: ['usr-assessor1'],
      leadAssessorId: 'usr-assessor1',
    });
    await as.pm.excellence.assessments.assignTeam.mutate({
      id: assessment.MOI,
      assessorIds: ['usr-assessor2'],
      leadAssessorId: 'usr-assessor2',
    });

    const mohPlan = (await as['coord.moh'].actions.createPlan.mutate({ entityId: 'ent-moh', title: 'Clinic waits' })).id;
    const moiPlan = (await as['coord.moi'].actions.createPlan.mutate({ entityId: 'ent-moi', title: 'Passports' })).id;
    for (let i = 0; i < 3; i++) {
      const { id } = await as['coord.moh'].actions.create.mutate({
        planId: mohPlan,
        title: `Booking app ${i}`,
        ownerId: 'usr-coord-moh',
        dueAt: future(30 + i),
      });
      actions.push({ id, entityId: 'ent-moh' });
    }
    actions.push({
      id: (
        await as['coord.moi'].actions.create.mutate({
          planId: moiPlan,
          title: 'Online renewal',
          ownerId: 'usr-coord-moi',
          dueAt: future(20),
        })
      ).id,
      entityId: 'ent-moi',
    });

    reviewId = (
      await running.app.services.engine.start({
        kind: 'review',
        entityId: 'ent-moi',
        input: { title: 'No rule registered' },
        actor: { id: 'usr-coord-moi', label: 'coord.moi', roles: ['entity_coordinator'], entityId: 'ent-moi' },
      })
    ).instanceId;
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  const opens = async (p: Promise<unknown>) =>
    p.then(
      () => true,
      () => false,
    );

  it('refuses an unpublished assessment to an assessor off the team, a facilitator and leadership, in get, history and watch', async () => {
    const id = assessment.MOH;
    for (const user of ['assessor2', 'facilitator', 'leader', 'coord.moi'] as const) {
      const client = as[user];
      expect(await refusal(client.workflows.get.query({ id })), user).toEqual({ code: 'NOT_FOUND', messageKey: 'errors.notFound' });
      expect(await refusal(client.workflows.history.query({ id })), user).toEqual({ code: 'NOT_FOUND', messageKey: 'errors.notFound' });
      const streamed = await firstStreamed((o) => client.workflows.watch.subscribe({ id }, o));
      expect(streamed, user).toEqual({ kind: 'refused', code: 'NOT_FOUND', messageKey: 'errors.notFound' });
      const listed = await client.workflows.list.query({ kind: 'excellence_assessment' });
      expect(JSON.stringify(listed), user).not.toContain(id);
    }
    // The team's assessor and the entity's own coordinator read it, team included.
    expect((await as.assessor1.workflows.get.query({ id })).context).toMatchObject({ assessorIds: ['usr-assessor1'] });
    expect((await as['coord.moh'].workflows.get.query({ id })).state).toBe('assessor_assignment');
  });

  it('shows no improvement action to an assessor or a facilitator, in list, get, history and watch', async () => {
    for (const user of ['assessor1', 'assessor2', 'facilitator'] as const) {
      expect((await as[user].workflows.list.query({ kind: 'improvement_action' })).items, user).toEqual([]);
      expect(await as[user].actions.list.query(), user).toEqual([]);
      for (const { id } of actions) {
        expect(await refusal(as[user].workflows.history.query({ id }))).toEqual({ code: 'NOT_FOUND', messageKey: 'errors.notFound' });
        expect(await firstStreamed((o) => as[user].workflows.watch.subscribe({ id }, o))).toMatchObject({
          kind: 'refused',
          code: 'NOT_FOUND',
        });
      }
    }
    // Leadership reads every entity's plans, through either door.
    expect((await as.leader.workflows.list.query({ kind: 'improvement_action' })).items.map((i) => i.id).sort()).toEqual(
      actions.map((a) => a.id).sort(),
    );
  });

  it('opens through workflows.get exactly what the domain’s own procedure opens, for every user and instance', async () => {
    const domainGet = (client: ApiClient, kind: string, id: string) =>
      kind === 'excellence_assessment' ? client.excellence.assessments.get.query({ id }) : client.actions.get.query({ id });
    const instances = [
      ...Object.values(assessment).map((id) => ({ id, kind: 'excellence_assessment' })),
      ...actions.map((a) => ({ id: a.id, kind: 'improvement_action' })),
    ];
    const mismatches: string[] = [];
    for (const user of Object.keys(logins) as Login[]) {
      for (const { id, kind } of instances) {
        const generic = await opens(as[user].workflows.get.query({ id }));
        const domain = await opens(domainGet(as[user], kind, id));
        if (generic !== domain) mismatches.push(`${user} ${kind} ${id}: generic ${generic}, domain ${domain}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('pages through exactly the readable instances, a page of one at a time, without repeats', async () => {
    const all = await running.db.selectFrom('workflow_instances').select('id').execute();
    for (const user of Object.keys(logins) as Login[]) {
      const readable: string[] = [];
      for (const { id } of all) if (await opens(as[user].workflows.get.query({ id }))) readable.push(id);
      const paged: string[] = [];
      // The cursor travels as JSON: its date comes back as a string, and the input coerces it.
      let cursor: { updatedAt: Date; id: string } | undefined;
      for (let page = 0; page < 100; page++) {
        const res = await as[user].workflows.list.query({ limit: 1, cursor });
        paged.push(...res.items.map((i) => i.id));
        if (!res.nextCursor) break;
        cursor = { updatedAt: new Date(res.nextCursor.updatedAt), id: res.nextCursor.id };
      }
      expect(paged.length, user).toBe(new Set(paged).size);
      expect([...paged].sort(), user).toEqual([...readable].sort());
      const onePage = await as[user].workflows.list.query({ limit: 200 });
      expect(
        onePage.items.map((i) => i.id),
        user,
      ).toEqual(paged);
    }
  });

  it('lets only administrators read a kind that registered no rule', async () => {
    expect((await as.admin.workflows.get.query({ id: reviewId })).kind).toBe('review');
    expect((await as.admin.workflows.list.query({ kind: 'review' })).items.map((i) => i.id)).toEqual([reviewId]);
    for (const user of ['pm', 'coord.moi', 'leader'] as const) {
      expect(await refusal(as[user].workflows.get.query({ id: reviewId })), user).toEqual({
        code: 'NOT_FOUND',
        messageKey: 'errors.notFound',
      });
      expect(await refusal(as[user].workflows.send.mutate({ id: reviewId, type: 'INCREMENT', payload: { by: 1 } })), user).toEqual({
        code: 'NOT_FOUND',
        messageKey: 'errors.notFound',
      });
      expect((await as[user].workflows.list.query({ kind: 'review' })).items, user).toEqual([]);
    }
    const [event] = await running.db
      .selectFrom('workflow_events')
      .select('seq')
      .where('instance_id', '=', reviewId)
      .orderBy('seq', 'desc')
      .execute();
    expect(event!.seq).toBe(1);
  });

  it('fills a page across several scanned batches when the rule refuses most rows', async () => {
    const engine = running.app.services.engine;
    const entities = ['ent-moi', 'ent-moh', 'ent-mun', 'ent-moi', 'ent-mun'];
    for (let i = 0; i < 25; i++) {
      const entityId = entities[i % entities.length]!;
      await engine.start({
        kind: 'review',
        entityId,
        input: { title: `batch ${i}` },
        actor: { id: null, label: 'system', roles: ['entity_coordinator'], entityId },
      });
    }
    // Only MOH's rows pass, about one in five: a batch of 3 often holds none.
    const rules = new VisibilityRules().register({
      kind: 'review',
      mayRead: (_user, i) => i.entityId === 'ent-moh',
      candidates: () => 'all',
    });
    const reader: SessionUser = {
      id: 'usr-pm',
      username: 'pm',
      displayNameAr: '',
      displayNameEn: '',
      locale: 'ar',
      grants: [{ role: 'programme_manager', entityId: 'ent-gdb' }],
    };
    const expected = (
      await running.db
        .selectFrom('workflow_instances')
        .select('id')
        .where('kind', '=', 'review')
        .where('entity_id', '=', 'ent-moh')
        .orderBy('updated_at', 'desc')
        .orderBy('id', 'desc')
        .execute()
    ).map((r) => r.id);
    expect(expected.length).toBe(5);
    const paged: string[] = [];
    let before: { updatedAt: Date; id: string } | undefined;
    for (;;) {
      const page = await listReadableInstances(running.db, rules, reader, { kind: 'review', before }, 2, 3);
      paged.push(...page.map((r) => r.id));
      if (page.length < 2) break;
      before = { updatedAt: page.at(-1)!.updated_at, id: page.at(-1)!.id };
    }
    expect(paged).toEqual(expected);
  });

  it('ends a live stream, before the next event, once the rule no longer lets the watcher read', async () => {
    const id = assessment.MOH;
    const seen: number[] = [];
    let sub: { unsubscribe(): void } | undefined;
    const ended = new Promise<{ code?: string; messageKey?: string }>((resolve) => {
      sub = as.assessor1.workflows.watch.subscribe(
        { id },
        {
          onData: (e) => seen.push(e.data.seq),
          onError: (err) => resolve((err as { data?: { code?: string; messageKey?: string } }).data ?? {}),
        },
      );
      // A stream that goes on is the failure: say so instead of waiting out the test's timeout.
      setTimeout(() => resolve({ code: 'still streaming' }), 20_000).unref();
    });
    const before = (await running.db.selectFrom('workflow_events').select('seq').where('instance_id', '=', id).execute()).length;
    await expect.poll(() => seen.length, { timeout: 20_000 }).toBe(before);
    // The programme hands the assessment to another team: assessor1 is off it.
    await as.pm.excellence.assessments.assignTeam.mutate({ id, assessorIds: ['usr-assessor2'], leadAssessorId: 'usr-assessor2' });
    const outcome = await ended;
    sub?.unsubscribe();
    expect(outcome).toMatchObject({ code: 'NOT_FOUND', messageKey: 'errors.notFound' });
    expect(seen.length).toBe(before);
  });
});
