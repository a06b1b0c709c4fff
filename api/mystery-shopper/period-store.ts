import { randomUUID } from 'node:crypto';
import type { Actor } from '../../engine/workflow/actor.ts';
import type { WorkflowEngine } from '../../engine/workflow/engine.ts';
import type { DB } from '../db/schema.ts';
import { recordAdminChange } from '../admin/admin-change.ts';
import { AppError } from '../trpc/app-error.ts';
import type { ShopperChannel } from '../../workflows/mystery-shopper/profile.ts';
import { planVisits, type VisitQuota } from '../../workflows/mystery-shopper/visit-plan.ts';
import { listShoppers } from './shopper-store.ts';

export interface NewPeriod {
  nameAr: string;
  nameEn: string;
  startsOn: string;
  endsOn: string;
  seed?: number | undefined;
  cycleId: string | null;
}

export interface QuotaInput {
  centreId: string;
  channel: ShopperChannel;
  scenarioId: string;
  visits: number;
  announced: boolean;
}

export async function createPeriod(db: DB, input: NewPeriod, actorId: string, at: Date): Promise<string> {
  if (input.endsOn < input.startsOn) throw new AppError('BAD_REQUEST', 'errors.mysteryShopper.periodDates', { field: 'endsOn' });
  if (input.cycleId !== null) {
    const cycle = await db.selectFrom('excellence_cycles').select('id').where('id', '=', input.cycleId).executeTakeFirst();
    if (!cycle) throw new AppError('BAD_REQUEST', 'errors.mysteryShopper.unknownCycle', { field: 'cycleId' });
  }
  const id = randomUUID();
  await db
    .insertInto('mystery_periods')
    .values({
      id,
      name_ar: input.nameAr,
      name_en: input.nameEn,
      starts_on: input.startsOn,
      ends_on: input.endsOn,
      seed: input.seed ?? Math.floor(Math.random() * 2 ** 31),
      cycle_id: input.cycleId,
      shortfalls: JSON.stringify([]),
      planned_at: null,
      published_at: null,
      created_by: actorId,
      created_at: at,
    })
    .execute();
  await recordAdminChange(db, { actorId, subjectKind: 'mystery_period', subjectId: id, action: 'created', after: input });
  return id;
}

async function lockPeriod(db: DB, id: string) {
  const period = await db.selectFrom('mystery_periods').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!period) throw new AppError('NOT_FOUND', 'errors.mysteryShopper.periodNotFound');
  return period;
}

/** Replaces the period's quotas; only before its visits are generated (then the plan is edited visit by visit). */
export async function setQuotas(db: DB, periodId: string, quotas: readonly QuotaInput[], actorId: string): Promise<void> {
  const period = await lockPeriod(db, periodId);
  if (period.planned_at !== null) throw new AppError('CONFLICT', 'errors.mysteryShopper.alreadyPlanned');
  const keys = new Set(quotas.map((q) => `${q.centreId}/${q.channel}`));
  if (keys.size !== quotas.length) throw new AppError('BAD_REQUEST', 'errors.mysteryShopper.quotaTwice');
  const centreIds = [...new Set(quotas.map((q) => q.centreId))];
  const centres = centreIds.length
    ? await db.selectFrom('service_centres').select('id').where('id', 'in', centreIds).where('active', '=', true).execute()
    : [];
  if (centres.length !== centreIds.length) throw new AppError('BAD_REQUEST', 'errors.mysteryShopper.unknownCentre');
  const scenarioIds = [...new Set(quotas.map((q) => q.scenarioId))];
  const scenarios = scenarioIds.length
    ? await db.selectFrom('mystery_scenarios').select(['id', 'channel']).where('id', 'in', scenarioIds).execute()
    : [];
  const channelOf = new Map(scenarios.map((s) => [s.id, s.channel]));
  for (const q of quotas) {
    if (!channelOf.has(q.scenarioId)) throw new AppError('BAD_REQUEST', 'errors.mysteryShopper.unknownScenario');
    if (channelOf.get(q.scenarioId) !== q.channel) throw new AppError('BAD_REQUEST', 'errors.mysteryShopper.scenarioChannel');
  }
  await db.deleteFrom('mystery_quotas').where('period_id', '=', periodId).execute();
  if (quotas.length > 0)
    await db
      .insertInto('mystery_quotas')
      .values(
        quotas.map((q) => ({
          period_id: periodId,
          centre_id: q.centreId,
          channel: q.channel,
          scenario_id: q.scenarioId,
          visits: q.visits,
          announced: q.announced,
        })),
      )
      .execute();
  await recordAdminChange(db, { actorId, subjectKind: 'mystery_period', subjectId: periodId, action: 'quotas_set', after: quotas });
}

/**
 * Generates the period's visits with the pure planner and starts one visit workflow each, all in
 * the caller's transaction; what could not be planned is kept on the period as its shortfalls.
 */
export async function generatePlan(db: DB, engine: WorkflowEngine, periodId: string, actor: Actor & { id: string }, at: Date) {
  const period = await lockPeriod(db, periodId);
  if (period.planned_at !== null) throw new AppError('CONFLICT', 'errors.mysteryShopper.alreadyPlanned');
  const quotaRows = await db
    .selectFrom('mystery_quotas')
    .innerJoin('service_centres', 'service_centres.id', 'mystery_quotas.centre_id')
    .innerJoin('mystery_scenarios', 'mystery_scenarios.id', 'mystery_quotas.scenario_id')
    .select([
      'mystery_quotas.centre_id',
      'mystery_quotas.channel',
      'mystery_quotas.scenario_id',
      'mystery_quotas.visits',
      'mystery_quotas.announced',
      'service_centres.entity_id',
      'mystery_scenarios.checklist',
    ])
    .where('mystery_quotas.period_id', '=', periodId)
    .execute();
  if (quotaRows.length === 0) throw new AppError('BAD_REQUEST', 'errors.mysteryShopper.noQuotas');
  const quotas: VisitQuota[] = quotaRows.map((q) => ({
    centreId: q.centre_id,
    entityId: q.entity_id,
    channel: q.channel,
    scenarioId: q.scenario_id,
    visits: q.visits,
  }));
  const plan = planVisits({
    startsOn: period.starts_on,
    endsOn: period.ends_on,
    quotas,
    shoppers: await listShoppers(db, { activeOnly: true }),
    seed: period.seed,
  });
  const byKey = new Map(quotaRows.map((q) => [`${q.centre_id}/${q.channel}`, q]));
  for (const v of plan.visits) {
    const quota = byKey.get(`${v.centreId}/${v.channel}`)!;
    await engine.start(
      {
        kind: 'mystery_shopper_visit',
        entityId: v.entityId,
        input: {
          periodId,
          shopperId: v.shopperId,
          centreId: v.centreId,
          entityId: v.entityId,
          channel: v.channel,
          scenarioId: v.scenarioId,
          plannedOn: v.date,
          announced: quota.announced,
          itemCodes: quota.checklist.map((i) => i.code),
        },
        actor,
      },
      db,
    );
  }
  await db
    .updateTable('mystery_periods')
    .set({ planned_at: at, shortfalls: JSON.stringify(plan.shortfalls) })
    .where('id', '=', periodId)
    .execute();
  await recordAdminChange(db, {
    actorId: actor.id,
    subjectKind: 'mystery_period',
    subjectId: periodId,
    action: 'plan_generated',
    after: { visits: plan.visits.length, shortfalls: plan.shortfalls },
  });
  return { visits: plan.visits.length, shortfalls: plan.shortfalls };
}

/** Publishes the period's results to the annual public report: a one-way step. */
export async function publishPeriod(db: DB, periodId: string, actorId: string, at: Date): Promise<void> {
  const period = await lockPeriod(db, periodId);
  if (period.planned_at === null) throw new AppError('CONFLICT', 'errors.mysteryShopper.notPlanned');
  if (period.published_at !== null) return;
  await db.updateTable('mystery_periods').set({ published_at: at }).where('id', '=', periodId).execute();
  await recordAdminChange(db, { actorId, subjectKind: 'mystery_period', subjectId: periodId, action: 'published' });
}

export async function listPeriods(db: DB) {
  const rows = await db.selectFrom('mystery_periods').selectAll().orderBy('starts_on', 'desc').execute();
  return rows.map((p) => ({
    id: p.id,
    nameAr: p.name_ar,
    nameEn: p.name_en,
    startsOn: p.starts_on,
    endsOn: p.ends_on,
    cycleId: p.cycle_id,
    planned: p.planned_at !== null,
    published: p.published_at !== null,
    shortfalls: p.shortfalls,
  }));
}

/** A period with its quotas and every planned visit: the programme's plan view. */
export async function getPeriod(db: DB, periodId: string) {
  const period = (await listPeriods(db)).find((p) => p.id === periodId);
  if (!period) throw new AppError('NOT_FOUND', 'errors.mysteryShopper.periodNotFound');
  const quotas = await db
    .selectFrom('mystery_quotas')
    .selectAll()
    .where('period_id', '=', periodId)
    .orderBy('centre_id')
    .orderBy('channel')
    .execute();
  const visits = await db
    .selectFrom('mystery_visits')
    .innerJoin('users', 'users.id', 'mystery_visits.shopper_id')
    .innerJoin('service_centres', 'service_centres.id', 'mystery_visits.centre_id')
    .select([
      'mystery_visits.id',
      'mystery_visits.centre_id',
      'mystery_visits.entity_id',
      'mystery_visits.channel',
      'mystery_visits.scenario_id',
      'mystery_visits.shopper_id',
      'mystery_visits.planned_on',
      'mystery_visits.announced',
      'mystery_visits.state',
      'mystery_visits.score',
      'users.display_name_ar',
      'users.display_name_en',
      'service_centres.name_ar as centre_ar',
      'service_centres.name_en as centre_en',
    ])
    .where('mystery_visits.period_id', '=', periodId)
    .orderBy('mystery_visits.centre_id')
    .orderBy('mystery_visits.planned_on')
    .orderBy('mystery_visits.id')
    .execute();
  return {
    ...period,
    quotas: quotas.map((q) => ({
      centreId: q.centre_id,
      channel: q.channel,
      scenarioId: q.scenario_id,
      visits: q.visits,
      announced: q.announced,
    })),
    visits: visits.map((v) => ({
      id: v.id,
      centreId: v.centre_id,
      entityId: v.entity_id,
      centre: { ar: v.centre_ar, en: v.centre_en },
      channel: v.channel,
      scenarioId: v.scenario_id,
      shopperId: v.shopper_id,
      shopper: { ar: v.display_name_ar, en: v.display_name_en },
      plannedOn: v.planned_on,
      announced: v.announced,
      state: v.state,
      score: v.score,
    })),
  };
}
