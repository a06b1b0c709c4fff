import { createActor, type AnyActorScope, type AnyMachineSnapshot, type AnyStateMachine, type EventObject } from 'xstate';

/**
 * XState's `transition(machine, snapshot, event)` builds a throwaway actor on every call, and
 * building one computes the machine's initial state from undefined input: most of the cost of a
 * send's compute. The engine only runs pure transitions of machines that spawn nothing, so one
 * inert scope per machine serves every call; each call collects its own actions.
 */
const scopes = new WeakMap<AnyStateMachine, Omit<AnyActorScope, 'actionExecutor'>>();

function inertScope(machine: AnyStateMachine): Omit<AnyActorScope, 'actionExecutor'> {
  let scope = scopes.get(machine);
  if (!scope) {
    const self = createActor(machine);
    scope = {
      self,
      id: '',
      sessionId: '',
      logger: () => {},
      defer: () => {},
      emit: () => {},
      stopChild: () => {},
      system: self.system,
    };
    scopes.set(machine, scope);
  }
  return scope;
}

/** The next snapshot and the actions XState asks to run (timers among them), executing none: as `transition` from xstate. */
export function pureTransition(
  machine: AnyStateMachine,
  snapshot: AnyMachineSnapshot,
  event: EventObject,
): [AnyMachineSnapshot, unknown[]] {
  const actions: unknown[] = [];
  const scope: AnyActorScope = { ...inertScope(machine), actionExecutor: (action) => void actions.push(action) };
  const next = machine.transition(snapshot, event, scope) as AnyMachineSnapshot;
  return [next, actions];
}
