import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { systemActor, type Actor } from '../../engine/workflow/actor.ts';
import type { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { findDependencyCycle } from '../../workflows/improvement/action-dependencies.ts';
import { actionStatusOf } from '../../workflows/improvement/action-machine.ts';

export interface NewAction {
  planId: string;
  entityId: string;
  ownerId: string;
  title: string;
  /** ISO timestamp with offset. */
  dueAt: string;
  gapIds?: string[];
  /** Actions (of any entity) this one cannot finish before. */
  dependsOn?: string[];
  weight?: number;
  parentActionId?: string | null;
  /** How long after the due date the programme manager hears of it; the machine's default otherwise. */
  levelTwoAfterMs?: number;
  /** Points the action should add per criterion once verified (used only in the projected score). */
  uplifts?: { criterionCode: string; points: number }[];
}

export interface CreateActionDeps {
  engine: WorkflowEngine;
  /** The database or the caller's transaction: the action commits with the caller's other writes. */
  db: DB;
}

/**
 * Entities write their own plans, so the machine lets only the owning coordinator start
 * an action. Other domains hand actions over on someone's behalf (an assessment's
 * publication, a workshop's close): those start as the engine's system actor, labelled
 * with who asked, so the audit trail still says where the action came from.
 */
function starterFor(actor: Actor, entityId: string): Actor {
  if (!actor.system && actor.roles.includes('entity_coordinator') && actor.entityId === entityId) return actor;
  return { ...systemActor, label: `system (for ${actor.label})` };
}

/**
 * Creates one action: its workflow instance (the engine, in draft) and its read-model row,
 * gap links and dependencies, in one transaction. Refuses with a translated error and
 * writes nothing when the plan, parent, gaps or prerequisites do not fit.
 */
export async function createAction(deps: CreateActionDeps, input: NewAction, actor: Actor): Promise<{ id: string; code: string }> {
  return inTransaction(deps.db, async (trx) => {
    const plan = await trx.selectFrom('action_plans').select(['id', 'entity_id']).where('id', '=', input.planId).executeTakeFirst();
    if (!plan) throw new AppError('NOT_FOUND', 'errors.improvement.planNotFound');
    if (plan.entity_id !== input.entityId) throw new AppError('BAD_REQUEST', 'errors.improvement.planEntityMismatch');
    if (input.parentActionId) {
      const parent = await trx.selectFrom('actions').select('plan_id').where('id', '=', input.parentActionId).executeTakeFirst();
      if (!parent || parent.plan_id !== input.planId) throw new AppError('BAD_REQUEST', 'errors.improvement.parentActionInvalid');
    }
    const gapIds = [...new Set(input.gapIds ?? [])];
    if (gapIds.length > 0) {
      const gaps = await trx.selectFrom('gaps').select(['id', 'entity_id', 'status']).where('id', 'in', gapIds).execute();
      if (gaps.length !== gapIds.length || gaps.some((g) => g.entity_id !== input.entityId || g.status === 'merged')) {
        throw new AppError('BAD_REQUEST', 'errors.improvement.gapInvalid');
      }
    }
    const id = randomUUID();
    const dependsOn = [...new Set(input.dependsOn ?? [])];
    if (dependsOn.length > 0) {
      const found = await trx.selectFrom('actions').select('id').where('id', 'in', dependsOn).execute();
      if (found.length !== dependsOn.length) throw new AppError('BAD_REQUEST', 'errors.improvement.dependencyUnknown');
      const existing = await trx.selectFrom('action_dependencies').select(['action_id', 'depends_on_action_id']).execute();
      const all = [
        ...existing.map((d) => ({ actionId: d.action_id, dependsOnId: d.depends_on_action_id })),
        ...dependsOn.map((d) => ({ actionId: id, dependsOnId: d })),
      ];
      if (findDependencyCycle(all)) throw new AppError('BAD_REQUEST', 'errors.improvement.dependencyCycle');
    }
    const result = await deps.engine.start(
      {
        id,
        kind: 'improvement_action',
        entityId: input.entityId,
        input: {
          actionId: id,
          entityId: input.entityId,
          ownerId: input.ownerId,
          title: input.title,
          dueAt: input.dueAt,
          ...(input.levelTwoAfterMs ? { levelTwoAfterMs: input.levelTwoAfterMs } : {}),
        },
        actor: starterFor(actor, input.entityId),
      },
      trx,
    );
    const { rows } = await sql<{ n: number }>`select nextval('action_code_seq')::int as n`.execute(trx);
    const code = `ACT-${String(rows[0]!.n).padStart(4, '0')}`;
    const at = new Date();
    await trx
      .insertInto('actions')
      .values({
        id,
        code,
        plan_id: input.planId,
        parent_action_id: input.parentActionId ?? null,
        entity_id: input.entityId,
        owner_id: input.ownerId,
        title: input.title,
        due_at: new Date(input.dueAt),
        status: actionStatusOf(result.snapshot),
        progress: 0,
        weight: input.weight ?? 1,
        escalation_level: 0,
        updated_at: at,
      })
      .execute();
    if (gapIds.length > 0)
      await trx
        .insertInto('action_gaps')
        .values(gapIds.map((gap_id) => ({ action_id: id, gap_id })))
        .execute();
    if (dependsOn.length > 0) {
      await trx
        .insertInto('action_dependencies')
        .values(dependsOn.map((d) => ({ action_id: id, depends_on_action_id: d, kind: 'other' })))
        .execute();
    }
    const uplifts = (input.uplifts ?? []).filter((u) => u.points > 0);
    if (uplifts.some((u) => !Number.isFinite(u.points))) throw new AppError('BAD_REQUEST', 'errors.improvement.upliftInvalid');
    if (uplifts.length > 0) {
      await trx
        .insertInto('action_uplifts')
        .values(uplifts.map((u) => ({ action_id: id, criterion_code: u.criterionCode, points: u.points })))
        .execute();
    }
    return { id, code };
  });
}
