import type { AnyStateMachine, SnapshotFrom } from 'xstate';
import type { Actor } from './actor.ts';
import type { EventPermission, InstanceRef } from './definition.ts';

/** True when the actor holds one of the roles and, for entity-scoped events, owns the instance. */
export function isPermitted(
  permission: EventPermission,
  actor: Actor,
  instance: InstanceRef,
  snapshot: SnapshotFrom<AnyStateMachine> | null,
  payload: Record<string, unknown>,
): boolean {
  if (!actor.roles.some((r) => permission.roles.includes(r))) return false;
  if (permission.scope === 'entity' && (actor.entityId === null || actor.entityId !== instance.entityId)) return false;
  if (!permission.allow) return true;
  // A domain rule needs the state it rules on; without one, refuse rather than guess.
  return snapshot ? permission.allow({ actor, instance, snapshot, payload }) : false;
}
