import { createActor, type AnyMachineSnapshot, type AnyStateMachine } from 'xstate';

/**
 * Brings a persisted snapshot back to a live one without starting an actor, so
 * nothing runs as a side effect: the engine only ever uses pure transitions.
 */
export function restoreSnapshot(machine: AnyStateMachine, persisted: unknown): AnyMachineSnapshot {
  return createActor(machine, { snapshot: persisted as never }).getSnapshot() as AnyMachineSnapshot;
}

export function persistSnapshot(machine: AnyStateMachine, snapshot: AnyMachineSnapshot): Record<string, unknown> {
  return machine.getPersistedSnapshot(snapshot) as unknown as Record<string, unknown>;
}
