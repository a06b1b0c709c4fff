import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';

const step = (id: string, over: Record<string, unknown>) => ({
  id,
  title: { ar: `خطوة ${id}`, en: `Step ${id}` },
  channel: 'counter',
  entityId: 'MOI',
  visitRequired: true,
  documentIds: [],
  waitingMinutes: 0,
  handlingMinutes: 0,
  fee: 0,
  emotion: 0,
  ...over,
});

// As-is: three visits. Totals: steps 3, visits 3, document requests 3 (2 distinct),
// waiting 30+20+15 = 65, handling 10+5+5 = 20, total 85, fees 0+50+20 = 70, entities MOI+HMC = 2.
const asIs = {
  journeyId: 'trial',
  version: 'as_is',
  serviceCodes: ['MOI-CR-001'],
  title: { ar: 'رحلة تجريبية', en: 'Trial journey' },
  currency: 'QAR',
  stages: [
    {
      id: 'apply',
      title: { ar: 'التقديم', en: 'Apply' },
      steps: [
        step('s1', { documentIds: ['doc.national_id', 'doc.marriage_contract'], waitingMinutes: 30, handlingMinutes: 10, emotion: -1 }),
        step('s2', { entityId: 'HMC', documentIds: ['doc.national_id'], waitingMinutes: 20, handlingMinutes: 5, fee: 50, emotion: -2 }),
      ],
    },
    { id: 'collect', title: { ar: 'الاستلام', en: 'Collect' }, steps: [step('s3', { waitingMinutes: 15, handlingMinutes: 5, fee: 20 })] },
  ],
};

// To-be: s1 and s2 merge into one online step t1; s3 goes by mail with no wait.
const toBe = {
  ...asIs,
  version: 'to_be',
  stages: [
    {
      ...asIs.stages[0]!,
      steps: [
        step('t1', {
          channel: 'web',
          visitRequired: false,
          documentIds: ['doc.national_id'],
          handlingMinutes: 10,
          fromStepIds: ['s1', 's2'],
        }),
      ],
    },
    { ...asIs.stages[1]!, steps: [step('s3', { channel: 'mail', visitRequired: false, handlingMinutes: 5, fee: 20 })] },
  ],
};

describe.each(testDatabases())('journey re-engineering API on $name', (target) => {
  let db: TestDatabase;
  let running: RunningApp;
  let pm: ApiClient;
  let moi: ApiClient;
  let moh: ApiClient;
  let leader: ApiClient;
  let id: string;

  beforeAll(async () => {
    db = await target.create();
    running = await startTestApp(db);
    const [a, b, c, d] = await Promise.all([
      signIn(running.url, 'pm', 'pm-demo-2026'),
      signIn(running.url, 'coord.moi', 'coord-demo-2026'),
      signIn(running.url, 'coord.moh', 'coord-demo-2026'),
      signIn(running.url, 'leader', 'leader-demo-2026'),
    ]);
    [pm, moi, moh, leader] = [apiClient(running.url, a), apiClient(running.url, b), apiClient(running.url, c), apiClient(running.url, d)];
    // September (baseline) and October (after implementation), 30 days each.
    await pm.cx.importRows.mutate({
      kind: 'complaints',
      mode: 'refuse',
      rows: [
        { service_code: 'MOI-CR-001', channel: 'counter', date: '2026-09-02', category: 'long_waiting', text: 'queue' },
        { service_code: 'MOI-CR-001', channel: 'counter', date: '2026-09-03', category: 'long_waiting', text: 'queue again' },
        { service_code: 'MOI-CR-001', channel: 'web', date: '2026-09-04', category: 'documents', text: 'papers twice' },
      ],
    });
    await pm.cx.importRows.mutate({
      kind: 'survey_answers',
      mode: 'refuse',
      rows: [
        { service_code: 'MOI-CR-001', centre_code: 'MOI-C01', channel: 'counter', satisfaction: 2, date: '2026-09-05' },
        { service_code: 'MOI-CR-001', centre_code: 'MOI-C01', channel: 'counter', satisfaction: 3, date: '2026-09-06' },
        { service_code: 'MOI-CR-001', centre_code: 'MOI-C01', channel: 'counter', satisfaction: 4, date: '2026-10-05' },
        { service_code: 'MOI-CR-001', centre_code: 'MOI-C01', channel: 'counter', satisfaction: 5, date: '2026-10-06' },
      ],
    });
    await pm.cx.importRows.mutate({
      kind: 'centre_operations',
      mode: 'refuse',
      rows: [
        { centre_code: 'MOI-C01', date: '2026-09-01', transactions_served: 100, average_wait_minutes: 40, average_service_minutes: 10 },
        { centre_code: 'MOI-C01', date: '2026-10-01', transactions_served: 100, average_wait_minutes: 10, average_service_minutes: 8 },
      ],
    });
  });
  afterAll(async () => {
    await running.close();
    await db.close();
  });

  it('picks a priority journey (programme managers only) and maps the as-is', async () => {
    expect(
      await refusal(moi.journeys.start.mutate({ key: 'trial', entityId: 'ent-moi', serviceCodes: ['MOI-CR-001'], title: asIs.title })),
    ).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.forbidden' });
    ({ id } = await pm.journeys.start.mutate({ key: 'trial', entityId: 'ent-moi', serviceCodes: ['MOI-CR-001'], title: asIs.title }));
    await moi.journeys.send.mutate({ id, type: 'BEGIN_MAPPING' });
    expect(await refusal(moi.journeys.send.mutate({ id, type: 'BEGIN_ROOT_CAUSES' }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.workflow.EVENT_NOT_ACCEPTED',
    });
    expect(await moi.journeys.saveMap.mutate({ id, map: asIs })).toEqual({ version: 'as_is', steps: 3 });
    const view = await moi.journeys.get.query({ id });
    expect(view.journey.phase).toBe('as_is_mapping');
    expect(view.maps[0]!.metrics).toEqual({
      steps: 3,
      customerSteps: 3,
      visits: 3,
      documentRequests: 3,
      distinctDocuments: 2,
      waitingMinutes: 65,
      handlingMinutes: 20,
      totalMinutes: 85,
      fees: 70,
      entities: 2,
    });
  });

  it('refuses a step edit field by field, with translatable reasons, and keeps the saved map', async () => {
    const broken = structuredClone(asIs);
    Object.assign(broken.stages[0]!.steps[1]!, {
      entityId: 'NOPE',
      fee: -5,
      emotion: 4,
      documentIds: ['doc.none'],
      backstage: true,
      visitRequired: true,
    });
    try {
      await moi.journeys.saveMap.mutate({ id, map: broken });
      expect.unreachable('the map should be refused');
    } catch (err) {
      const data = (err as { data?: { code: string; messageKey: string; issues: unknown } }).data;
      expect(data).toMatchObject({ code: 'BAD_REQUEST', messageKey: 'errors.validation' });
      expect(data!.issues).toEqual([
        { path: 'stages.0.steps.1.entityId', message: 'stepErrors.unknown_entity' },
        { path: 'stages.0.steps.1.visitRequired', message: 'stepErrors.backstage_visit' },
        { path: 'stages.0.steps.1.fee', message: 'stepErrors.negative' },
        { path: 'stages.0.steps.1.emotion', message: 'stepErrors.emotion_range' },
        { path: 'stages.0.steps.1.documentIds.0', message: 'stepErrors.unknown_document' },
      ]);
    }
    // The as-is saved before is untouched: s2 still costs 50.
    const view = await moi.journeys.get.query({ id });
    expect(view.maps[0]!.metrics.fees).toBe(70);
  });

  it('keeps the journey inside its entity: another coordinator neither sees nor edits it', async () => {
    expect((await moh.journeys.list.query()).map((j) => j.id)).not.toContain(id);
    expect((await moi.journeys.list.query()).map((j) => j.id)).toContain(id);
    const hidden = { code: 'NOT_FOUND', messageKey: 'errors.journeys.not_found' };
    expect(await refusal(moh.journeys.get.query({ id }))).toEqual(hidden);
    expect(await refusal(moh.journeys.saveMap.mutate({ id, map: asIs }))).toEqual(hidden);
    expect(await refusal(moh.journeys.diff.query({ id, from: 'as_is', to: 'as_is' }))).toEqual(hidden);
    expect(await refusal(moh.journeys.trace.query({ id, node: { type: 'step', id: 's1' } }))).toEqual(hidden);
    // Leadership reads every journey but drives none.
    expect((await leader.journeys.get.query({ id })).canDrive).toBe(false);
    expect(await refusal(leader.journeys.send.mutate({ id, type: 'BEGIN_ROOT_CAUSES' }))).toEqual({
      code: 'FORBIDDEN',
      messageKey: 'errors.forbidden',
    });
  });

  it('freezes the baseline with its method, sample and sources, and the as-is map with it', async () => {
    const { record } = await moi.journeys.measure.mutate({
      id,
      purpose: 'baseline',
      period: { from: '2026-09-01', to: '2026-09-30' },
      method: 'map_and_cx_data',
    });
    // satisfaction (2+3)/2 = 2.5; 3 complaints per 100 transactions = 30 per 1,000.
    expect(record.metrics).toMatchObject({
      totalMinutes: 85,
      visits: 3,
      satisfaction: 2.5,
      complaintRatePer1000: 30,
      transactions: 100,
      complaints: 3,
      surveyResponses: 2,
      observedWaitMinutes: 40,
    });
    expect(record.sampleSize).toBe(2);
    expect(record.sources.map((s) => s.kind).sort()).toEqual(['complaints_import', 'journey_map', 'operations_import', 'survey_import']);
    expect(await refusal(moi.journeys.saveMap.mutate({ id, map: asIs }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.journeys.version_not_editable',
    });
    const view = await moi.journeys.get.query({ id });
    expect(view.maps[0]!.frozenAt).not.toBeNull();
    expect(view.pareto.map((p) => [p.category, p.count, Math.round(p.cumulativePercent * 100) / 100])).toEqual([
      ['long_waiting', 2, 66.67], // 2/3
      ['documents', 1, 100],
    ]);
  });

  it('runs root causes, to-be design and the computed gap analysis into the shared register', async () => {
    await moi.journeys.send.mutate({ id, type: 'BEGIN_ROOT_CAUSES' });
    const complaints = (await moi.journeys.get.query({ id })).complaints;
    const queue = complaints.filter((c) => c.category === 'long_waiting').map((c) => c.id);
    // The picker's search: 'queue' is in two texts (newest first); a category narrows; a number finds one.
    const found = await moi.journeys.complaints.query({ id, query: 'QUEUE' });
    expect(found.total).toBe(2);
    expect(found.hits.map((h) => h.text)).toEqual(['queue again', 'queue']);
    expect((await moi.journeys.complaints.query({ id, category: 'documents' })).hits.map((h) => h.text)).toEqual(['papers twice']);
    const papers = complaints.find((c) => c.text === 'papers twice')!.id;
    expect((await moi.journeys.complaints.query({ id, query: `#${papers}` })).hits.map((h) => h.id)).toEqual([papers]);
    // Linked complaints come back whatever the query, so the picker keeps showing them.
    expect((await moi.journeys.complaints.query({ id, query: 'nothing like this', ids: queue })).selected.map((h) => h.id).sort()).toEqual(
      [...queue].sort(),
    );
    expect(await refusal(moh.journeys.complaints.query({ id, query: 'queue' }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.journeys.not_found',
    });
    expect(
      await refusal(
        moi.journeys.saveRootCauses.mutate({
          id,
          causes: [
            { id: 'rc1', type: 'process', statement: { ar: 'س', en: 'c' }, whyChain: [{ question: 'q', answer: 'a' }], stepIds: ['nope'] },
          ],
        }),
      ),
    ).toEqual({
      code: 'BAD_REQUEST',
      messageKey: 'errors.journeys.unknown_step',
    });
    await moi.journeys.saveRootCauses.mutate({
      id,
      causes: [
        {
          id: 'rc1',
          type: 'process',
          statement: { ar: 'زيارتان منفصلتان', en: 'Two separate visits' },
          whyChain: [{ question: 'Why two visits?', answer: 'No data sharing' }],
          stepIds: ['s1', 's2'],
          complaintIds: queue,
        },
      ],
    });
    await moi.journeys.send.mutate({ id, type: 'BEGIN_TO_BE_DESIGN' });
    // The to-be starts as a copy of the as-is.
    expect((await moi.journeys.get.query({ id })).maps.map((m) => [m.version, m.metrics.steps])).toEqual([
      ['as_is', 3],
      ['to_be', 3],
    ]);
    await moi.journeys.saveMap.mutate({ id, map: toBe });
    await moi.journeys.saveOpportunities.mutate({
      id,
      opportunities: [
        {
          id: 'o1',
          title: { ar: 'تقديم موحد إلكتروني', en: 'One online application' },
          stepIds: ['s1', 's2'],
          rootCauseIds: ['rc1'],
          customerValue: 5,
          governmentValue: 3,
          effort: 2,
        },
      ],
    });
    const { gapCount } = await moi.journeys.computeGaps.mutate({ id });
    expect(gapCount).toBe(2);
    const gaps = await running.db
      .selectFrom('gap_sources')
      .innerJoin('gaps', 'gaps.id', 'gap_sources.gap_id')
      .select(['gap_sources.item_id', 'gaps.entity_id', 'gaps.severity'])
      .where('gap_sources.kind', '=', 'journey_difference')
      .where('gap_sources.container_id', '=', id)
      .orderBy('gap_sources.item_id')
      .execute();
    expect(gaps).toEqual([
      { item_id: 'changed:s3>s3', entity_id: 'ent-moi', severity: 'high' }, // saves a visit
      { item_id: 'merged:s1+s2>t1', entity_id: 'ent-moi', severity: 'high' },
    ]);
  });

  it('returns the as-is vs to-be diff with hand-checked numbers', async () => {
    const diff = await leader.journeys.diff.query({ id, from: 'as_is', to: 'to_be' });
    expect(diff.changes.map((c) => [c.key, c.kind])).toEqual([
      ['merged:s1+s2>t1', 'merged'],
      ['changed:s3>s3', 'changed'],
    ]);
    // s1+s2 -> t1: visits 2 -> 0, documents 3 -> 1 (2 -> 1 distinct), waiting 50 -> 0, handling 15 -> 10, fees 50 -> 0, entities 2 -> 1.
    expect(diff.changes[0]!.saved).toEqual({
      steps: 1,
      customerSteps: 1,
      visits: 2,
      documentRequests: 2,
      distinctDocuments: 1,
      waitingMinutes: 50,
      handlingMinutes: 5,
      totalMinutes: 55,
      fees: 50,
      entities: 1,
    });
    // s3: counter -> mail, no visit, waiting 15 -> 0.
    expect(diff.changes[1]!.changedFields).toEqual(['channel', 'visitRequired', 'waitingMinutes']);
    expect(diff.changes[1]!.saved).toMatchObject({ visits: 1, waitingMinutes: 15, totalMinutes: 15, fees: 0 });
    // 85 -> 15 minutes, 70 -> 20 QAR.
    expect(diff.totals.saved).toEqual({
      steps: 1,
      customerSteps: 1,
      visits: 3,
      documentRequests: 2,
      distinctDocuments: 1,
      waitingMinutes: 65,
      handlingMinutes: 5,
      totalMinutes: 70,
      fees: 50,
      entities: 1,
    });
  });

  it('plans actions in the shared register, re-measures against the promise and traces the chain both ways', async () => {
    await moi.journeys.send.mutate({ id, type: 'BEGIN_TRANSITION_PLAN' });
    expect(await refusal(moi.journeys.saveMap.mutate({ id, map: toBe }))).toEqual({
      code: 'PRECONDITION_FAILED',
      messageKey: 'errors.journeys.version_not_editable',
    });
    const { actions } = await moi.journeys.addPlanItems.mutate({
      id,
      items: [
        {
          title: 'Link hospital and registry systems',
          ownerId: 'usr-coord-moi',
          milestone: 'Integration live',
          dueDate: '2026-12-31',
          changeKeys: ['merged:s1+s2>t1'],
          opportunityIds: ['o1'],
        },
      ],
    });
    const action = actions[0]!.id;
    const linked = await running.db
      .selectFrom('action_gaps')
      .innerJoin('gap_sources', 'gap_sources.gap_id', 'action_gaps.gap_id')
      .select('gap_sources.item_id')
      .where('action_gaps.action_id', '=', action)
      .execute();
    expect(linked).toEqual([{ item_id: 'merged:s1+s2>t1' }]);
    expect(
      await running.db
        .selectFrom('actions')
        .innerJoin('action_plans', 'action_plans.id', 'actions.plan_id')
        .select(['action_plans.origin', 'action_plans.origin_id'])
        .where('actions.id', '=', action)
        .executeTakeFirstOrThrow(),
    ).toEqual({ origin: 'journey', origin_id: id });
    await moi.journeys.setPromised.mutate({ id, promised: { satisfaction: 4 } });
    await moi.journeys.send.mutate({ id, type: 'BEGIN_IMPLEMENTATION' });
    // What was actually built: s3 still waits 5 minutes.
    const post = {
      ...toBe,
      version: 'post_implementation',
      stages: [
        toBe.stages[0]!,
        {
          ...toBe.stages[1]!,
          steps: [step('s3', { channel: 'mail', visitRequired: false, waitingMinutes: 5, handlingMinutes: 5, fee: 20 })],
        },
      ],
    };
    await moi.journeys.saveMap.mutate({ id, map: post });
    await moi.journeys.measure.mutate({
      id,
      purpose: 'remeasurement',
      period: { from: '2026-10-01', to: '2026-10-30' },
      method: 'map_and_cx_data',
    });
    const report = (await leader.journeys.improvement.query({ id }))!;
    const metric = (m: string) => report.metrics.find((x) => x.metric === m)!;
    // Minutes: baseline 85, promised 15 (to-be), achieved 10 + 10 = 20 -> 65 of 70 promised.
    expect(metric('totalMinutes')).toMatchObject({
      baseline: 85,
      promised: 15,
      achieved: 20,
      promisedImprovement: 70,
      achievedImprovement: 65,
      status: 'partly_met',
    });
    expect(metric('totalMinutes').attainment).toBeCloseTo(65 / 70, 10);
    // Satisfaction: 2.5 -> (4+5)/2 = 4.5 against 4 promised.
    expect(metric('satisfaction')).toMatchObject({ baseline: 2.5, promised: 4, achieved: 4.5, status: 'met' });
    expect(report.issues).toEqual(['small_sample']); // 2 answers each, fewer than 30

    const queueComplaint = (await moi.journeys.get.query({ id })).complaints.find((c) => c.category === 'long_waiting')!.id;
    const down = await moi.journeys.trace.query({ id, node: { type: 'complaint', id: queueComplaint } });
    expect(down.nodes).toMatchObject({
      root_cause: ['rc1'],
      step: ['s1', 's2'],
      opportunity: ['o1'],
      change: ['merged:s1+s2>t1'],
      action: [action],
      result: ['merged:s1+s2>t1'],
    });
    const up = await moi.journeys.trace.query({ id, node: { type: 'action', id: action } });
    expect(up.nodes.complaint.length).toBe(2); // both queue complaints, not the documents one
    expect(up.nodes.root_cause).toEqual(['rc1']);

    await moi.journeys.send.mutate({ id, type: 'CLOSE' });
    expect((await moi.journeys.get.query({ id })).journey.phase).toBe('closed');
  });
});
