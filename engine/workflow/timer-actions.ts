import type { ExecutableActionsFrom, AnyStateMachine } from 'xstate';

export interface TimerSchedule {
  key: string;
  event: { type: string; [k: string]: unknown };
  delayMs: number;
}

export interface TimerChanges {
  schedule: TimerSchedule[];
  cancel: string[];
}

/**
 * XState's pure `transition` hands back delayed `raise` and `cancel` actions instead of
 * running them; the engine mirrors them as timer rows so they survive a restart.
 */
export function timerChangesFrom(actions: ExecutableActionsFrom<AnyStateMachine>[] | readonly unknown[]): TimerChanges {
  const changes: TimerChanges = { schedule: [], cancel: [] };
  for (const action of actions as { type: string; params?: Record<string, unknown> }[]) {
    const params = action.params ?? {};
    if (action.type === 'xstate.raise' && typeof params.delay === 'number') {
      const event = params.event as TimerSchedule['event'];
      const key = typeof params.id === 'string' ? params.id : event.type;
      changes.schedule.push({ key, event, delayMs: params.delay });
    } else if (action.type === 'xstate.cancel' && typeof params.sendId === 'string') {
      // A state entered and left in the same step (an eventless `always` exit) raises then cancels: nothing to persist.
      const sendId = params.sendId;
      changes.schedule = changes.schedule.filter((t) => t.key !== sendId);
      changes.cancel.push(sendId);
    }
  }
  return changes;
}
