import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { WorkshopContext } from '../../workflows/workshops/workshop-machine.ts';
import { applyLiveBoardMessage, liveBoardMessage, type LiveBoardMessage } from '../../workflows/workshops/live-board.ts';
import { workshopView, type WorkshopView } from '../../api/workshops/workshop-view.ts';
import { session, sessionSteps, viewers, wire } from './workshop-sessions.ts';

const viewOf = (v: { version: number; context: WorkshopContext }, viewer: (typeof viewers)[number]): WorkshopView =>
  wire(workshopView({ id: 'w1', state: v.context.phase, version: v.version, context: v.context, inviteCode: 'ABCD1234' }, viewer));

/** Every vote object anywhere inside a value. */
function votesIn(value: unknown, out: { voterId: unknown }[] = []): { voterId: unknown }[] {
  if (Array.isArray(value)) for (const v of value) votesIn(v, out);
  else if (typeof value === 'object' && value !== null) {
    if ('voterId' in value) out.push(value as { voterId: unknown });
    for (const v of Object.values(value)) votesIn(v, out);
  }
  return out;
}

describe('live board changes', () => {
  it('replayed onto the board a viewer joined with, equal the whole board after every event, for every viewer', () => {
    fc.assert(
      fc.property(sessionSteps, fc.nat(44), fc.array(fc.boolean(), { minLength: 45, maxLength: 45 }), (steps, joinAt, delivered) => {
        const versions = session(steps);
        const join = Math.min(joinAt, versions.length - 1);
        for (const viewer of viewers) {
          let sent = viewOf(versions[join]!, viewer);
          let board = applyLiveBoardMessage<WorkshopView>(null, wire(liveBoardMessage(null, sent)));
          for (let k = join + 1; k < versions.length; k++) {
            // A burst collapses: some versions are never sent, the next change spans them.
            if (!delivered[k % delivered.length] && k < versions.length - 1) continue;
            const next = viewOf(versions[k]!, viewer);
            const message = wire(liveBoardMessage(sent, next));
            expect(message.kind).toBe('changes');
            board = applyLiveBoardMessage(board, message);
            expect(board).toEqual(next);
            sent = next;
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('never carry another participant’s vote when voting is anonymous', () => {
    // The property must meet real votes by others, not only empty boards.
    let othersVoted = 0;
    fc.assert(
      fc.property(sessionSteps, (steps) => {
        const versions = session([{ type: 'SET_VOTE_RULES', anonymous: true, budget: 3 }, ...steps]);
        for (const viewer of viewers.slice(1)) {
          for (let k = 1; k < versions.length; k++) {
            if (!versions[k]!.context.settings.votes.anonymous) continue;
            const message = liveBoardMessage(viewOf(versions[k - 1]!, viewer), viewOf(versions[k]!, viewer));
            if (versions[k]!.context.board.votes.some((v) => v.voterId !== viewer.id)) othersVoted++;
            for (const vote of votesIn(message)) expect(vote.voterId).toBe(viewer.id);
          }
        }
      }),
      { numRuns: 150 },
    );
    expect(othersVoted).toBeGreaterThan(0);
  });

  it('a vote counted or a note added is a small change, not the board', () => {
    const versions = session([
      { type: 'ADVANCE' },
      { type: 'ADVANCE' },
      { type: 'ADD_NOTE', by: 0, text: 'queue too long' },
      { type: 'ADVANCE' },
      { type: 'ADD_IDEA', by: 1, text: 'one portal' },
      { type: 'ADD_IDEA', by: 2, text: 'no paper' },
      { type: 'ADVANCE' },
      { type: 'CAST_VOTE', by: 0, idea: 0 },
    ]);
    const viewer = viewers[2]!;
    const note = liveBoardMessage(viewOf(versions[2]!, viewer), viewOf(versions[3]!, viewer));
    const vote = liveBoardMessage(viewOf(versions[7]!, viewer), viewOf(versions[8]!, viewer));
    expect(versions[3]!.context.board.notes).toHaveLength(1);
    expect(versions[8]!.context.board.votes).toHaveLength(1);
    expect(note).toMatchObject({
      kind: 'changes',
      changes: expect.arrayContaining([expect.objectContaining({ op: 'splice', path: ['board', 'notes'] })]),
    });
    for (const m of [note, vote]) expect(JSON.stringify(m).length).toBeLessThan(JSON.stringify(viewOf(versions[8]!, viewer)).length / 4);
  });

  it('ignores changes to a version the viewer does not hold, and boards older than its own', () => {
    const versions = session([{ type: 'ADVANCE' }, { type: 'ADVANCE' }, { type: 'ADD_NOTE', by: 0, text: 'n' }]);
    const v = (k: number) => viewOf(versions[k]!, viewers[0]!);
    const changes = liveBoardMessage(v(2), v(3)) as LiveBoardMessage<WorkshopView>;
    expect(applyLiveBoardMessage(v(1), changes)).toEqual(v(1));
    expect(applyLiveBoardMessage(v(3), { kind: 'board', view: v(2) })).toEqual(v(3));
    expect(applyLiveBoardMessage(v(2), changes)).toEqual(v(3));
  });
});
