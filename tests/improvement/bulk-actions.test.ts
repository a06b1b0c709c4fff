import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { raiseGapRow } from '../../api/improvement/gap-register.ts';

const day = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * day).toISOString();
const source = (item: string) => ({
  kind: 'assessment_afi' as const,
  containerId: 'bulk-test',
  itemId: item,
  labelAr: 'مصدر',
  labelEn: 'Source',
});

describe.each(testDatabases())('bulk actions on a selection on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let pm: ApiClient;
  let moi: ApiClient;
  let leader: ApiClient;
  const gap = {} as Record<'a' | 'b' | 'merged' | 'moh', string>;
  const action = {} as Record<'open' | 'cancelled' | 'moh', string>;
  const owners = (ids: string[]) => running.db.selectFrom('gaps').select(['id', 'owner_id']).where('id', 'in', ids).orderBy('id').execute();
  const dueOf = async (id: string) =>
    new Date((await running.db.selectFrom('actions').select('due_at').where('id', '=', id).executeTakeFirstOrThrow()).due_at).toISOString();

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    const client = async (u: string, p: string) => apiClient(running.url, await signIn(running.url, u, p));
    pm = await client('pm', 'pm-demo-2026');
    moi = await client('coord.moi', 'coord-demo-2026');
    leader = await client('leader', 'leader-demo-2026');
    const moh = apiClient(running.url, await signIn(running.url, 'coord.moh', 'coord-demo-2026'));
    const raise = async (title: string, entityId: string, item: string) =>
      (await raiseGapRow(running.db, { title, entityId, severity: 'medium', source: source(item) })).id;
    gap.a = await raise('Queue at the counter', 'ent-moi', '1');
    gap.b = await raise('طابور عند النافذة', 'ent-moi', '2');
    gap.merged = await raise('Queue (duplicate)', 'ent-moi', '3');
    gap.moh = await raise('MOH gap', 'ent-moh', '4');
    await pm.gaps.merge.mutate({ survivorId: gap.a, duplicateId: gap.merged });
    const plan = (await moi.actions.createPlan.mutate({ entityId: 'ent-moi', title: 'Plan' })).id;
    action.open = (await moi.actions.create.mutate({ planId: plan, title: 'Open action', ownerId: 'usr-coord-moi', dueAt: inDays(10) })).id;
    await pm.actions.send.mutate({ id: action.open, type: 'APPROVE', payload: {} });
    action.cancelled = (
      await moi.actions.create.mutate({ planId: plan, title: 'Withdrawn', ownerId: 'usr-coord-moi', dueAt: inDays(10) })
    ).id;
    await moi.actions.send.mutate({ id: action.cancelled, type: 'CANCEL', payload: { reason: 'Not needed' } });
    const mohPlan = (await moh.actions.createPlan.mutate({ entityId: 'ent-moh', title: 'Plan' })).id;
    action.moh = (
      await moh.actions.create.mutate({ planId: mohPlan, title: 'MOH action', ownerId: 'usr-coord-moh', dueAt: inDays(10) })
    ).id;
  }, 120_000);
  afterAll(async () => {
    await running.close();
    await db.close();
  });

  it('assigns one owner to several gaps, each audited, and reports the merged one without touching it', async () => {
    const { outcomes } = await moi.bulk.assignGapOwner.mutate({ ids: [gap.a, gap.b, gap.merged], ownerId: 'usr-coord-moi' });
    expect(outcomes).toEqual([
      { id: gap.a, ok: true },
      { id: gap.b, ok: true },
      { id: gap.merged, ok: false, code: 'PRECONDITION_FAILED', messageKey: 'errors.improvement.gapMerged' },
    ]);
    const after = new Map((await owners([gap.a, gap.b, gap.merged])).map((r) => [r.id, r.owner_id]));
    expect([after.get(gap.a), after.get(gap.b), after.get(gap.merged)]).toEqual(['usr-coord-moi', 'usr-coord-moi', null]);
    const audit = await running.db
      .selectFrom('admin_changes')
      .select(['subject_id', 'action', 'actor_id', 'before', 'after'])
      .where('subject_kind', '=', 'gap')
      .orderBy('subject_id')
      .execute();
    expect(audit.map((a) => a.subject_id).sort()).toEqual([gap.a, gap.b].sort());
    expect(audit[0]).toMatchObject({
      action: 'owner_assigned',
      actor_id: 'usr-coord-moi',
      before: { ownerId: null },
      after: { ownerId: 'usr-coord-moi' },
    });
  });

  it('refuses the whole selection, changing nothing, when one item is another entity’s or only readable', async () => {
    const before = await owners([gap.b, gap.moh]);
    expect(await refusal(moi.bulk.assignGapOwner.mutate({ ids: [gap.b, gap.moh], ownerId: null }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.improvement.notFound',
    });
    expect(await refusal(leader.bulk.assignGapOwner.mutate({ ids: [gap.b], ownerId: null }))).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'errors.improvement.readOnly',
    });
    expect(await refusal(moi.bulk.exportGaps.query({ ids: [gap.b, gap.moh] }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.improvement.notFound',
    });
    expect(await owners([gap.b, gap.moh])).toEqual(before);
  });

  it('moves due dates through the action machine, one refusal per closed action', async () => {
    const next = inDays(40);
    const { outcomes } = await pm.bulk.extendActionDue.mutate({
      ids: [action.open, action.cancelled],
      dueAt: next,
      reason: 'Supplier delay',
    });
    expect(outcomes).toEqual([
      { id: action.open, ok: true },
      { id: action.cancelled, ok: false, code: 'PRECONDITION_FAILED', messageKey: 'errors.workflow.EVENT_NOT_ACCEPTED' },
    ]);
    expect(await dueOf(action.open)).toBe(next);
    expect(await dueOf(action.cancelled)).not.toBe(next);
    // The machine's own rule: only the programme extends a due date; a coordinator is told so per item.
    const mine = await moi.bulk.extendActionDue.mutate({ ids: [action.open], dueAt: inDays(50), reason: 'More time' });
    expect(mine.outcomes).toEqual([{ id: action.open, ok: false, code: 'FORBIDDEN', messageKey: expect.stringMatching(/^errors\./) }]);
    expect(await dueOf(action.open)).toBe(next);
    expect(await refusal(moi.bulk.extendActionDue.mutate({ ids: [action.moh], dueAt: inDays(50), reason: 'x' }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.improvement.notFound',
    });
  });

  it('exports the selection as CSV with names in both languages', async () => {
    const gaps = await moi.bulk.exportGaps.query({ ids: [gap.b, gap.a] });
    const rows = parse(gaps.csv.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.title)).toEqual(['Queue at the counter', 'طابور عند النافذة']);
    expect(rows[0]).toMatchObject({ entity_en: expect.any(String), owner_en: expect.any(String), status: 'open' });
    const actions = await pm.bulk.exportActions.query({ ids: [action.open, action.moh] });
    expect(actions.rows).toBe(2);
    expect(actions.csv.split('\r\n')[0]).toBe('\uFEFFcode,title,entity_ar,entity_en,status,progress,due_on,owner_ar,owner_en');
  });
});
