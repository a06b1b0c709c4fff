import { z } from 'zod';
import { bilingualText, titleText } from '../trpc/inputs.ts';
import { authedProcedure, roleProcedure, router } from '../trpc/init.ts';
import { actorOf } from '../trpc/context.ts';
import { AppError } from '../trpc/app-error.ts';
import { restoreSnapshot } from '../../engine/workflow/snapshot.ts';
import { journeyMapVersions, journeySteps } from '../../workflows/journeys/journey-map.ts';
import { measureSteps } from '../../workflows/journeys/journey-metrics.ts';
import { measurementMethods, measurementSourceSchema } from '../../workflows/journeys/journey-baseline.ts';
import { paretoByCategory } from '../../workflows/journeys/pareto.ts';
import { scoreOpportunities } from '../../workflows/journeys/opportunity.ts';
import { countCausesByType } from '../../workflows/journeys/root-cause.ts';
import { improvementMetrics } from '../../workflows/journeys/improvement.ts';
import { traceNodeTypes } from '../../workflows/journeys/traceability.ts';
import { assertCanDriveJourney, assertCanReadJourney, journeyEntityScope } from './journey-access.ts';
import { loadMaps, requireJourney } from './journey-store.ts';
import { startJourney } from './start-journey.ts';
import { saveJourneyMap } from './save-map.ts';
import { loadMeasurements, measureAndFreeze } from './measure.ts';
import { loadRootCauses, saveRootCauses } from './root-causes.ts';
import { coordinatesEntity, hasRole } from '../access/grants.ts';
import { loadOpportunities, saveOpportunities } from './opportunities.ts';
import { computeGaps, diffVersions, loadJourneyGaps } from './gap-analysis.ts';
import { addPlanItems, loadPlanItems } from './transition-plan.ts';
import { improvementReport } from './improvement-report.ts';
import { traceJourney } from './trace.ts';
import { viewerOf } from '../improvement/register-access.ts';
import { canSeeEntity } from '../../workflows/improvement/register-visibility.ts';
import { loadSignals } from '../cx/cx-signals.ts';
import { searchComplaints } from './complaint-search.ts';

const journeyId = z.string().min(1).max(100);
const driver = roleProcedure('programme_manager', 'entity_coordinator');
const calendarDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const bilingual = bilingualText(300);

/** Phase moves that carry no data; the others go through the procedures that write their data. */
const plainEvents = [
  'BEGIN_MAPPING',
  'BEGIN_ROOT_CAUSES',
  'BEGIN_TO_BE_DESIGN',
  'REVISE_TO_BE',
  'BEGIN_TRANSITION_PLAN',
  'BEGIN_IMPLEMENTATION',
  'CLOSE',
] as const;

export const journeysRouter = router({
  list: authedProcedure.query(async ({ ctx }) => {
    const allowed = journeyEntityScope(ctx.user);
    let q = ctx.db
      .selectFrom('journeys')
      .innerJoin('workflow_instances as wi', 'wi.id', 'journeys.id')
      .select([
        'journeys.id',
        'journeys.key',
        'journeys.entity_id',
        'journeys.title_ar',
        'journeys.title_en',
        'journeys.service_codes',
        'wi.state',
        'wi.updated_at',
      ])
      .orderBy('journeys.created_at');
    if (allowed !== 'all') q = q.where('journeys.entity_id', 'in', allowed.length > 0 ? allowed : ['']);
    const rows = await q.execute();
    return rows.map((r) => ({
      id: r.id,
      key: r.key,
      entityId: r.entity_id,
      title: { ar: r.title_ar, en: r.title_en },
      serviceCodes: r.service_codes,
      phase: r.state,
      updatedAt: r.updated_at,
    }));
  }),

  get: authedProcedure.input(z.object({ id: journeyId })).query(async ({ ctx, input }) => {
    const journey = await requireJourney(ctx.db, input.id);
    assertCanReadJourney(ctx.user, journey.entityId);
    const [maps, measurements, rootCauses, opportunities, gaps, plan, signals] = await Promise.all([
      loadMaps(ctx.db, journey.id),
      loadMeasurements(ctx.db, journey.id),
      loadRootCauses(ctx.db, journey.id),
      loadOpportunities(ctx.db, journey.id),
      loadJourneyGaps(ctx.db, journey.id),
      loadPlanItems(ctx.db, journey.id),
      loadSignals(ctx.db, journey.serviceCodes),
    ]);
    const canDrive = hasRole(ctx.user, 'programme_manager') || coordinatesEntity(ctx.user, journey.entityId);
    const def = ctx.registry.latest('journey_reengineering');
    const wi = await ctx.db.selectFrom('workflow_instances').select('snapshot').where('id', '=', journey.id).executeTakeFirstOrThrow();
    const snapshot = restoreSnapshot(def.machine, wi.snapshot);
    const availableEvents = canDrive
      ? plainEvents.filter((type) =>
          snapshot.can({ type, $actor: actorOf(ctx.user, journey.entityId), $at: new Date().toISOString() } as never),
        )
      : [];
    return {
      journey,
      canDrive,
      availableEvents,
      maps: journeyMapVersions.flatMap((v) => {
        const m = maps[v];
        return m ? [{ version: v, map: m.map, savedAt: m.savedAt, frozenAt: m.frozenAt, metrics: measureSteps(journeySteps(m.map)) }] : [];
      }),
      measurements,
      rootCauses,
      causesByType: countCausesByType(rootCauses),
      opportunities: scoreOpportunities(opportunities),
      gaps,
      plan,
      pareto: paretoByCategory(signals.complaints),
      complaints: signals.complaints
        .slice(0, 500)
        .map((c) => ({ id: c.id, category: c.category, date: c.date, channel: c.channel, serviceCode: c.service_code, text: c.text })),
    };
  }),

  /** Picks a priority journey (programme decision). */
  start: roleProcedure('programme_manager')
    .input(
      z.object({
        key: z.string().regex(/^[a-z0-9][a-z0-9-]{1,60}$/),
        entityId: z.string().min(1).max(100),
        serviceCodes: z.array(z.string().min(1).max(40)).min(1).max(20),
        title: bilingual,
      }),
    )
    .mutation(({ ctx, input }) => startJourney(ctx.db, ctx.engine, input, actorOf(ctx.user, input.entityId))),

  send: driver.input(z.object({ id: journeyId, type: z.enum(plainEvents) })).mutation(async ({ ctx, input }) => {
    const journey = await requireJourney(ctx.db, input.id);
    assertCanDriveJourney(ctx.user, journey.entityId);
    const r = await ctx.engine.send({ instanceId: journey.id, event: { type: input.type }, actor: actorOf(ctx.user, journey.entityId) });
    return { state: r.state, version: r.version };
  }),

  saveMap: driver.input(z.object({ id: journeyId, map: z.record(z.string(), z.unknown()) })).mutation(async ({ ctx, input }) => {
    const journey = await requireJourney(ctx.db, input.id);
    assertCanDriveJourney(ctx.user, journey.entityId);
    return saveJourneyMap(ctx.db, ctx.engine, journey.id, input.map as never, actorOf(ctx.user, journey.entityId));
  }),

  measure: driver
    .input(
      z.object({
        id: journeyId,
        purpose: z.enum(['baseline', 'remeasurement']),
        period: z.object({ from: calendarDay, to: calendarDay }),
        method: z.enum(measurementMethods),
        sources: z.array(measurementSourceSchema).max(20).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const journey = await requireJourney(ctx.db, input.id);
      assertCanDriveJourney(ctx.user, journey.entityId);
      return measureAndFreeze(ctx.db, ctx.engine, journey.id, input, actorOf(ctx.user, journey.entityId));
    }),

  /** Complaints about the journey's services matching a search, for linking root causes to specific complaints. */
  complaints: authedProcedure
    .input(
      z.object({
        id: journeyId,
        query: z.string().max(200).default(''),
        category: z.string().max(100).optional(),
        ids: z.array(z.string().max(30)).max(200).default([]),
        limit: z.number().int().min(1).max(100).default(25),
      }),
    )
    .query(async ({ ctx, input }) => {
      const journey = await requireJourney(ctx.db, input.id);
      assertCanReadJourney(ctx.user, journey.entityId);
      return searchComplaints(ctx.db, journey.serviceCodes, {
        query: input.query,
        category: input.category ?? null,
        ids: input.ids,
        limit: input.limit,
      });
    }),

  saveRootCauses: driver
    .input(z.object({ id: journeyId, causes: z.array(z.record(z.string(), z.unknown())).max(200) }))
    .mutation(async ({ ctx, input }) => {
      const journey = await requireJourney(ctx.db, input.id);
      assertCanDriveJourney(ctx.user, journey.entityId);
      return saveRootCauses(ctx.db, ctx.engine, journey.id, input.causes as never, actorOf(ctx.user, journey.entityId));
    }),

  saveOpportunities: driver
    .input(z.object({ id: journeyId, opportunities: z.array(z.record(z.string(), z.unknown())).max(200) }))
    .mutation(async ({ ctx, input }) => {
      const journey = await requireJourney(ctx.db, input.id);
      assertCanDriveJourney(ctx.user, journey.entityId);
      return saveOpportunities(ctx.db, journey.id, input.opportunities as never);
    }),

  /** The gap analysis, computed from the two maps (never typed), raised in the shared gap register. */
  computeGaps: driver.input(z.object({ id: journeyId })).mutation(async ({ ctx, input }) => {
    const journey = await requireJourney(ctx.db, input.id);
    assertCanDriveJourney(ctx.user, journey.entityId);
    return computeGaps(ctx.db, ctx.engine, journey.id, actorOf(ctx.user, journey.entityId));
  }),

  diff: authedProcedure
    .input(z.object({ id: journeyId, from: z.enum(journeyMapVersions), to: z.enum(journeyMapVersions) }))
    .query(async ({ ctx, input }) => {
      const journey = await requireJourney(ctx.db, input.id);
      assertCanReadJourney(ctx.user, journey.entityId);
      return diffVersions(ctx.db, journey.id, input.from, input.to);
    }),

  addPlanItems: driver
    .input(
      z.object({
        id: journeyId,
        items: z
          .array(
            z.object({
              title: titleText(300),
              ownerId: z.string().min(1).max(100),
              milestone: titleText(300),
              dueDate: calendarDay,
              changeKeys: z.array(z.string().min(1).max(500)).max(50),
              opportunityIds: z.array(z.string().min(1).max(100)).max(50),
            }),
          )
          .min(1)
          .max(100),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const journey = await requireJourney(ctx.db, input.id);
      assertCanDriveJourney(ctx.user, journey.entityId);
      return addPlanItems(ctx.db, ctx.engine, journey.id, input.items, actorOf(ctx.user, journey.entityId));
    }),

  /** Targets for what the map cannot promise by itself (satisfaction, complaint rate...). */
  setPromised: driver
    .input(z.object({ id: journeyId, promised: z.partialRecord(z.enum(improvementMetrics), z.number().finite()) }))
    .mutation(async ({ ctx, input }) => {
      const journey = await requireJourney(ctx.db, input.id);
      assertCanDriveJourney(ctx.user, journey.entityId);
      if (['implementation', 're_measured', 'closed'].includes(journey.phase))
        throw new AppError('PRECONDITION_FAILED', 'errors.journeys.promise_frozen');
      await ctx.db
        .updateTable('journeys')
        .set({ promised: JSON.stringify(input.promised) })
        .where('id', '=', journey.id)
        .execute();
      return { ok: true };
    }),

  improvement: authedProcedure.input(z.object({ id: journeyId })).query(async ({ ctx, input }) => {
    const journey = await requireJourney(ctx.db, input.id);
    assertCanReadJourney(ctx.user, journey.entityId);
    return improvementReport(ctx.db, journey);
  }),

  /** The chain complaint -> root cause -> step -> change -> gap -> action -> result through any node, both ways. */
  trace: authedProcedure
    .input(z.object({ id: journeyId, node: z.object({ type: z.enum(traceNodeTypes), id: z.string().min(1).max(500) }) }))
    .query(async ({ ctx, input }) => {
      const journey = await requireJourney(ctx.db, input.id);
      assertCanReadJourney(ctx.user, journey.entityId);
      const viewer = viewerOf(ctx.user);
      return traceJourney(ctx.db, journey, input.node, (entityId) => canSeeEntity(viewer, entityId));
    }),
});
