import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { newBabyBundle } from '../../seeds/bundles/new-baby.ts';
import { loadDemoWorkshop, demoWorkshopId } from '../../seeds/workshops/load.ts';
import { joinAsGuest } from './guest-session.ts';

const title = (en: string) => ({ en, ar: `ورشة ${en}` });

describe.each(testDatabases())('co-design workshops through the API on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let fac: ApiClient;
  let moi: ApiClient;
  let moh: ApiClient;
  const customers: { api: ApiClient; userId: string }[] = [];
  let workshopId = '';
  let inviteCode = '';

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    fac = apiClient(running.url, await signIn(running.url, 'facilitator', 'facilitator-demo-2026'));
    moi = apiClient(running.url, await signIn(running.url, 'coord.moi', 'coord-demo-2026'));
    moh = apiClient(running.url, await signIn(running.url, 'coord.moh', 'coord-demo-2026'));
    ({ id: workshopId, inviteCode } = await fac.workshops.create.mutate({
      templateId: 'half-day-co-design',
      title: title('New baby'),
      bundleId: 'bundle.new_baby',
    }));
  });
  afterAll(async () => {
    await running?.close();
    await db?.close();
  });

  const send = (api: ApiClient, type: string, payload: Record<string, unknown> = {}) =>
    api.workshops.send.mutate({ id: workshopId, type: type as 'ADVANCE', payload });

  it('serves the eight bundles with before/after figures computed from their services', async () => {
    const list = await fac.bundles.list.query();
    expect(list).toHaveLength(8);
    const baby = await fac.bundles.get.query({ id: 'bundle.new_baby' });
    // Seed comment: 8 services, 15 steps, 16 documents, 7 visits, 30 days → 1 platform, 5 steps, 5 documents, 2 visits, 5 days.
    expect(baby.comparison).toMatchObject({
      services: { baseline: 8, target: 1 },
      steps: { baseline: 15, target: 5, difference: -10 },
      documents: { baseline: 16, target: 5 },
      visits: { baseline: 7, target: 2 },
      days: { baseline: 30, target: 5 },
    });
    expect(baby.history).toHaveLength(newBabyBundle.designs.length);
  });

  it('runs a workshop with 10 participants from planned to closed, ending with commitments in the register', async () => {
    // Planned cannot move on before anyone is invited.
    expect(await refusal(send(fac, 'ADVANCE'))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.workshops.phaseControlRefused',
    });
    await fac.workshops.addRepresentative.mutate({ id: workshopId, userId: 'usr-coord-moi' });
    await fac.workshops.addRepresentative.mutate({ id: workshopId, userId: 'usr-coord-moh' });
    expect(await refusal(fac.workshops.addRepresentative.mutate({ id: workshopId, userId: 'usr-coord-moh' }))).toEqual({
      code: 'CONFLICT',
      messageKey: 'errors.workshops.alreadyParticipant',
    });
    expect(await refusal(fac.workshops.addRepresentative.mutate({ id: workshopId, userId: 'usr-participant' }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.workshops.notARepresentative',
    });
    for (let i = 1; i <= 8; i++) {
      const guest = await joinAsGuest(running.url, inviteCode.toLowerCase(), `Customer ${i}`);
      expect(guest.workshopId).toBe(workshopId);
      customers.push({ api: apiClient(running.url, guest.cookie), userId: guest.userId });
    }
    const [c1, c2] = customers;
    await send(fac, 'ADVANCE');
    await send(fac, 'ADVANCE');
    let view = await c1!.api.workshops.get.query({ id: workshopId });
    expect(view.participants.filter((p) => !p.removed)).toHaveLength(10);
    expect(view).toMatchObject({ phase: 'discovery', me: { role: 'participant' }, inviteCode: null });
    // Half-day template: discovery is boxed at 45 minutes from when it started.
    expect(Date.parse(view.phaseEndsAt!) - Date.parse(view.phaseStartedAt)).toBe(45 * 60_000);

    // Out-of-phase actions are refused and change nothing.
    const before = view.version;
    expect(await refusal(send(c1!.api, 'ADD_IDEA', { text: 'too early', painPointIds: [] }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.workshops.notInPhase',
    });
    expect(await refusal(send(c1!.api, 'CAST_VOTE', { ideaId: 'i1' }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.workshops.notInPhase',
    });
    expect((await fac.workshops.get.query({ id: workshopId })).version).toBe(before);

    for (const c of customers) await send(c.api, 'ADD_NOTE', { lane: 'pains', text: `note of ${c.userId}` });
    await send(c1!.api, 'ADD_PAIN_POINT', {
      text: 'The birth certificate is asked for three times',
      serviceId: 'child-passport',
      step: null,
    });
    await send(c2!.api, 'ADD_PAIN_POINT', { text: 'Health card needs a visit', serviceId: 'health-card', step: null });
    view = await moi.workshops.get.query({ id: workshopId });
    expect(view.board.notes).toHaveLength(8);
    const [pp1, pp2] = view.board.painPoints.map((p) => p.id);

    await send(fac, 'ADVANCE'); // → ideation; pain points become gaps
    const gaps = await running.db
      .selectFrom('gap_sources')
      .innerJoin('gaps', 'gaps.id', 'gap_sources.gap_id')
      .select(['gaps.entity_id', 'gap_sources.item_id'])
      .where('gap_sources.kind', '=', 'workshop_pain_point')
      .where('gap_sources.container_id', '=', workshopId)
      .orderBy('gap_sources.item_id')
      .execute();
    // child-passport is provided by MOI, health-card by MOH.
    expect(gaps.map((g) => g.entity_id).sort()).toEqual(['ent-moh', 'ent-moi']);

    await send(c1!.api, 'ADD_IDEA', { text: 'One file shared by every entity', painPointIds: [pp1] });
    await send(moh, 'ADD_IDEA', { text: 'E-health card with the birth certificate', painPointIds: [pp2] });
    await send(c2!.api, 'ADD_IDEA', { text: 'Share the file between entities', painPointIds: [] });
    view = await fac.workshops.get.query({ id: workshopId });
    const [i1, i2, i3] = view.board.ideas.map((i) => i.id);
    await send(fac, 'MERGE_IDEAS', { survivorId: i1, mergedIds: [i3] });
    expect(await refusal(send(c1!.api, 'MERGE_IDEAS', { survivorId: i1, mergedIds: [i2] }))).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'errors.workflow.FORBIDDEN',
    });

    await send(fac, 'SET_VOTE_RULES', { rules: { budget: 2, maxPerIdea: 1, anonymous: true } });
    await send(fac, 'ADVANCE'); // → voting
    for (const c of customers) {
      await send(c.api, 'CAST_VOTE', { ideaId: i1 });
      await send(c.api, 'CAST_VOTE', { ideaId: i2 });
    }
    // Budget 2 spent: a third dot is refused whatever idea it goes to.
    expect(await refusal(send(c1!.api, 'CAST_VOTE', { ideaId: i1 }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.workshops.voteBudgetExhausted',
    });
    await send(moi, 'CAST_VOTE', { ideaId: i1 });
    expect(await refusal(send(moi, 'CAST_VOTE', { ideaId: i1 }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.workshops.voteIdeaLimit',
    });
    // Merged idea i3 is not live: no dot on it.
    expect(await refusal(send(moh, 'CAST_VOTE', { ideaId: i3 }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.workshops.refused',
    });
    view = await c1!.api.workshops.get.query({ id: workshopId });
    // Anonymous: only my own two dots; tallies carry counts only. i1: 8 customers + MOI = 9, i2: 8.
    expect(view.board.votes).toEqual([
      { ideaId: i1, voterId: customers[0]!.userId },
      { ideaId: i2, voterId: customers[0]!.userId },
    ]);
    expect(view.board.tallies).toEqual([
      { ideaId: i1, votes: 9 },
      { ideaId: i2, votes: 8 },
    ]);
    expect(view.board.votesLeft).toBe(0);
    await send(fac, 'LOCK_VOTING');
    expect(await refusal(send(moh, 'CAST_VOTE', { ideaId: i2 }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.workshops.votingLocked',
    });

    await send(fac, 'ADVANCE'); // → prioritisation
    await send(fac, 'SCORE_IDEA', { ideaId: i1, customerValue: 5, governmentValue: 4, effort: 3 });
    await send(fac, 'SCORE_IDEA', { ideaId: i2, customerValue: 3, governmentValue: 2, effort: 1 });
    view = await fac.workshops.get.query({ id: workshopId });
    // ratio formula: i2 (3+2)/1 = 5 > i1 (5+4)/3 = 3. Quadrants: i2 value 2.5 < 3, effort 1 < 3 → fill_in; i1 value 4.5, effort 3 → major_project.
    expect(view.ranking.ranked.map((r) => [r.ideaId, r.rank, r.score, r.quadrant])).toEqual([
      [i2, 1, 5, 'fill_in'],
      [i1, 2, 3, 'major_project'],
    ]);

    await send(fac, 'ADVANCE'); // → bundle design
    const design = newBabyBundle.designs[0]!.design;
    expect(await refusal(send(c1!.api, 'SET_DESIGN', { design }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.workshops.refused',
    });
    // A design naming a service the bundle does not have is refused before it reaches the board.
    const dangling = { ...design, steps: [{ ...design.steps[0]!, replacesServiceIds: ['no-such-service'] }] };
    expect(await refusal(send(moi, 'SET_DESIGN', { design: dangling }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.workshops.designInvalid',
    });
    await send(moi, 'SET_DESIGN', { design });
    view = await c1!.api.workshops.get.query({ id: workshopId });
    expect(view.comparison).toMatchObject({
      steps: { baseline: 15, target: 5, difference: -10 },
      visits: { baseline: 7, target: 2 },
      days: { baseline: 30, target: 5 },
    });

    await send(fac, 'ADVANCE'); // → commitments; the design joins the bundle's history
    const history = (await fac.bundles.get.query({ id: 'bundle.new_baby' })).history;
    expect(history.at(-1)).toMatchObject({ version: newBabyBundle.designs.length + 1, workshopId });

    await send(moi, 'ADD_COMMITMENT', {
      entityId: 'ent-moi',
      action: 'Share birth records with MOH',
      owner: 'Registry director',
      dueDate: '2027-03-31',
      dependsOn: [],
      dependencyKind: null,
      ideaId: i1,
    });
    expect(
      await refusal(
        send(moi, 'ADD_COMMITMENT', {
          entityId: 'ent-moh',
          action: 'not mine',
          owner: 'x',
          dueDate: '2027-03-31',
          dependsOn: [],
          dependencyKind: null,
          ideaId: null,
        }),
      ),
    ).toEqual({ code: 'PRECONDITION_FAILED', messageKey: 'errors.workshops.refused' });
    const firstCommitment = (await fac.workshops.get.query({ id: workshopId })).board.commitments[0]!.id;
    await send(moh, 'ADD_COMMITMENT', {
      entityId: 'ent-moh',
      action: 'Issue e-health cards',
      owner: 'Digital health',
      dueDate: '2027-06-30',
      dependsOn: [firstCommitment],
      dependencyKind: 'data_sharing_agreement',
      ideaId: i2,
    });

    await send(fac, 'ADVANCE'); // → report
    const report = await c1!.api.workshops.report.query({ id: workshopId });
    expect(report.report.attendance).toEqual({ customers: 8, entityRepresentatives: 2, entities: ['ent-moh', 'ent-moi'] });
    expect(report.report.commitmentsByEntity.map((c) => c.entityId)).toEqual(['ent-moh', 'ent-moi']);
    // Names for every entity the report mentions (commitments and representatives), in both languages.
    expect(report.entityNames).toEqual({
      'ent-moh': { ar: 'وزارة الصحة العامة', en: 'Ministry of Public Health' },
      'ent-moi': { ar: 'وزارة الداخلية', en: 'Ministry of Interior' },
    });
    await send(fac, 'ADVANCE'); // → closed
    expect((await fac.workshops.get.query({ id: workshopId })).phase).toBe('closed');

    const plans = await running.db
      .selectFrom('action_plans')
      .select(['id', 'entity_id'])
      .where('origin', '=', 'workshop')
      .where('origin_id', '=', workshopId)
      .orderBy('entity_id')
      .execute();
    expect(plans.map((p) => p.entity_id)).toEqual(['ent-moh', 'ent-moi']);
    const actions = await running.db
      .selectFrom('actions')
      .select(['id', 'entity_id', 'owner_id'])
      .where(
        'plan_id',
        'in',
        plans.map((p) => p.id),
      )
      .orderBy('entity_id')
      .execute();
    expect(actions.map((a) => [a.entity_id, a.owner_id])).toEqual([
      ['ent-moh', 'usr-coord-moh'],
      ['ent-moi', 'usr-coord-moi'],
    ]);
    const deps = await running.db.selectFrom('action_dependencies').selectAll().where('action_id', '=', actions[0]!.id).execute();
    expect(deps).toEqual([{ action_id: actions[0]!.id, depends_on_action_id: actions[1]!.id, kind: 'data_sharing_agreement' }]);
    // The invite code dies with the workshop.
    expect(await refusal(fetchJoin(running.url, inviteCode))).toEqual({ code: 'NOT_FOUND', messageKey: 'errors.workshops.badInviteCode' });
  });

  it('duplicates a finished workshop with its structure and an empty board', async () => {
    const copy = await fac.workshops.duplicate.mutate({ id: workshopId, title: title('New baby, round 2') });
    const view = await fac.workshops.get.query({ id: copy.id });
    const source = await fac.workshops.get.query({ id: workshopId });
    expect(view).toMatchObject({
      phase: 'planned',
      bundleId: 'bundle.new_baby',
      agenda: source.agenda,
      settings: source.settings,
      participants: [],
    });
    expect(view.board.notes).toEqual([]);
    expect(copy.inviteCode).not.toBe(inviteCode);
  });

  it('keeps a customer inside their own workshop and refuses a removed participant', async () => {
    const other = await fac.workshops.create.mutate({
      templateId: 'customer-voice',
      title: title('Retirement'),
      bundleId: 'bundle.retirement',
    });
    const guest = await joinAsGuest(running.url, other.inviteCode, 'Visitor');
    const visitor = apiClient(running.url, guest.cookie);
    const c1 = customers[0]!.api;
    expect(await refusal(c1.workshops.get.query({ id: other.id }))).toEqual({ code: 'NOT_FOUND', messageKey: 'errors.workshops.notFound' });
    expect(await refusal(c1.workshops.send.mutate({ id: other.id, type: 'ADD_NOTE', payload: { lane: 'x', text: 'intrude' } }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.workshops.notFound',
    });
    expect((await visitor.workshops.list.query()).map((w) => w.id)).toEqual([other.id]);
    expect(await refusal(visitor.bundles.list.query())).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.forbidden' });
    expect(await refusal(visitor.workflows.get.query({ id: other.id }))).toEqual({ code: 'NOT_FOUND', messageKey: 'errors.notFound' });
    // The customer cannot add people or drive phases.
    expect(await refusal(visitor.workshops.send.mutate({ id: other.id, type: 'ADVANCE', payload: {} }))).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'errors.workflow.FORBIDDEN',
    });

    const mun = apiClient(running.url, await signIn(running.url, 'coord.mun', 'coord-demo-2026'));
    // A representative not invited does not learn the workshop exists; staff may watch but not write.
    expect(await refusal(mun.workshops.get.query({ id: other.id }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.workshops.notFound',
    });
    const pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
    expect((await pm.workshops.get.query({ id: other.id })).me.role).toBe('observer');
    expect(await refusal(pm.workshops.send.mutate({ id: other.id, type: 'ADD_NOTE', payload: { lane: 'x', text: 'observer' } }))).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'errors.workflow.FORBIDDEN',
    });
    await fac.workshops.addRepresentative.mutate({ id: other.id, userId: 'usr-coord-mun' });
    await fac.workshops.send.mutate({ id: other.id, type: 'REMOVE_PARTICIPANT', payload: { participantId: guest.userId } });
    await fac.workshops.send.mutate({ id: other.id, type: 'REMOVE_PARTICIPANT', payload: { participantId: 'usr-coord-mun' } });
    // The removed customer's session ended; the removed representative is refused here.
    expect(await refusal(visitor.workshops.get.query({ id: other.id }))).toEqual({
      code: 'UNAUTHORIZED',
      messageKey: 'errors.unauthorized',
    });
    expect(await refusal(mun.workshops.get.query({ id: other.id }))).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.workshops.removed' });
    expect(
      await refusal(mun.workshops.send.mutate({ id: other.id, type: 'ADD_NOTE', payload: { lane: 'x', text: 'still here?' } })),
    ).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.workshops.removed' });
  });

  it('advances a phase when its durable time box runs out', async () => {
    const boxed = await fac.workshops.create.mutate({ templateId: 'half-day-co-design', title: title('Timer'), bundleId: null });
    await fac.workshops.addRepresentative.mutate({ id: boxed.id, userId: 'usr-coord-moi' });
    await fac.workshops.send.mutate({ id: boxed.id, type: 'ADVANCE', payload: {} });
    await fac.workshops.send.mutate({ id: boxed.id, type: 'ADVANCE', payload: {} });
    await fac.workshops.send.mutate({ id: boxed.id, type: 'EXTEND_PHASE', payload: { minutes: 15 } });
    const started = await fac.workshops.get.query({ id: boxed.id });
    // 45-minute box extended by 15 → 60 minutes after discovery started.
    expect(Date.parse(started.phaseEndsAt!) - Date.parse(started.phaseStartedAt)).toBe(60 * 60_000);
    expect(await running.app.scheduler.fireDue(new Date(Date.parse(started.phaseStartedAt) + 50 * 60_000))).toBe(0);
    expect(await running.app.scheduler.fireDue(new Date(Date.parse(started.phaseStartedAt) + 61 * 60_000))).toBe(1);
    const after = await fac.workshops.get.query({ id: boxed.id });
    expect(after.phase).toBe('ideation');
    expect(after.phaseLog.at(-1)).toMatchObject({ phase: 'discovery', how: 'timer', endedAt: started.phaseEndsAt });
    await fac.workshops.send.mutate({ id: boxed.id, type: 'SKIP_PHASE', payload: { reason: 'Ideas collected before the session' } });
    expect((await fac.workshops.get.query({ id: boxed.id })).phaseLog.at(-1)).toMatchObject({
      phase: 'ideation',
      how: 'skipped',
      reason: 'Ideas collected before the session',
    });
  });

  it('seeds the demo workshop under way on the new-baby bundle', async () => {
    expect(await loadDemoWorkshop(running.db)).toBe(true);
    expect(await loadDemoWorkshop(running.db)).toBe(false);
    const demo = await fac.workshops.get.query({ id: demoWorkshopId });
    expect(demo).toMatchObject({ phase: 'ideation', bundleId: 'bundle.new_baby' });
    expect(demo.board.notes).toHaveLength(3);
    expect(demo.board.ideas.map((i) => i.painPointIds)).toEqual([['pp4'], ['pp5'], []]);
  });
});

async function fetchJoin(url: string, code: string): Promise<unknown> {
  const api = apiClient(url, null);
  return api.workshops.join.mutate({ code, name: 'late', locale: 'en' });
}
