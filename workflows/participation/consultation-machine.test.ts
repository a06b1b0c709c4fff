import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { timerChangesFrom } from '../../engine/workflow/timer-actions.ts';
import { consultationMachine } from './consultation-machine.ts';

const actor = { id: 'u1', roles: ['programme_manager'], entityId: null };
const input = { consultationId: 'c1', entityId: 'ent-moh', opensAt: '2026-05-01T08:00:00.000Z', closesAt: '2026-05-15T08:00:00.000Z' };
const at = (iso: string) => ({ $actor: actor, $at: iso });

describe('consultation machine', () => {
  it('waits for the open date once scheduled, arming a timer for it', () => {
    const [draft] = initialTransition(consultationMachine, input);
    const [scheduled, actions] = transition(consultationMachine, draft, { type: 'SCHEDULE', ...at('2026-04-01T08:00:00.000Z') });
    expect(scheduled.value).toBe('scheduled');
    const timers = timerChangesFrom(actions).schedule;
    expect(timers.map((t) => t.delayMs)).toEqual([30 * 86_400_000]);
  });

  it('opens at once when the open date has passed, and arms the close timer from the send time', () => {
    const [draft] = initialTransition(consultationMachine, input);
    const [open, actions] = transition(consultationMachine, draft, { type: 'SCHEDULE', ...at('2026-05-10T08:00:00.000Z') });
    expect(open.value).toBe('open');
    expect(timerChangesFrom(actions).schedule.map((t) => t.delayMs)).toEqual([5 * 86_400_000]);
  });

  it('refuses to schedule one whose close date has passed, and dates out of order', () => {
    const [draft] = initialTransition(consultationMachine, input);
    const [late] = transition(consultationMachine, draft, { type: 'SCHEDULE', ...at('2026-06-01T08:00:00.000Z') });
    expect(late.value).toBe('draft');
    const [same] = transition(consultationMachine, draft, {
      type: 'SET_DATES',
      opensAt: '2026-05-10T08:00:00.000Z',
      closesAt: '2026-05-09T08:00:00.000Z',
      ...at('2026-04-01T08:00:00.000Z'),
    });
    expect(same.context.closesAt).toBe(input.closesAt);
  });

  it('closes early, then takes the response once, and nothing after', () => {
    const [draft] = initialTransition(consultationMachine, input);
    const [open] = transition(consultationMachine, draft, { type: 'SCHEDULE', ...at('2026-05-02T08:00:00.000Z') });
    const [closed] = transition(consultationMachine, open, { type: 'CLOSE_EARLY', ...at('2026-05-03T08:00:00.000Z') });
    expect([closed.value, closed.context.closedEarlyBy]).toEqual(['closed', 'u1']);
    const [responded] = transition(consultationMachine, closed, { type: 'PUBLISH_RESPONSE', ...at('2026-05-04T08:00:00.000Z') });
    expect(responded.value).toBe('responded');
    expect(responded.status).toBe('done');
  });
});
