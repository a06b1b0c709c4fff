import { describe, it, expect } from 'vitest';
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { EventActor } from '../../engine/workflow/actor.ts';
import { actionMachine, actionStatusOf, type ActionEvent } from './action-machine.ts';

type Snap = SnapshotFrom<typeof actionMachine>;
type Payload<T extends ActionEvent['type']> = Omit<Extract<ActionEvent, { type: T }>, 'type' | '$actor' | '$at'>;

const pm: EventActor = { id: 'pm-1', roles: ['programme_manager'], entityId: null };
const coord: EventActor = { id: 'co-1', roles: ['entity_coordinator'], entityId: 'moi' };
const DAY = 24 * 60 * 60 * 1000;

function send<T extends ActionEvent['type']>(snap: Snap, type: T, at: string, payload?: Payload<T>, actor: EventActor = pm) {
  const event = { type, $actor: actor, $at: at, ...payload } as ActionEvent;
  return transition(actionMachine, snap, event);
}

function start(dueAt = '2026-06-10T00:00:00Z', levelTwoAfterMs?: number): Snap {
  const [snap] = initialTransition(actionMachine, {
    actionId: 'act-1',
    entityId: 'moi',
    ownerId: 'u-7',
    title: 'Publish SLA',
    dueAt,
    levelTwoAfterMs,
  });
  return snap;
}

/** The delayed raises the engine must persist as timer rows. */
function timers(actions: readonly { type: string; params?: unknown }[]) {
  return actions
    .filter((a) => a.type === 'xstate.raise')
    .map((a) => {
      const p = a.params as { id: string; delay?: number; event: { type: string } };
      return { id: p.id, delay: p.delay, event: p.event };
    });
}
function cancels(actions: readonly { type: string; params?: unknown }[]) {
  return actions.filter((a) => a.type === 'xstate.cancel').map((a) => (a.params as { sendId: string }).sendId);
}

const DUE_TIMER = 'xstate.after.untilDue.improvementAction.open.deadline.on_time';
const LEVEL_TWO_TIMER = 'xstate.after.untilLevelTwo.improvementAction.open.deadline.overdue';

function approved(at = '2026-06-01T00:00:00Z', due?: string, levelTwo?: number) {
  return send(start(due, levelTwo), 'APPROVE', at);
}

describe('action machine: the happy path', () => {
  it('goes draft -> approved -> in_progress -> done -> verified', () => {
    let s = start();
    expect(actionStatusOf(s)).toBe('draft');
    [s] = send(s, 'APPROVE', '2026-06-01T00:00:00Z');
    expect(actionStatusOf(s)).toBe('approved');
    expect(s.context.approvedBy).toBe('pm-1');
    [s] = send(s, 'START', '2026-06-02T00:00:00Z', {}, coord);
    expect(actionStatusOf(s)).toBe('in_progress');
    [s] = send(s, 'UPDATE_PROGRESS', '2026-06-03T00:00:00Z', { progress: 40 }, coord);
    expect(s.context.progress).toBe(40);
    [s] = send(s, 'COMPLETE', '2026-06-04T00:00:00Z', {}, coord);
    expect(actionStatusOf(s)).toBe('done');
    expect(s.context.progress).toBe(100);
    [s] = send(s, 'VERIFY', '2026-06-05T00:00:00Z');
    expect(actionStatusOf(s)).toBe('verified');
    expect(s.context.verifiedBy).toBe('pm-1');
    expect(s.status).toBe('done');
  });

  it('lets the programme manager send done work back to in_progress with a reason', () => {
    let [s] = approved();
    [s] = send(s, 'START', '2026-06-02T00:00:00Z', {}, coord);
    [s] = send(s, 'COMPLETE', '2026-06-03T00:00:00Z', {}, coord);
    expect(s.can({ type: 'SEND_BACK', reason: ' ', $actor: pm, $at: '2026-06-04T00:00:00Z' })).toBe(false);
    [s] = send(s, 'SEND_BACK', '2026-06-04T00:00:00Z', { reason: 'No evidence attached' });
    expect(actionStatusOf(s)).toBe('in_progress');
  });
});

describe('action machine: refused events leave the state unchanged', () => {
  it('refuses progress outside in_progress', () => {
    const [s] = approved();
    const event = { type: 'UPDATE_PROGRESS', progress: 50, $actor: coord, $at: '2026-06-02T00:00:00Z' } as const;
    expect(s.can(event)).toBe(false);
    const [after] = transition(actionMachine, s, event);
    expect(after.value).toEqual(s.value);
    expect(after.context).toEqual(s.context);
  });

  it('refuses progress outside 0..100 or fractional, keeping the last value', () => {
    let [s] = approved();
    [s] = send(s, 'START', '2026-06-02T00:00:00Z', {}, coord);
    [s] = send(s, 'UPDATE_PROGRESS', '2026-06-02T01:00:00Z', { progress: 30 }, coord);
    for (const progress of [-1, 101, 12.5]) {
      const event = { type: 'UPDATE_PROGRESS', progress, $actor: coord, $at: '2026-06-03T00:00:00Z' } as const;
      expect(s.can(event)).toBe(false);
      const [after] = transition(actionMachine, s, event);
      expect(after.context.progress).toBe(30);
    }
    expect(send(s, 'UPDATE_PROGRESS', '2026-06-03T00:00:00Z', { progress: 0 }, coord)[0].context.progress).toBe(0);
    expect(send(s, 'UPDATE_PROGRESS', '2026-06-03T00:00:00Z', { progress: 100 }, coord)[0].context.progress).toBe(100);
  });

  it('refuses to skip steps: verify before done, complete before start', () => {
    const [s] = approved();
    for (const type of ['VERIFY', 'COMPLETE'] as const) {
      const [after] = send(s, type, '2026-06-02T00:00:00Z');
      expect(after.value).toEqual(s.value);
    }
    const [draftAfter] = send(start(), 'START', '2026-06-02T00:00:00Z', {}, coord);
    expect(actionStatusOf(draftAfter)).toBe('draft');
  });

  it('refuses everything once verified, including cancel', () => {
    let [s] = approved();
    [s] = send(s, 'START', '2026-06-02T00:00:00Z', {}, coord);
    [s] = send(s, 'COMPLETE', '2026-06-03T00:00:00Z', {}, coord);
    [s] = send(s, 'VERIFY', '2026-06-04T00:00:00Z');
    const cancel = { type: 'CANCEL', reason: 'late', $actor: pm, $at: '2026-06-05T00:00:00Z' } as const;
    expect(s.can(cancel)).toBe(false);
    expect(actionStatusOf(transition(actionMachine, s, cancel)[0])).toBe('verified');
  });
});

describe('action machine: cancel', () => {
  it('cancels from every state before verified with a reason, remembering where from', () => {
    const draft = start();
    const [appr] = approved();
    const [prog] = send(appr, 'START', '2026-06-02T00:00:00Z', {}, coord);
    const [done] = send(prog, 'COMPLETE', '2026-06-03T00:00:00Z', {}, coord);
    for (const [s, from] of [
      [draft, 'draft'],
      [appr, 'approved'],
      [prog, 'in_progress'],
      [done, 'done'],
    ] as const) {
      const [after, actions] = send(s, 'CANCEL', '2026-06-04T00:00:00Z', { reason: '  Merged into another plan ' });
      expect(actionStatusOf(after)).toBe('cancelled');
      expect(after.context.cancelReason).toBe('Merged into another plan');
      expect(after.context.cancelledFrom).toBe(from);
      expect(timers(actions)).toEqual([]);
    }
  });

  it('refuses a cancel without a reason', () => {
    const [s] = approved();
    const event = { type: 'CANCEL', reason: '   ', $actor: pm, $at: '2026-06-04T00:00:00Z' } as const;
    expect(s.can(event)).toBe(false);
    expect(actionStatusOf(transition(actionMachine, s, event)[0])).toBe('approved');
  });

  it('cancelling an open action cancels its pending deadline timer', () => {
    const [s] = approved();
    const [, actions] = send(s, 'CANCEL', '2026-06-04T00:00:00Z', { reason: 'Out of scope' });
    expect(cancels(actions)).toEqual([DUE_TIMER]);
  });
});

describe('action machine: deadline timers', () => {
  it('arms the due timer on approval for due date minus event time', () => {
    // Due 2026-06-10, approved 2026-06-01: 9 days = 9 * 86 400 000 = 777 600 000 ms.
    const [, actions] = approved('2026-06-01T00:00:00Z', '2026-06-10T00:00:00Z');
    expect(timers(actions)).toEqual([{ id: DUE_TIMER, delay: 777_600_000, event: { type: DUE_TIMER } }]);
  });

  it('does not re-arm the timer when work moves from approved to in_progress', () => {
    const [s] = approved();
    const [, actions] = send(s, 'START', '2026-06-02T00:00:00Z', {}, coord);
    expect(timers(actions)).toEqual([]);
    expect(cancels(actions)).toEqual([]);
  });

  it('marks overdue at level 1 when the due timer fires, then arms level 2 at due + configured delay', () => {
    // Level two after 3 days: 3 * 86 400 000 = 259 200 000 ms after the due date.
    let [s] = approved('2026-06-01T00:00:00Z', '2026-06-10T00:00:00Z', 3 * DAY);
    [s] = send(s, 'START', '2026-06-02T00:00:00Z', {}, coord);
    const [overdue, actions] = transition(actionMachine, s, { type: DUE_TIMER } as unknown as ActionEvent);
    expect(overdue.context.escalationLevel).toBe(1);
    expect(overdue.context.overdueSince).toBe('2026-06-10T00:00:00Z');
    expect(actionStatusOf(overdue)).toBe('in_progress');
    expect(timers(actions)).toEqual([{ id: LEVEL_TWO_TIMER, delay: 259_200_000, event: { type: LEVEL_TWO_TIMER } }]);

    const [escalated, more] = transition(actionMachine, overdue, { type: LEVEL_TWO_TIMER } as unknown as ActionEvent);
    expect(escalated.context.escalationLevel).toBe(2);
    expect(escalated.value).toEqual({ open: { work: 'in_progress', deadline: 'escalated' } });
    expect(timers(more)).toEqual([]);
  });

  it('arms level 2 from the due date, not from when the due timer was delivered', () => {
    const [s] = approved('2026-06-01T00:00:00Z', '2026-06-10T00:00:00Z');
    // Delivered two days late (2026-06-12) with the engine's $at: 7 - 2 = 5 days = 432 000 000 ms left.
    const late = { type: DUE_TIMER, $actor: { id: null, roles: ['system'], entityId: null }, $at: '2026-06-12T00:00:00Z' };
    const [overdue, actions] = transition(actionMachine, s, late as unknown as ActionEvent);
    expect(overdue.context.escalationLevel).toBe(1);
    expect(timers(actions)[0]?.delay).toBe(432_000_000);
  });

  it('defaults level 2 to seven days after the due date', () => {
    const [s] = approved();
    const [, actions] = transition(actionMachine, s, { type: DUE_TIMER } as unknown as ActionEvent);
    // 7 * 86 400 000 = 604 800 000 ms.
    expect(timers(actions)[0]?.delay).toBe(604_800_000);
  });

  it('approving after the due date fires at once (delay clamped to 0)', () => {
    const [, actions] = approved('2026-06-12T00:00:00Z', '2026-06-10T00:00:00Z');
    expect(timers(actions)[0]?.delay).toBe(0);
  });

  it('extending the due date clears the escalation and re-arms from the new date', () => {
    let [s] = approved('2026-06-01T00:00:00Z', '2026-06-10T00:00:00Z');
    [s] = transition(actionMachine, s, { type: DUE_TIMER } as unknown as ActionEvent);
    expect(s.context.escalationLevel).toBe(1);
    const [extended, actions] = send(s, 'EXTEND_DUE', '2026-06-11T00:00:00Z', { dueAt: '2026-06-20T00:00:00Z', reason: 'Supplier delay' });
    expect(extended.context.dueAt).toBe('2026-06-20T00:00:00Z');
    expect(extended.context.escalationLevel).toBe(0);
    expect(extended.context.overdueSince).toBeNull();
    expect(cancels(actions)).toEqual([LEVEL_TWO_TIMER]);
    // 2026-06-20 minus 2026-06-11 = 9 days = 777 600 000 ms.
    expect(timers(actions)).toEqual([{ id: DUE_TIMER, delay: 777_600_000, event: { type: DUE_TIMER } }]);
  });

  it('extending while still on time replaces the pending timer', () => {
    const [s] = approved('2026-06-01T00:00:00Z', '2026-06-10T00:00:00Z');
    const [, actions] = send(s, 'EXTEND_DUE', '2026-06-05T00:00:00Z', { dueAt: '2026-06-15T00:00:00Z', reason: 'Scope grew' });
    expect(cancels(actions)).toEqual([DUE_TIMER]);
    // 2026-06-15 minus 2026-06-05 = 10 days = 864 000 000 ms.
    expect(timers(actions).map((t) => t.delay)).toEqual([864_000_000]);
  });

  it('refuses an extension to an earlier or past date, or without a reason', () => {
    const [s] = approved('2026-06-01T00:00:00Z', '2026-06-10T00:00:00Z');
    const at = '2026-06-05T00:00:00Z';
    const bad = [
      { dueAt: '2026-06-09T00:00:00Z', reason: 'earlier' },
      { dueAt: '2026-06-10T00:00:00Z', reason: 'same' },
      { dueAt: '2026-06-20T00:00:00Z', reason: ' ' },
    ];
    for (const p of bad) {
      const event = { type: 'EXTEND_DUE', ...p, $actor: pm, $at: at } as const;
      expect(s.can(event)).toBe(false);
      expect(transition(actionMachine, s, event)[0].context.dueAt).toBe('2026-06-10T00:00:00Z');
    }
    // After the old due date has passed, the new one must still lie in the future.
    const late = { type: 'EXTEND_DUE', dueAt: '2026-06-11T00:00:00Z', reason: 'x', $actor: pm, $at: '2026-06-12T00:00:00Z' } as const;
    expect(s.can(late)).toBe(false);
  });

  it('stops the clock when the work is done', () => {
    let [s] = approved();
    [s] = send(s, 'START', '2026-06-02T00:00:00Z', {}, coord);
    const [done, actions] = send(s, 'COMPLETE', '2026-06-03T00:00:00Z', {}, coord);
    expect(cancels(actions)).toEqual([DUE_TIMER]);
    expect(done.can({ type: 'EXTEND_DUE', dueAt: '2026-07-01T00:00:00Z', reason: 'x', $actor: pm, $at: '2026-06-04T00:00:00Z' })).toBe(
      false,
    );
  });
});
