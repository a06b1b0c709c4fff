import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { traceNodeTypes, type TraceNodeType } from '../../workflows/journeys/traceability.ts';

const step = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  title: { ar: `خطوة ${id}`, en: `Step ${id}` },
  channel: 'counter',
  entityId: 'MOI',
  visitRequired: true,
  documentIds: [],
  waitingMinutes: 20,
  handlingMinutes: 5,
  fee: 0,
  emotion: -1,
  ...over,
});

const base = {
  journeyId: 'trace-all',
  serviceCodes: ['MOI-CR-001'],
  title: { ar: 'رحلة التتبع', en: 'Trace journey' },
  currency: 'QAR',
};
// As-is a b c d e f. To-be: a removed, b+c merged into m, d split into d1+d2, e changed,
// f unchanged and answered by an added step n (a notification that spares asking at f).
const asIs = {
  ...base,
  version: 'as_is',
  stages: [{ id: 'one', title: { ar: 'المرحلة', en: 'Stage' }, steps: ['a', 'b', 'c', 'd', 'e', 'f'].map((s) => step(s)) }],
};
const toBeSteps = [
  step('m', { fromStepIds: ['b', 'c'], channel: 'web', visitRequired: false }),
  step('d1', { fromStepIds: ['d'] }),
  step('d2', { fromStepIds: ['d'], waitingMinutes: 0 }),
  step('e', { waitingMinutes: 5 }),
  step('f'),
  step('n', { channel: 'app', visitRequired: false, waitingMinutes: 0, handlingMinutes: 1, emotion: 1, addressesStepIds: ['f'] }),
];
const toBe = { ...asIs, version: 'to_be', stages: [{ ...asIs.stages[0]!, steps: toBeSteps }] };
// Built as designed, except d2 still waits 5 minutes; ids kept, so every step comes from its to-be namesake.
const post = {
  ...asIs,
  version: 'post_implementation',
  stages: [
    { ...asIs.stages[0]!, steps: toBeSteps.map((s) => ({ ...s, fromStepIds: [], ...(s.id === 'd2' ? { waitingMinutes: 5 } : {}) })) },
  ],
};

const kinds = ['removed', 'added', 'merged', 'split', 'changed'] as const;
const changeKey = { removed: 'removed:a>', added: 'added:>n', merged: 'merged:b+c>m', split: 'split:d>d1+d2', changed: 'changed:e>e' };
/** The as-is step each change's chain starts from, and its complaint's category. */
const stepOf = { removed: 'a', added: 'f', merged: 'b', split: 'd', changed: 'e' };

describe.each(testDatabases())('the traceable chain through the API on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let pm: ApiClient;
  let moi: ApiClient;
  let moh: ApiClient;
  let id: string;
  const complaintOf = {} as Record<(typeof kinds)[number], string>;
  const gapOf = {} as Record<(typeof kinds)[number], string>;
  const actionOf = {} as Record<(typeof kinds)[number], string>;
  const trace = (type: TraceNodeType, nodeId: string) => moi.journeys.trace.query({ id, node: { type, id: nodeId } });

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    const [a, b, c] = await Promise.all([
      signIn(running.url, 'pm', 'pm-demo-2026'),
      signIn(running.url, 'coord.moi', 'coord-demo-2026'),
      signIn(running.url, 'coord.moh', 'coord-demo-2026'),
    ]);
    [pm, moi, moh] = [apiClient(running.url, a), apiClient(running.url, b), apiClient(running.url, c)];
    await pm.cx.importRows.mutate({
      kind: 'complaints',
      mode: 'refuse',
      rows: kinds.map((k, i) => ({
        service_code: 'MOI-CR-001',
        channel: 'counter',
        date: `2026-09-0${i + 1}`,
        category: `trace_${k}`,
        text: `complaint about ${stepOf[k]}`,
      })),
    });

    ({ id } = await pm.journeys.start.mutate({ key: 'trace-all', entityId: 'ent-moi', serviceCodes: ['MOI-CR-001'], title: base.title }));
    await moi.journeys.send.mutate({ id, type: 'BEGIN_MAPPING' });
    await moi.journeys.saveMap.mutate({ id, map: asIs });
    await moi.journeys.measure.mutate({
      id,
      purpose: 'baseline',
      period: { from: '2026-09-01', to: '2026-09-30' },
      method: 'map_and_cx_data',
    });
    await moi.journeys.send.mutate({ id, type: 'BEGIN_ROOT_CAUSES' });
    const complaints = (await moi.journeys.get.query({ id })).complaints;
    for (const k of kinds) complaintOf[k] = complaints.find((c) => c.category === `trace_${k}`)!.id;
    await moi.journeys.saveRootCauses.mutate({
      id,
      causes: kinds.map((k) => ({
        id: `rc-${k}`,
        type: 'process',
        statement: { ar: `سبب ${k}`, en: `Cause ${k}` },
        whyChain: [{ question: 'Why?', answer: 'Because' }],
        stepIds: k === 'merged' ? ['b', 'c'] : [stepOf[k]],
        complaintIds: [complaintOf[k]],
      })),
    });
    await moi.journeys.send.mutate({ id, type: 'BEGIN_TO_BE_DESIGN' });
    await moi.journeys.saveMap.mutate({ id, map: toBe });
    // Only the changed step has an opportunity: every other link must hold without one.
    await moi.journeys.saveOpportunities.mutate({
      id,
      opportunities: [
        {
          id: 'o-e',
          title: { ar: 'فرصة', en: 'Opportunity' },
          stepIds: ['e'],
          rootCauseIds: [],
          customerValue: 3,
          governmentValue: 3,
          effort: 3,
        },
      ],
    });
    expect((await moi.journeys.computeGaps.mutate({ id })).gapCount).toBe(5);
    const gaps = (await moi.journeys.get.query({ id })).gaps;
    for (const k of kinds) gapOf[k] = gaps.find((g) => g.change_key === changeKey[k])!.id;
    await moi.journeys.send.mutate({ id, type: 'BEGIN_TRANSITION_PLAN' });
    // One action closes both the removed and the added gap; none names an opportunity.
    const item = (title: string, keys: string[]) => ({
      title,
      ownerId: 'usr-coord-moi',
      milestone: 'Live',
      dueDate: '2026-12-31',
      changeKeys: keys,
      opportunityIds: [],
    });
    const { actions } = await moi.journeys.addPlanItems.mutate({
      id,
      items: [
        item('Remove a, add n', [changeKey.removed, changeKey.added]),
        item('Merge b and c', [changeKey.merged]),
        item('Split d', [changeKey.split]),
        item('Shorten e', [changeKey.changed]),
      ],
    });
    const [first, second, third, fourth] = actions.map((a) => a.id);
    Object.assign(actionOf, { removed: first, added: first, merged: second, split: third, changed: fourth });
    await moi.journeys.send.mutate({ id, type: 'BEGIN_IMPLEMENTATION' });
    await moi.journeys.saveMap.mutate({ id, map: post });
    await moi.journeys.measure.mutate({
      id,
      purpose: 'remeasurement',
      period: { from: '2026-10-01', to: '2026-10-30' },
      method: 'map_and_cx_data',
    });
  });
  afterAll(async () => {
    await running.close();
    await db.close();
  });

  it.each(kinds)('walks the whole chain of a %s change from its complaint, and back from its result', async (kind) => {
    const down = await trace('complaint', complaintOf[kind]);
    expect(down.nodes).toMatchObject({
      complaint: [complaintOf[kind]],
      root_cause: [`rc-${kind}`],
      change: [changeKey[kind]],
      gap: [gapOf[kind]],
      action: [actionOf[kind]],
      result: [changeKey[kind]],
    });
    const up = await trace('result', changeKey[kind]);
    expect(up.nodes).toMatchObject({
      complaint: [complaintOf[kind]],
      root_cause: [`rc-${kind}`],
      change: [changeKey[kind]],
      gap: [gapOf[kind]],
    });
    expect(up.nodes.action).toEqual([actionOf[kind]]);
    // The page names what it shows: the result's steps, the gap's register code.
    expect(up.details[`gap|${gapOf[kind]}`]!.code).toMatch(/^GAP-/);
    expect(up.details[`change|${changeKey[kind]}`]!.kind).toBe(kind);
  });

  it('keeps an added step’s chain apart from the removed step sharing its action', async () => {
    const fromAdded = await trace('change', changeKey.added);
    expect(fromAdded.nodes.step).toEqual(['f']);
    expect(fromAdded.nodes.result).toEqual([changeKey.added]);
    expect(fromAdded.nodes.complaint).toEqual([complaintOf.added]);
    const fromAction = await trace('action', actionOf.added);
    expect(fromAction.nodes.complaint).toEqual([complaintOf.removed, complaintOf.added].sort((x, y) => Number(x) - Number(y)));
    expect(fromAction.nodes.result).toEqual([changeKey.added, changeKey.removed]);
  });

  it('walks from a gap both ways', async () => {
    const t = await trace('gap', gapOf.split);
    expect(t.nodes).toEqual({
      complaint: [complaintOf.split],
      root_cause: ['rc-split'],
      step: ['d'],
      opportunity: [],
      change: [changeKey.split],
      gap: [gapOf.split],
      action: [actionOf.split],
      result: [changeKey.split],
    });
  });

  it('reaches every kind of link from every node of every chain, and comes back to the start', async () => {
    const starts = kinds.flatMap((k) => [
      { type: 'complaint' as const, id: complaintOf[k] },
      { type: 'root_cause' as const, id: `rc-${k}` },
      { type: 'step' as const, id: stepOf[k] },
      { type: 'change' as const, id: changeKey[k] },
      { type: 'gap' as const, id: gapOf[k] },
      { type: 'action' as const, id: actionOf[k] },
      { type: 'result' as const, id: changeKey[k] },
    ]);
    for (const start of starts) {
      const t = await trace(start.type, start.id);
      for (const type of traceNodeTypes)
        if (type !== 'opportunity') expect(t.nodes[type].length, `${start.type} ${start.id} → ${type}`).toBeGreaterThan(0);
      for (const type of ['complaint', 'result'] as const)
        for (const other of t.nodes[type]) expect((await trace(type, other)).nodes[start.type]).toContain(start.id);
    }
  });

  it('refuses a node that is not in the journey, and hides the trace from another entity', async () => {
    expect(await refusal(trace('gap', 'no-such-gap'))).toEqual({ code: 'NOT_FOUND', messageKey: 'errors.journeys.trace_node_unknown' });
    expect(await refusal(trace('change', 'unchanged:f>f'))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.journeys.trace_node_unknown',
    });
    expect(await refusal(moh.journeys.trace.query({ id, node: { type: 'gap', id: gapOf.split } }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.journeys.not_found',
    });
  });
});
