import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases, type TestDatabase } from '../support/test-databases.ts';
import { startTestApp, type RunningApp } from '../support/test-app.ts';
import { apiClient, refusal, signIn, type ApiClient } from '../support/api-client.ts';
import { loadImprovementDemo } from '../../seeds/improvement/load.ts';
import { entitySeeds } from '../../seeds/entities.ts';

describe.each(testDatabases())('maturity, rankings and transparency on $name', (target) => {
  let handle: TestDatabase;
  let running: RunningApp;
  let pm: ApiClient;
  let moi: ApiClient;
  let anonymous: ApiClient;

  beforeAll(async () => {
    handle = await target.create();
    running = await startTestApp(handle);
    await loadImprovementDemo(running.db);
    await loadImprovementDemo(running.db); // idempotent: a second run adds nothing
    pm = apiClient(running.url, await signIn(running.url, 'pm', 'pm-demo-2026'));
    moi = apiClient(running.url, await signIn(running.url, 'coord.moi', 'coord-demo-2026'));
    anonymous = apiClient(running.url, null);
  });
  afterAll(async () => {
    await running.close();
    await handle.close();
  });

  it('seeds two closed demo cycles once, with three plans and their gaps', async () => {
    const cycles = await pm.rankings.cycles.query({});
    expect(cycles.map((c) => [c.id, c.number, c.closed, c.subjects])).toEqual([
      ['demo-cycle-2024', 1, true, entitySeeds.length],
      ['demo-cycle-2025', 2, true, entitySeeds.length],
    ]);
    expect((await pm.actions.plans.query({})).length).toBe(3);
  });

  it('ranks by the published score with change against the previous cycle', async () => {
    const board = await pm.rankings.leaderboard.query({ cycleId: 'demo-cycle-2025' });
    expect(board.previousCycleId).toBe('demo-cycle-2024');
    const before = await pm.rankings.leaderboard.query({ cycleId: 'demo-cycle-2024' });
    const rankThen = new Map(before.rows.map((r) => [r.subjectId, r.rank]));
    for (const r of board.rows) expect(r.change).toBe(rankThen.get(r.subjectId)! - r.rank);
    // Ranks follow the percent, highest first.
    for (let i = 1; i < board.rows.length; i++) expect(board.rows[i]!.totalPercent).toBeLessThanOrEqual(board.rows[i - 1]!.totalPercent);
    const heat = await pm.rankings.heatMap.query({ cycleId: 'demo-cycle-2025' });
    expect(heat.entityIds).toEqual(board.rows.map((r) => r.subjectId));
    expect(heat.criterionCodes.length).toBe(11);
    const radar = await pm.rankings.radar.query({ cycleId: 'demo-cycle-2025', subjectId: 'ent-moi' });
    expect(radar.map((p) => p.criterionCode)).toEqual(heat.criterionCodes);
    const trend = await pm.rankings.trend.query({ frameworkCode: 'gov-excellence', subjectId: 'ent-moi' });
    expect(trend.map((t) => t.cycleId)).toEqual(['demo-cycle-2024', 'demo-cycle-2025']);
  });

  it('shows the projected score beside the assessed one, and never in the ranking or on the public page', async () => {
    const m = await moi.rankings.maturity.query({ cycleId: 'demo-cycle-2025', subjectId: 'ent-moi' });
    // The demo's verified action declares 8 points on criterion 2.1 (capped at 20% of its max points).
    const max21 = m.maxPoints.byCriterion['2.1']!;
    const expectedUplift = Math.min(8, 0.2 * max21, max21 - m.assessed.byCriterion['2.1']!);
    expect(m.projected.upliftByCriterion['2.1']).toBeCloseTo(expectedUplift, 4);
    expect(m.projected.total).toBeCloseTo(m.assessed.total + expectedUplift, 4);
    const board = await pm.rankings.leaderboard.query({ cycleId: 'demo-cycle-2025' });
    const moiRow = board.rows.find((r) => r.subjectId === 'ent-moi')!;
    expect(moiRow.totalPoints).toBeCloseTo(m.assessed.total, 4);
    expect(JSON.stringify(board)).not.toContain('projected');
    const published = await running.db
      .selectFrom('published_results')
      .select('total_points')
      .where('cycle_id', '=', 'demo-cycle-2025')
      .where('subject_id', '=', 'ent-moi')
      .executeTakeFirstOrThrow();
    const pub = await anonymous.transparency.results.query({ cycleId: 'demo-cycle-2025' });
    expect(pub.rows.find((r) => r.subjectId === 'ent-moi')!.totalPercent).toBe(moiRow.totalPercent);
    expect(published.total_points).toBeCloseTo(m.assessed.total, 4);
    expect(JSON.stringify(pub)).not.toContain('projected');
    // Another entity's projection is not the coordinator's to see.
    expect(await refusal(moi.rankings.maturity.query({ cycleId: 'demo-cycle-2025', subjectId: 'ent-moh' }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.improvement.notFound',
    });
  });

  it('publishes only closed cycles without login', async () => {
    // A cycle still running (its cycle workflow is at `published`, not `closed`) with results already written.
    await running.db
      .insertInto('workflow_instances')
      .values({
        id: 'open-cycle',
        kind: 'excellence_cycle',
        machine_version: 1,
        entity_id: null,
        state: 'published',
        snapshot: JSON.stringify({}),
        version: 1,
        created_by: null,
        created_at: new Date(),
        updated_at: new Date(),
      })
      .execute();
    await running.db
      .insertInto('published_results')
      .values({
        cycle_id: 'open-cycle',
        cycle_number: 3,
        cycle_year: 2026,
        framework_code: 'gov-excellence',
        framework_version: 1,
        subject_kind: 'entity',
        subject_id: 'ent-moi',
        entity_id: 'ent-moi',
        total_points: 900,
        max_points: 1000,
        total_percent: 90,
        maturity_code: null,
        stars: null,
        tier: null,
        rank: 1,
        previous_rank: null,
        published_at: new Date(),
      })
      .execute();
    expect((await anonymous.transparency.cycles.query()).map((c) => c.id)).toEqual(['demo-cycle-2024', 'demo-cycle-2025']);
    expect(await refusal(anonymous.transparency.results.query({ cycleId: 'open-cycle' }))).toEqual({
      code: 'NOT_FOUND',
      messageKey: 'errors.improvement.cycleNotFound',
    });
    expect((await pm.rankings.cycles.query({})).find((c) => c.id === 'open-cycle')?.closed).toBe(false);
    expect(await refusal(anonymous.rankings.leaderboard.query({ cycleId: 'demo-cycle-2025' }))).toEqual({
      code: 'UNAUTHORIZED',
      messageKey: 'errors.unauthorized',
    });
  });
});

describe.each(testDatabases())('leadership dashboard on $name', (target) => {
  let handle: TestDatabase;
  let running: RunningApp;

  beforeAll(async () => {
    handle = await target.create();
    running = await startTestApp(handle);
    await loadImprovementDemo(running.db);
  });
  afterAll(async () => {
    await running.close();
    await handle.close();
  });

  it('shows the latest cycle’s top and bottom, overdue actions by entity and the most severe open gaps; exports CSV; refuses coordinators', async () => {
    const leader = apiClient(running.url, await signIn(running.url, 'leader', 'leader-demo-2026'));
    const d = await leader.dashboard.summary.query({});
    expect(d.cycle?.id).toBe('demo-cycle-2025');
    const board = await leader.rankings.leaderboard.query({ cycleId: 'demo-cycle-2025' });
    expect(d.topEntities[0]!.id).toBe(board.rows[0]!.subjectId);
    expect(d.bottomEntities.at(-1)!.id).toBe(board.rows.at(-1)!.subjectId);
    // Each demo entity has one approved action due ten days ago: MOH, MOI, MUN with one each.
    expect(d.overdueByEntity.map((o) => [o.entityId, o.count])).toEqual([
      ['ent-moh', 1],
      ['ent-moi', 1],
      ['ent-mun', 1],
    ]);
    // Critical gaps first (one per entity), then high ones; the verified action closed its high gap.
    expect(d.largestOpenGaps.slice(0, 3).map((g) => g.severity)).toEqual(['critical', 'critical', 'critical']);
    expect(d.largestOpenGaps.map((g) => g.severity)).not.toContain('high');
    expect(d.tierDistribution.reduce((s, t) => s + t.count, 0)).toBe(entitySeeds.length);
    const csv = await leader.dashboard.csv.query({ table: 'overdue' });
    expect(csv.csv.split('\r\n')[0]).toBe('\uFEFFentity_id,name_ar,name_en,overdue_actions,oldest_due_at');
    expect(csv.csv.split('\r\n')[2]).toMatch(/^ent-moi,وزارة الداخلية,Ministry of Interior,1,/);
    const coordinator = apiClient(running.url, await signIn(running.url, 'coord.moi', 'coord-demo-2026'));
    expect(await refusal(coordinator.dashboard.summary.query({}))).toEqual({ code: 'FORBIDDEN', messageKey: 'errors.forbidden' });
  });

  it('counts assessments by stage and the workshops and journeys still running', async () => {
    const leader = apiClient(running.url, await signIn(running.url, 'leader', 'leader-demo-2026'));
    const before = await leader.dashboard.summary.query({});
    const row = (id: string, kind: string, state: string, status: string) => ({
      id,
      kind,
      machine_version: 1,
      entity_id: 'ent-moi',
      state,
      snapshot: JSON.stringify({ status }),
      version: 1,
      created_by: null,
      created_at: new Date(),
      updated_at: new Date(),
    });
    await running.db
      .insertInto('workflow_instances')
      .values([
        row('w-running', 'workshop', 'ideation', 'active'),
        row('w-done', 'workshop', 'closed', 'done'),
        row('j-running', 'journey_reengineering', 'to_be_design', 'active'),
        row('a-1', 'excellence_assessment', 'consensus', 'active'),
        row('a-2', 'excellence_assessment', 'self_assessment.open', 'active'),
        // Another cycle's assessment: the chart names the dashboard's cycle and counts only its own.
        row('a-other', 'excellence_assessment', 'consensus', 'active'),
      ])
      .execute();
    const cycleRow = (id: string, number: number) => ({
      id,
      number,
      year: 2025,
      name_ar: id,
      name_en: id,
      framework_code: 'gov-excellence',
      framework_version: 1,
      subject_kind: 'entity' as const,
      self_assessment_due_at: new Date(),
      created_at: new Date(),
    });
    await running.db
      .insertInto('excellence_cycles')
      .values([cycleRow(before.cycle!.id, before.cycle!.number), cycleRow('cycle-other', 9)])
      .execute();
    const assessment = (id: string, cycleId: string, entityId = 'ent-moi') => ({
      id,
      cycle_id: cycleId,
      subject_id: entityId,
      entity_id: entityId,
      entity_type: 'service_entity',
    });
    await running.db
      .insertInto('excellence_assessments')
      .values([assessment('a-1', before.cycle!.id), assessment('a-2', before.cycle!.id, 'ent-moh'), assessment('a-other', 'cycle-other')])
      .execute();
    const after = await leader.dashboard.summary.query({});
    // One more running workshop (the closed one does not count) and one more journey.
    expect(after.workshopsUnderWay - before.workshopsUnderWay).toBe(1);
    expect(after.journeysUnderWay - before.journeysUnderWay).toBe(1);
    const count = (d: typeof after, stage: string) => d.cycleProgress.stages.find((s) => s.stage === stage)?.count ?? -1;
    expect(count(after, 'consensus') - count(before, 'consensus')).toBe(1);
    // A nested state label counts under its top-level stage.
    expect(count(after, 'self_assessment') - count(before, 'self_assessment')).toBe(1);
    expect(after.underWay).toContainEqual({ kind: 'workshop', state: 'ideation', count: 1 });
  });
});
