import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { raiseGapRow } from '../../api/improvement/gap-register.ts';
import { notify } from '../../api/notifications/inbox.ts';

const day = 24 * 60 * 60 * 1000;
const future = (days: number) => new Date(Date.now() + days * day).toISOString();
const source = (kind: 'assessment_afi' | 'workshop_pain_point', item: string) => ({
  kind,
  containerId: 'c-1',
  itemId: item,
  labelAr: 'مصدر',
  labelEn: 'Source',
});

describe.each(testDatabases())('gap register and action plans on $name', (target) => {
  let handle: TestDatabase;
  let running: RunningApp;
  let moi: ApiClient;
  let moh: ApiClient;
  let pm: ApiClient;
  let leader: ApiClient;
  let mohGap: string;
  let mohPlan: string;
  let mohAction: string;
  let mohMilestone: string;

  beforeAll(async () => {
    handle = await target.create();
    running = await startTestApp(handle);
    moi = apiClient(running.url, await signIn(running.url, 'coord.moi', 'coord-demo-2026'));
    moh = apiClient(running.url, await signIn(running.url, 'coord.moh', 'coord-demo-2026'));
    pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
    leader = apiClient(running.url, await signIn(running.url, 'leader', 'leader-demo-2026'));
    mohGap = (
      await raiseGapRow(running.db, {
        title: 'Long waits at clinics',
        entityId: 'ent-moh',
        severity: 'high',
        source: source('assessment_afi', 'moh-1'),
      })
    ).id;
    mohPlan = (await moh.actions.createPlan.mutate({ entityId: 'ent-moh', title: 'Clinic waits' })).id;
    mohAction = (
      await moh.actions.create.mutate({
        planId: mohPlan,
        title: 'Booking app',
        ownerId: 'usr-coord-moh',
        dueAt: future(30),
        gapIds: [mohGap],
      })
    ).id;
    mohMilestone = (await moh.actions.addMilestone.mutate({ actionId: mohAction, title: 'Pilot', dueAt: future(10) })).id;
  });
  afterAll(async () => {
    await running.close();
    await handle.close();
  });

  it('refuses every gap and plan procedure to another entity’s coordinator, and hides the rows from lists', async () => {
    const notFound = { code: 'NOT_FOUND', messageKey: 'errors.improvement.notFound' };
    const attempts: [string, () => Promise<unknown>][] = [
      ['gaps.get', () => moi.gaps.get.query({ id: mohGap })],
      ['gaps.update', () => moi.gaps.update.mutate({ id: mohGap, severity: 'low' })],
      ['gaps.owners', () => moi.gaps.owners.query({ id: mohGap })],
      ['gaps.merge', () => moi.gaps.merge.mutate({ survivorId: mohGap, duplicateId: mohGap })],
      ['actions.plan', () => moi.actions.plan.query({ id: mohPlan })],
      ['actions.createPlan', () => moi.actions.createPlan.mutate({ entityId: 'ent-moh', title: 'x' })],
      ['actions.get', () => moi.actions.get.query({ id: mohAction })],
      ['actions.create', () => moi.actions.create.mutate({ planId: mohPlan, title: 'x', ownerId: 'usr-coord-moi', dueAt: future(5) })],
      ['actions.send', () => moi.actions.send.mutate({ id: mohAction, type: 'CANCEL', payload: { reason: 'x' } })],
      ['actions.addMilestone', () => moi.actions.addMilestone.mutate({ actionId: mohAction, title: 'x', dueAt: future(5) })],
      ['actions.completeMilestone', () => moi.actions.completeMilestone.mutate({ milestoneId: mohMilestone })],
      ['actions.addEvidence', () => moi.actions.addEvidence.mutate({ actionId: mohAction, title: 'x', url: 'https://example.org' })],
      ['actions.addComment', () => moi.actions.addComment.mutate({ actionId: mohAction, body: 'x' })],
      ['actions.addDependency', () => moi.actions.addDependency.mutate({ actionId: mohAction, dependsOnId: mohAction })],
      ['actions.removeDependency', () => moi.actions.removeDependency.mutate({ actionId: mohAction, dependsOnId: mohAction })],
      ['actions.prerequisiteChoices', () => moi.actions.prerequisiteChoices.query({ actionId: mohAction })],
    ];
    for (const [name, attempt] of attempts) expect([name, await refusal(attempt())]).toEqual([name, notFound]);
    expect((await moi.gaps.list.query({ entityIds: ['ent-moh'] })).items).toEqual([]);
    expect((await moi.gaps.list.query({})).items.map((g) => g.entityId)).not.toContain('ent-moh');
    expect((await moi.gaps.groups.query({ by: 'entity' })).map((g) => g.key)).not.toContain('ent-moh');
    expect(await moi.actions.plans.query({ entityId: 'ent-moh' })).toEqual([]);
    expect(await moi.actions.list.query({ entityId: 'ent-moh', overdueOnly: false, limit: 100, offset: 0 })).toEqual([]);
    // The spreadsheet cannot reach it either: the code reads as unknown.
    const code = (await moh.actions.get.query({ id: mohAction })).code!;
    expect(await moi.actions.uploadProgress.mutate({ csv: `action,progress,status,comment\n${code},10,in_progress,\n` })).toEqual({
      applied: 0,
      bad: [{ row: 2, column: 'action', messageKey: 'improvement.csv.unknownAction' }],
    });
    // Nothing changed for the owner.
    const after = await moh.actions.get.query({ id: mohAction });
    expect([after.status, after.milestones[0]!.doneAt, after.comments, after.evidence]).toEqual(['draft', null, [], []]);
    expect((await moh.gaps.get.query({ id: mohGap })).severity).toBe('high');
  });

  it('adds a prerequisite with its kind, refuses a loop, offers only loop-free choices and removes it', async () => {
    const plan = (await pm.actions.createPlan.mutate({ entityId: 'ent-moh', title: 'Data exchange' })).id;
    const law = (
      await moh.actions.create.mutate({
        planId: plan,
        title: 'Amend the health records bylaw',
        ownerId: 'usr-coord-moh',
        dueAt: future(60),
      })
    ).id;
    const api = (await moh.actions.create.mutate({ planId: plan, title: 'Records API', ownerId: 'usr-coord-moh', dueAt: future(90) })).id;
    await moh.actions.addDependency.mutate({ actionId: api, dependsOnId: law, kind: 'legal_amendment' });
    expect((await moh.actions.get.query({ id: api })).dependsOn.map((d) => [d.id, d.kind])).toEqual([[law, 'legal_amendment']]);
    // law -> api would close the loop api -> law -> api.
    expect(await refusal(moh.actions.addDependency.mutate({ actionId: law, dependsOnId: api, kind: 'system_integration' }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.improvement.dependencyCycle',
    });
    const choices = (await moh.actions.prerequisiteChoices.query({ actionId: law })).map((c) => c.id);
    expect(choices).toContain(mohAction);
    expect(choices).not.toContain(api);
    expect(choices).not.toContain(law);
    // Leadership reads the action but may not change its prerequisites.
    expect(await refusal(leader.actions.removeDependency.mutate({ actionId: api, dependsOnId: law }))).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'errors.improvement.readOnly',
    });
    await moh.actions.removeDependency.mutate({ actionId: api, dependsOnId: law });
    expect((await moh.actions.get.query({ id: api })).dependsOn).toEqual([]);
    expect(await refusal(moh.actions.removeDependency.mutate({ actionId: api, dependsOnId: law }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.improvement.notFound',
    });
    // With the prerequisite gone, the loop is no longer one: law may now wait for api.
    expect((await moh.actions.prerequisiteChoices.query({ actionId: law })).map((c) => c.id)).toContain(api);
  });

  it('edits a gap’s severity, criterion and owner, choosing the owner among the entity’s own people', async () => {
    const owners = await moh.gaps.owners.query({ id: mohGap });
    expect(owners.map((o) => o.id)).toContain('usr-coord-moh');
    expect(owners.map((o) => o.id)).not.toContain('usr-coord-moi');
    // Someone of another entity cannot own it; nothing changes.
    expect(await refusal(moh.gaps.update.mutate({ id: mohGap, ownerId: 'usr-coord-moi', severity: 'low' }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.improvement.ownerUnknown',
    });
    expect((await moh.gaps.get.query({ id: mohGap })).severity).toBe('high');
    await moh.gaps.update.mutate({ id: mohGap, ownerId: 'usr-coord-moh', severity: 'critical', criterionCode: '4.1' });
    const edited = await moh.gaps.get.query({ id: mohGap });
    expect([edited.severity, edited.criterionCode, edited.owner?.id, edited.canEdit, edited.actions.map((x) => x.id)]).toEqual([
      'critical',
      '4.1',
      'usr-coord-moh',
      true,
      [mohAction],
    ]);
    await moh.gaps.update.mutate({ id: mohGap, severity: 'high', criterionCode: null });
  });

  it('finds an edited gap by its new title and description, and no longer by the old ones', async () => {
    const { id: edited } = await raiseGapRow(running.db, {
      title: 'Paper forms at reception',
      entityId: 'ent-moh',
      severity: 'low',
      source: source('assessment_afi', 'moh-edit'),
    });
    const found = async (text: string) => (await moh.gaps.list.query({ text })).items.map((g) => g.id);
    expect(await found('paper forms')).toEqual([edited]);
    await moh.gaps.update.mutate({ id: edited, title: 'ﻻ نماذج ورقية', description: 'Ｅ-forms ONLY' });
    expect(await found('paper forms')).toEqual([]);
    // The new texts are searched as the specification folds them: ligatures and full-width letters read as plain letters.
    expect(await found('لا نماذج')).toEqual([edited]);
    expect(await found('e-forms only')).toEqual([edited]);
    await moh.gaps.update.mutate({ id: edited, description: 'kiosk' });
    expect(await found('ورقية kiosk')).toEqual([edited]);
    expect(await found('e-forms')).toEqual([]);
  });

  it('lets leadership read every entity but change nothing', async () => {
    const seen = await leader.gaps.get.query({ id: mohGap });
    expect([seen.entityId, seen.canEdit]).toEqual(['ent-moh', false]);
    expect((await leader.actions.plan.query({ id: mohPlan }))!.actions.map((a) => a.id)).toEqual([mohAction]);
    const readOnly = { code: 'FORBIDDEN', messageKey: 'errors.improvement.readOnly' };
    expect(await refusal(leader.gaps.update.mutate({ id: mohGap, severity: 'low' }))).toEqual(readOnly);
    expect(await refusal(leader.actions.addComment.mutate({ actionId: mohAction, body: 'x' }))).toEqual(readOnly);
    expect(await refusal(leader.actions.send.mutate({ id: mohAction, type: 'APPROVE' }))).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'errors.workflow.FORBIDDEN',
    });
  });

  it('searches Arabic without diacritics or hamza forms, groups in SQL and merges a gap raised twice', async () => {
    const a = await raiseGapRow(running.db, {
      title: 'إدارة الطوابير',
      entityId: 'ent-moi',
      severity: 'medium',
      criterionCode: '2.1',
      source: source('assessment_afi', 'moi-1'),
    });
    const b = await raiseGapRow(running.db, {
      title: 'ادارة الطوابير في المراكز',
      entityId: 'ent-moi',
      severity: 'critical',
      source: source('workshop_pain_point', 'moi-2'),
    });
    const found = await moi.gaps.list.query({ text: 'اِدارة' });
    expect(found.items.map((g) => g.id).sort()).toEqual([a.id, b.id].sort());
    expect(await moi.gaps.groups.query({ by: 'source' })).toEqual([
      { key: 'assessment_afi', count: 1 },
      { key: 'workshop_pain_point', count: 1 },
    ]);
    await moi.gaps.merge.mutate({ survivorId: a.id, duplicateId: b.id });
    const list = await moi.gaps.list.query({});
    expect(list.items.map((g) => g.id)).toEqual([a.id]);
    const survivor = list.items[0]!;
    // Higher severity wins (critical over medium); both source links now lead to the survivor.
    expect(survivor.severity).toBe('critical');
    expect(survivor.sources.map((s) => [s.kind, s.link])).toEqual([
      ['assessment_afi', '/excellence/assessments/c-1/report'],
      ['workshop_pain_point', '/workshops/c-1'],
    ]);
    // Merge history both ways: the survivor lists what it absorbed, the duplicate points at it and is no longer editable.
    const detail = await moi.gaps.get.query({ id: a.id });
    expect([detail.mergedFrom.map((g) => g.id), detail.mergedInto, detail.canEdit]).toEqual([[b.id], null, true]);
    const dup = await moi.gaps.get.query({ id: b.id });
    expect([dup.status, dup.mergedInto?.id, dup.canEdit]).toEqual(['merged', a.id, false]);
    expect(await moi.gaps.groups.query({ by: 'status', filter: { statuses: ['open', 'merged'] } })).toEqual([
      { key: 'merged', count: 1 },
      { key: 'open', count: 1 },
    ]);
    expect(await refusal(moi.gaps.merge.mutate({ survivorId: a.id, duplicateId: b.id }))).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.improvement.merge.already_merged',
    });
  });

  it('rolls progress up by weight, closes the gap in the VERIFY that finishes its last action, and applies a CSV whole or not at all', async () => {
    const gap = await raiseGapRow(running.db, {
      title: 'Paper forms',
      entityId: 'ent-moi',
      severity: 'low',
      source: source('assessment_afi', 'moi-3'),
    });
    const plan = (await moi.actions.createPlan.mutate({ entityId: 'ent-moi', title: 'Digital forms' })).id;
    const big = await moi.actions.create.mutate({
      planId: plan,
      title: 'Online portal',
      ownerId: 'usr-coord-moi',
      dueAt: future(20),
      gapIds: [gap.id],
      weight: 3,
    });
    const small = await moi.actions.create.mutate({
      planId: plan,
      title: 'Staff training',
      ownerId: 'usr-coord-moi',
      dueAt: future(20),
      gapIds: [gap.id],
      weight: 1,
    });
    const sub = await moi.actions.create.mutate({
      planId: plan,
      title: 'Portal design',
      ownerId: 'usr-coord-moi',
      dueAt: future(10),
      parentActionId: big.id,
    });
    for (const a of [big, small, sub]) {
      await pm.actions.send.mutate({ id: a.id, type: 'APPROVE' });
      await moi.actions.send.mutate({ id: a.id, type: 'START' });
    }
    await moi.actions.send.mutate({ id: big.id, type: 'UPDATE_PROGRESS', payload: { progress: 80 } });

    // Mixed CSV: row 2 is fine, row 3 is out of range; nothing is written.
    const mixed = `action,progress,status,comment\n${sub.code},40,,\n${small.code},150,,\n`;
    expect(await moi.actions.uploadProgress.mutate({ csv: mixed })).toEqual({
      applied: 0,
      bad: [{ row: 3, column: 'progress', messageKey: 'improvement.progress.range' }],
    });
    // A CSV whose every row validates but whose last row the server refuses (a blocking prerequisite) also changes nothing.
    // MOI cannot see MOH's action: the programme office, which sees both, links them.
    await pm.actions.addDependency.mutate({ actionId: small.id, dependsOnId: mohAction });
    const blocked = `action,progress,status,comment\n${sub.code},40,,\n${small.code},,done,\n`;
    const refused = await moi.actions.uploadProgress.mutate({ csv: blocked });
    expect(refused).toEqual({
      applied: 0,
      bad: [{ row: 3, column: 'action', messageKey: 'errors.improvement.blockedByHiddenDependency' }],
    });
    expect((await moi.actions.get.query({ id: sub.id })).progress).toBe(0);
    expect((await moi.actions.get.query({ id: small.id })).status).toBe('in_progress');

    expect(
      await moi.actions.uploadProgress.mutate({ csv: `action,progress,status,comment\n${sub.code},40%,,half way\n${small.code},50,,\n` }),
    ).toEqual({ applied: 2, bad: [] });
    let tree = (await moi.actions.plan.query({ id: plan }))!;
    // big (own 80) has one sub-action at 40: a parent is the mean of its children -> 40.
    // plan = (3 * 40 + 1 * 50) / 4 = 170 / 4 = 42.5
    expect(tree.actions.map((a) => [a.title, a.progress])).toEqual([
      ['Online portal', 40],
      ['Staff training', 50],
    ]);
    expect(tree.progress).toBe(42.5);

    // The prerequisite of another entity holds `small` up until it is finished.
    expect(await refusal(moi.actions.send.mutate({ id: small.id, type: 'COMPLETE' }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.improvement.blockedByHiddenDependency',
    });
    // The generic workflow API reaches the same rule (it lives in the transition itself).
    expect(await refusal(moi.workflows.send.mutate({ id: small.id, type: 'COMPLETE' }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.improvement.blockedByHiddenDependency',
    });
    expect((await moi.actions.get.query({ id: small.id })).status).toBe('in_progress');
    await pm.actions.send.mutate({ id: mohAction, type: 'APPROVE' });
    await moh.actions.send.mutate({ id: mohAction, type: 'START' });
    await moh.actions.send.mutate({ id: mohAction, type: 'COMPLETE' });

    for (const a of [sub, big, small]) await moi.actions.send.mutate({ id: a.id, type: 'COMPLETE' });
    await pm.actions.send.mutate({ id: big.id, type: 'VERIFY' });
    expect((await moi.gaps.get.query({ id: gap.id })).status).toBe('in_progress');
    await pm.actions.send.mutate({ id: small.id, type: 'VERIFY' });
    const closed = await moi.gaps.get.query({ id: gap.id });
    expect(closed.status).toBe('closed');
    expect(closed.closedAt).not.toBeNull();
    tree = (await moi.actions.plan.query({ id: plan }))!;
    expect(tree.progress).toBe(100);
  });

  it('keeps each user’s inbox: list, unread count, mark read', async () => {
    await notify(running.db, [{ role: 'programme_manager' }], { kind: 'improvement.notice.test', params: { n: 1 }, link: '/gaps' });
    const before = await pm.notifications.unreadCount.query();
    const list = await pm.notifications.list.query({ unreadOnly: true, limit: 50 });
    expect(list.length).toBe(before);
    expect(list[0]).toMatchObject({ kind: 'improvement.notice.test', params: { n: 1 }, readAt: null });
    expect(await moi.notifications.list.query({ unreadOnly: false, limit: 50 })).toEqual([]);
    await pm.notifications.markRead.mutate({ ids: [list[0]!.id] });
    expect(await pm.notifications.unreadCount.query()).toBe(before - 1);
    await pm.notifications.markRead.mutate({});
    expect(await pm.notifications.unreadCount.query()).toBe(0);
  });
});
