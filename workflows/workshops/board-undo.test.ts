import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { workshopMachine, type WorkshopContext } from './workshop-machine.ts';
import type { WorkshopEvent } from './workshop-events.ts';
import { halfDayCoDesignTemplate, workshopInputFromTemplate } from './workshop-templates.ts';

const as = (id: string) => ({ id, roles: [id === 'fac' ? 'facilitator' : 'participant'], entityId: null });
type Snap = ReturnType<typeof initialTransition<typeof workshopMachine>>[0];
const send = (s: Snap, from: string, event: Record<string, unknown>): Snap =>
  transition(workshopMachine, s, { ...event, $actor: as(from), $at: '2026-11-25T09:10:00.000Z' } as unknown as WorkshopEvent)[0];
const ctx = (s: Snap) => s.context as WorkshopContext;

function inIdeation(): Snap {
  const input = workshopInputFromTemplate(halfDayCoDesignTemplate, {
    workshopId: 'w',
    title: { ar: 'و', en: 'W' },
    facilitatorId: 'fac',
    bundleId: null,
  });
  input.participants = [
    { id: 'c1', kind: 'customer', entityId: null, name: 'C1', removed: false },
    { id: 'c2', kind: 'customer', entityId: null, name: 'C2', removed: false },
  ];
  input.settings = { ...input.settings, votes: { budget: 5, maxPerIdea: 1, anonymous: false } };
  let s = initialTransition(workshopMachine, { ...input, $actor: as('fac'), $at: '2026-11-25T09:00:00.000Z' })[0];
  for (let i = 0; i < 3; i++) s = send(s, 'fac', { type: 'ADVANCE' });
  return s;
}

describe('undo of the facilitator’s last board action', () => {
  it('takes back the facilitator’s own idea, but not a participant’s, and only once', () => {
    let s = inIdeation();
    s = send(s, 'c1', { type: 'ADD_IDEA', text: 'Customer idea', painPointIds: [] });
    expect(send(s, 'fac', { type: 'UNDO_BOARD_ACTION' })).toBe(s); // nothing of the facilitator's yet
    s = send(s, 'fac', { type: 'ADD_IDEA', text: 'Typo idea', painPointIds: [] });
    s = send(s, 'c2', { type: 'ADD_IDEA', text: 'Another', painPointIds: [] });
    expect(send(s, 'c1', { type: 'UNDO_BOARD_ACTION' })).toBe(s); // only the facilitator undoes
    const undone = send(s, 'fac', { type: 'UNDO_BOARD_ACTION' });
    expect(ctx(undone).board.ideas.map((i) => i.text)).toEqual(['Customer idea', 'Another']);
    expect(send(undone, 'fac', { type: 'UNDO_BOARD_ACTION' })).toBe(undone);
  });

  it('restores merged ideas with the dots that moved, keeping the survivor’s own dots', () => {
    let s = inIdeation();
    s = send(s, 'c1', { type: 'ADD_IDEA', text: 'A', painPointIds: [] });
    s = send(s, 'c2', { type: 'ADD_IDEA', text: 'B', painPointIds: [] });
    const [a, b] = ctx(s).board.ideas.map((i) => i.id) as [string, string];
    s = send(s, 'fac', { type: 'ADVANCE' }); // voting
    s = send(s, 'c1', { type: 'CAST_VOTE', ideaId: a });
    s = send(s, 'c1', { type: 'CAST_VOTE', ideaId: b });
    s = send(s, 'c2', { type: 'CAST_VOTE', ideaId: b });
    const before = ctx(s).board;
    s = send(s, 'fac', { type: 'MERGE_IDEAS', survivorId: a, mergedIds: [b] });
    expect(ctx(s).board.votes).toHaveLength(2); // c1's second dot was over the per-idea cap
    const undone = send(s, 'fac', { type: 'UNDO_BOARD_ACTION' });
    expect(ctx(undone).board.ideas).toEqual(before.ideas);
    expect([...ctx(undone).board.votes].sort((x, y) => `${x.ideaId}${x.voterId}`.localeCompare(`${y.ideaId}${y.voterId}`))).toEqual([
      { ideaId: a, voterId: 'c1' },
      { ideaId: b, voterId: 'c2' },
    ]);
  });

  it('leaves an item others built on, and forgets the action when the phase moves on', () => {
    let s = inIdeation();
    s = send(s, 'fac', { type: 'ADD_IDEA', text: 'Facilitator idea', painPointIds: [] });
    s = send(s, 'fac', { type: 'ADVANCE' }); // voting
    expect(send(s, 'fac', { type: 'UNDO_BOARD_ACTION' })).toBe(s);
    expect(ctx(s).facilitatorUndo).toBeNull();
  });
});
