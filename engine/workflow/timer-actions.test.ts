import { describe, expect, it } from 'vitest';
import { timerChangesFrom } from './timer-actions.ts';

const raise = (id: string, delay: number) => ({ type: 'xstate.raise', params: { id, delay, event: { type: id } } });
const cancel = (sendId: string) => ({ type: 'xstate.cancel', params: { sendId } });

describe('timerChangesFrom', () => {
  it('schedules delayed raises and ignores immediate ones', () => {
    const changes = timerChangesFrom([raise('a', 1000), { type: 'xstate.raise', params: { event: { type: 'NOW' } } }]);
    expect(changes).toEqual({ schedule: [{ key: 'a', event: { type: 'a' }, delayMs: 1000 }], cancel: [] });
  });

  it('re-arms a timer cancelled then raised again (state exited and re-entered)', () => {
    const changes = timerChangesFrom([cancel('a'), raise('a', 500)]);
    expect(changes.schedule.map((t) => t.key)).toEqual(['a']);
    expect(changes.cancel).toEqual(['a']);
  });

  it('drops a timer raised then cancelled in the same step (state passed through)', () => {
    const changes = timerChangesFrom([raise('a', 500), raise('b', 700), cancel('a')]);
    expect(changes.schedule.map((t) => t.key)).toEqual(['b']);
    expect(changes.cancel).toEqual(['a']);
  });
});
