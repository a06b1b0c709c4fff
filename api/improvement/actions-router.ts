import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { requiredText, titleText } from '../trpc/inputs.ts';
import { sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { authedProcedure, router } from '../trpc/init.ts';
import { actorOf, type SessionUser } from '../trpc/context.ts';
import { AppError } from '../trpc/app-error.ts';
import { actionStatuses } from '../../workflows/improvement/action-status.ts';
import { commentSchema } from '../../workflows/improvement/action-workflow.ts';
import { allowedPrerequisites, dependencyKinds, findDependencyCycle } from '../../workflows/improvement/action-dependencies.ts';
import { assertCanEdit, assertCanSee, canEditEntity, entityScope, viewerOf } from './register-access.ts';
import { assertVisiblePrerequisites, canSeeAction } from './dependency-access.ts';
import { createActionPlan } from './action-plans.ts';
import { createAction } from './create-action.ts';
import { loadPlanTree } from './plan-tree.ts';
import { loadActionDetail } from './action-detail.ts';
import { assertNotBlocked } from './dependency-guard.ts';
import { applyProgressCsv } from './progress-upload.ts';
import { loadActionProgress } from './action-progress-store.ts';
import { overdueActions } from './overdue-actions.ts';
import { coordinatedEntities } from '../access/grants.ts';

const id = z.string().min(1).max(100);
const isoDateTime = z.iso.datetime({ offset: true });

async function visibleAction(ctx: { user: SessionUser; db: DB }, actionId: string) {
  const row = await ctx.db
    .selectFrom('actions')
    .select(['id', 'entity_id', 'plan_id', 'status'])
    .where('id', '=', actionId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.improvement.notFound');
  assertCanSee(ctx.user, row.entity_id);
  return row;
}

async function visiblePlan(ctx: { user: SessionUser; db: DB }, planId: string) {
  const row = await ctx.db.selectFrom('action_plans').select(['id', 'entity_id']).where('id', '=', planId).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.improvement.notFound');
  assertCanSee(ctx.user, row.entity_id);
  return row;
}

/** Action plans and their actions; every state change goes through the engine. */
export const actionsRouter = router({
  plans: authedProcedure.input(z.object({ entityId: id.optional() }).default({})).query(async ({ ctx, input }) => {
    const scope = entityScope(ctx.user);
    let q = ctx.db
      .selectFrom('action_plans')
      .leftJoin('actions', 'actions.plan_id', 'action_plans.id')
      .select([
        'action_plans.id',
        'action_plans.entity_id',
        'action_plans.title',
        'action_plans.origin',
        'action_plans.parent_plan_id',
        sql<string>`count(actions.id)`.as('actions'),
      ])
      .select((eb) => eb.fn.count<string>('actions.id').filterWhere(overdueActions(new Date())).as('overdue'))
      .groupBy(['action_plans.id', 'action_plans.entity_id', 'action_plans.title', 'action_plans.origin', 'action_plans.parent_plan_id'])
      .orderBy('action_plans.created_at', 'desc');
    if (scope !== 'all') q = scope.length === 0 ? q.where(sql<boolean>`false`) : q.where('action_plans.entity_id', 'in', scope);
    if (input.entityId) q = q.where('action_plans.entity_id', '=', input.entityId);
    const rows = await q.limit(500).execute();
    return rows.map((r) => ({
      id: r.id,
      entityId: r.entity_id,
      title: r.title,
      origin: r.origin,
      parentPlanId: r.parent_plan_id,
      actions: Number(r.actions),
      overdue: Number(r.overdue),
    }));
  }),

  plan: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    await visiblePlan(ctx, input.id);
    return loadPlanTree(ctx.db, input.id);
  }),

  createPlan: authedProcedure
    .input(z.object({ entityId: id, title: titleText(300), parentPlanId: id.nullable().optional() }))
    .mutation(async ({ ctx, input }) => {
      assertCanEdit(ctx.user, input.entityId);
      return createActionPlan(ctx.db, { ...input, origin: 'manual', createdBy: ctx.user.id });
    }),

  list: authedProcedure
    .input(
      z
        .object({
          entityId: id.optional(),
          statuses: z.array(z.enum(actionStatuses)).optional(),
          overdueOnly: z.boolean().default(false),
          limit: z.number().int().min(1).max(500).default(100),
          offset: z.number().int().min(0).default(0),
        })
        .default({ overdueOnly: false, limit: 100, offset: 0 }),
    )
    .query(async ({ ctx, input }) => {
      const scope = entityScope(ctx.user);
      let q = ctx.db.selectFrom('actions');
      if (scope !== 'all') q = scope.length === 0 ? q.where(sql<boolean>`false`) : q.where('entity_id', 'in', scope);
      if (input.entityId) q = q.where('entity_id', '=', input.entityId);
      if (input.statuses) q = input.statuses.length === 0 ? q.where(sql<boolean>`false`) : q.where('status', 'in', input.statuses);
      if (input.overdueOnly) q = q.where(overdueActions(new Date()));
      const rows = await q
        .select(['id', 'code', 'plan_id', 'entity_id', 'title', 'status', 'progress', 'due_at', 'escalation_level', 'owner_id'])
        .orderBy('due_at')
        .limit(input.limit)
        .offset(input.offset)
        .execute();
      const progress = await loadActionProgress(
        ctx.db,
        rows.map((r) => r.id),
      );
      // A cancelled action counts nowhere; the list still shows the figure it stopped at.
      return rows.map((r) => ({ ...r, progress: progress.get(r.id) ?? r.progress, due_at: new Date(r.due_at).toISOString() }));
    }),

  get: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const row = await visibleAction(ctx, input.id);
    const detail = await loadActionDetail(ctx.db, ctx.registry, input.id, actorOf(ctx.user, row.entity_id), viewerOf(ctx.user));
    if (!detail) throw new AppError('NOT_FOUND', 'errors.improvement.notFound');
    return { ...detail, canEdit: canEditEntity(ctx.user, detail.entityId) };
  }),

  create: authedProcedure
    .input(
      z.object({
        planId: id,
        title: titleText(300),
        ownerId: id,
        dueAt: isoDateTime,
        gapIds: z.array(id).max(50).default([]),
        dependsOn: z.array(id).max(50).default([]),
        weight: z.number().positive().max(1000).default(1),
        parentActionId: id.nullable().optional(),
        uplifts: z
          .array(z.object({ criterionCode: z.string().min(1).max(40), points: z.number().min(0).max(1000) }))
          .max(20)
          .default([]),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const plan = await visiblePlan(ctx, input.planId);
      assertCanEdit(ctx.user, plan.entity_id);
      await assertVisiblePrerequisites(ctx.db, viewerOf(ctx.user), input.dependsOn);
      return createAction({ engine: ctx.engine, db: ctx.db }, { ...input, entityId: plan.entity_id }, actorOf(ctx.user, plan.entity_id));
    }),

  /** A button on the action page: the engine authorises, validates and audits it. */
  send: authedProcedure
    .input(
      z.object({
        id,
        type: z.string().min(1).max(50),
        payload: z.record(z.string(), z.unknown()).default({}),
        expectedVersion: z.number().int().min(1).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const row = await visibleAction(ctx, input.id);
      if (input.type.startsWith('xstate.')) throw new AppError('FORBIDDEN', 'errors.forbidden');
      if (input.type === 'COMPLETE') await assertNotBlocked(ctx.db, input.id, viewerOf(ctx.user));
      const result = await ctx.engine.send({
        instanceId: input.id,
        event: { ...input.payload, type: input.type },
        actor: actorOf(ctx.user, row.entity_id),
        expectedVersion: input.expectedVersion,
      });
      return { id: result.instanceId, version: result.version, state: result.state };
    }),

  addMilestone: authedProcedure
    .input(z.object({ actionId: id, title: titleText(300), dueAt: isoDateTime }))
    .mutation(async ({ ctx, input }) => {
      const action = await visibleAction(ctx, input.actionId);
      assertCanEdit(ctx.user, action.entity_id);
      const milestoneId = randomUUID();
      await ctx.db
        .insertInto('action_milestones')
        .values({ id: milestoneId, action_id: input.actionId, title: input.title, due_at: new Date(input.dueAt), done_at: null })
        .execute();
      return { id: milestoneId };
    }),

  completeMilestone: authedProcedure.input(z.object({ milestoneId: id })).mutation(async ({ ctx, input }) => {
    const m = await ctx.db.selectFrom('action_milestones').select(['action_id']).where('id', '=', input.milestoneId).executeTakeFirst();
    if (!m) throw new AppError('NOT_FOUND', 'errors.improvement.notFound');
    const action = await visibleAction(ctx, m.action_id);
    assertCanEdit(ctx.user, action.entity_id);
    await ctx.db.updateTable('action_milestones').set({ done_at: new Date() }).where('id', '=', input.milestoneId).execute();
    return { ok: true };
  }),

  addEvidence: authedProcedure
    .input(z.object({ actionId: id, title: titleText(300), url: z.url({ protocol: /^https?$/ }).max(2000) }))
    .mutation(async ({ ctx, input }) => {
      const action = await visibleAction(ctx, input.actionId);
      assertCanEdit(ctx.user, action.entity_id);
      const evidenceId = randomUUID();
      await ctx.db
        .insertInto('action_evidence')
        .values({
          id: evidenceId,
          action_id: input.actionId,
          title: input.title,
          url: input.url,
          added_by: ctx.user.id,
          added_at: new Date(),
        })
        .execute();
      return { id: evidenceId };
    }),

  addComment: authedProcedure
    .input(z.object({ actionId: id, body: commentSchema.pipe(requiredText(2000)) }))
    .mutation(async ({ ctx, input }) => {
      const action = await visibleAction(ctx, input.actionId);
      assertCanEdit(ctx.user, action.entity_id);
      const commentId = randomUUID();
      await ctx.db
        .insertInto('action_comments')
        .values({ id: commentId, action_id: input.actionId, author_id: ctx.user.id, body: input.body, created_at: new Date() })
        .execute();
      return { id: commentId };
    }),

  addDependency: authedProcedure
    .input(z.object({ actionId: id, dependsOnId: id, kind: z.enum(dependencyKinds).default('other') }))
    .mutation(async ({ ctx, input }) => {
      const action = await visibleAction(ctx, input.actionId);
      assertCanEdit(ctx.user, action.entity_id);
      if (input.actionId === input.dependsOnId) throw new AppError('BAD_REQUEST', 'errors.improvement.dependencyCycle');
      await assertVisiblePrerequisites(ctx.db, viewerOf(ctx.user), [input.dependsOnId]);
      await ctx.db.transaction().execute(async (trx) => {
        const existing = await trx.selectFrom('action_dependencies').select(['action_id', 'depends_on_action_id']).execute();
        const all = [
          ...existing.map((d) => ({ actionId: d.action_id, dependsOnId: d.depends_on_action_id })),
          { actionId: input.actionId, dependsOnId: input.dependsOnId },
        ];
        if (findDependencyCycle(all)) throw new AppError('BAD_REQUEST', 'errors.improvement.dependencyCycle');
        await trx
          .insertInto('action_dependencies')
          .values({ action_id: input.actionId, depends_on_action_id: input.dependsOnId, kind: input.kind })
          .onConflict((oc) => oc.columns(['action_id', 'depends_on_action_id']).doUpdateSet({ kind: input.kind }))
          .execute();
      });
      return { ok: true };
    }),

  removeDependency: authedProcedure.input(z.object({ actionId: id, dependsOnId: id })).mutation(async ({ ctx, input }) => {
    const action = await visibleAction(ctx, input.actionId);
    assertCanEdit(ctx.user, action.entity_id);
    // A link to an action the user cannot see is answered as one that does not exist: the programme keeps it.
    if (!(await canSeeAction(ctx.db, viewerOf(ctx.user), input.dependsOnId)))
      throw new AppError('NOT_FOUND', 'errors.improvement.notFound');
    const result = await ctx.db
      .deleteFrom('action_dependencies')
      .where('action_id', '=', input.actionId)
      .where('depends_on_action_id', '=', input.dependsOnId)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) === 0) throw new AppError('NOT_FOUND', 'errors.improvement.notFound');
    return { ok: true };
  }),

  /** Actions the user can see that this one may wait for: unfinished, and not closing a loop. */
  prerequisiteChoices: authedProcedure.input(z.object({ actionId: id })).query(async ({ ctx, input }) => {
    const action = await visibleAction(ctx, input.actionId);
    assertCanEdit(ctx.user, action.entity_id);
    const scope = entityScope(ctx.user);
    let q = ctx.db
      .selectFrom('actions')
      .select(['id', 'code', 'title', 'entity_id', 'status'])
      .where('status', 'not in', ['cancelled', 'verified']);
    if (scope !== 'all') q = scope.length === 0 ? q.where(sql<boolean>`false`) : q.where('entity_id', 'in', scope);
    const candidates = await q.orderBy('code').limit(500).execute();
    const existing = await ctx.db.selectFrom('action_dependencies').select(['action_id', 'depends_on_action_id']).execute();
    const allowed = new Set(
      allowedPrerequisites(
        input.actionId,
        existing.map((d) => ({ actionId: d.action_id, dependsOnId: d.depends_on_action_id })),
        candidates.map((c) => c.id),
      ),
    );
    return candidates
      .filter((c) => allowed.has(c.id))
      .map((c) => ({ id: c.id, code: c.code, title: c.title, entityId: c.entity_id, status: c.status }));
  }),

  /** Bulk progress from a spreadsheet: all rows or none. */
  uploadProgress: authedProcedure.input(z.object({ csv: z.string().min(1).max(2_000_000) })).mutation(async ({ ctx, input }) => {
    if (coordinatedEntities(ctx.user).length === 0) throw new AppError('FORBIDDEN', 'errors.improvement.csvEntityOnly');
    return applyProgressCsv(ctx.db, ctx.engine, input.csv, actorOf(ctx.user));
  }),
});
