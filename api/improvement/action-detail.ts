import { getNextTransitions } from 'xstate';
import type { Actor } from '../../engine/workflow/actor.ts';
import { isPermitted } from '../../engine/workflow/permission.ts';
import type { WorkflowRegistry } from '../../engine/workflow/registry.ts';
import { restoreSnapshot } from '../../engine/workflow/snapshot.ts';
import type { DB } from '../db/schema.ts';
import { loadActionProgress } from './action-progress-store.ts';
import { dependencyState } from '../../workflows/improvement/action-dependencies.ts';
import { canSeeEntity, type Viewer } from '../../workflows/improvement/register-visibility.ts';

const iso = (d: Date | string | null): string | null => (d === null ? null : new Date(d).toISOString());

/**
 * Everything the action page shows, plus the events this user could send now. Prerequisites
 * and dependents of entities `viewer` cannot see are only counted: neither their ids nor
 * their codes, titles, entities or statuses leave the server.
 */
export async function loadActionDetail(db: DB, registry: WorkflowRegistry, id: string, actor: Actor, viewer: Viewer) {
  const row = await db.selectFrom('actions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const instance = await db.selectFrom('workflow_instances').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const def = registry.get(instance.kind, instance.machine_version);
  const snapshot = restoreSnapshot(def.machine, instance.snapshot);
  const ref = { id, kind: instance.kind, entityId: instance.entity_id, state: instance.state, version: instance.version };
  const handled = new Set(getNextTransitions(snapshot).map((t) => t.eventType));
  const availableEvents = Object.entries(def.events)
    .filter(([type, spec]) => handled.has(type) && isPermitted(spec.permission, actor, ref, snapshot, {}))
    .map(([type]) => type);

  const [milestones, evidence, comments, deps, dependents, gaps, history] = await Promise.all([
    db.selectFrom('action_milestones').selectAll().where('action_id', '=', id).orderBy('due_at').execute(),
    db.selectFrom('action_evidence').selectAll().where('action_id', '=', id).orderBy('added_at').execute(),
    db.selectFrom('action_comments').selectAll().where('action_id', '=', id).orderBy('created_at').execute(),
    db
      .selectFrom('action_dependencies')
      .innerJoin('actions', 'actions.id', 'action_dependencies.depends_on_action_id')
      .select(['actions.id', 'actions.code', 'actions.title', 'actions.entity_id', 'actions.status', 'action_dependencies.kind'])
      .where('action_dependencies.action_id', '=', id)
      .execute(),
    db
      .selectFrom('action_dependencies')
      .innerJoin('actions', 'actions.id', 'action_dependencies.action_id')
      .select(['actions.id', 'actions.code', 'actions.title', 'actions.entity_id', 'actions.status'])
      .where('action_dependencies.depends_on_action_id', '=', id)
      .execute(),
    db
      .selectFrom('action_gaps')
      .innerJoin('gaps', 'gaps.id', 'action_gaps.gap_id')
      .select(['gaps.id', 'gaps.code', 'gaps.title', 'gaps.status', 'gaps.severity'])
      .where('action_gaps.action_id', '=', id)
      .execute(),
    db
      .selectFrom('workflow_events')
      .select(['seq', 'event_type', 'payload', 'actor_label', 'state_after', 'created_at'])
      .where('instance_id', '=', id)
      .orderBy('seq')
      .execute(),
  ]);
  const blocking = dependencyState(
    id,
    deps.map((d) => ({ actionId: id, dependsOnId: d.id })),
    new Map(deps.map((d) => [d.id, d.status])),
  );
  const visible = (d: { entity_id: string }) => canSeeEntity(viewer, d.entity_id);
  const shownDeps = deps.filter(visible);
  const shownDependents = dependents.filter(visible);
  const shownIds = new Set(shownDeps.map((d) => d.id));
  const shownBlockers = blocking.blocking.filter((b) => shownIds.has(b));
  return {
    id: row.id,
    code: row.code,
    planId: row.plan_id,
    parentActionId: row.parent_action_id,
    entityId: row.entity_id,
    ownerId: row.owner_id,
    title: row.title,
    dueAt: iso(row.due_at)!,
    status: row.status,
    // The same figure as the home page and the plan tree: sub-actions rolled up.
    progress: (await loadActionProgress(db, [id])).get(id) ?? row.progress,
    weight: row.weight,
    escalationLevel: row.escalation_level,
    version: instance.version,
    availableEvents,
    blockedBy: shownBlockers,
    hiddenBlockers: blocking.blocking.length - shownBlockers.length,
    milestones: milestones.map((m) => ({ id: m.id, title: m.title, dueAt: iso(m.due_at)!, doneAt: iso(m.done_at) })),
    evidence: evidence.map((e) => ({ id: e.id, title: e.title, url: e.url, addedBy: e.added_by, addedAt: iso(e.added_at)! })),
    comments: comments.map((c) => ({ id: c.id, authorId: c.author_id, body: c.body, createdAt: iso(c.created_at)! })),
    dependsOn: shownDeps.map((d) => ({ id: d.id, code: d.code, title: d.title, entityId: d.entity_id, status: d.status, kind: d.kind })),
    hiddenDependsOn: deps.length - shownDeps.length,
    dependents: shownDependents.map((d) => ({ id: d.id, code: d.code, title: d.title, entityId: d.entity_id, status: d.status })),
    hiddenDependents: dependents.length - shownDependents.length,
    gaps,
    history: history.map((h) => ({
      seq: h.seq,
      type: h.event_type,
      payload: h.payload,
      actor: h.actor_label,
      state: h.state_after,
      at: iso(h.created_at)!,
    })),
  };
}

export type ActionDetail = NonNullable<Awaited<ReturnType<typeof loadActionDetail>>>;
