/**
 * Who sends an event. Roles and entity are opaque strings to the engine: the domain
 * decides what "programme_manager" or an entity id mean.
 */
export interface Actor {
  /** User id; null for the engine itself (timers). */
  id: string | null;
  /** Shown in the audit trail. */
  label: string;
  roles: readonly string[];
  /** The entity the actor belongs to, when their role is entity-bound. */
  entityId: string | null;
  /** Set only by the engine's own scheduler. */
  system?: boolean;
}

export const systemActor: Actor = Object.freeze({
  id: null,
  label: 'system',
  roles: Object.freeze(['system']),
  entityId: null,
  system: true,
});

/** What a machine sees of the sender, injected into every event as `$actor`. */
export interface EventActor {
  id: string | null;
  roles: readonly string[];
  entityId: string | null;
}
