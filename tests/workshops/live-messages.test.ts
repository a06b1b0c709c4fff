import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyLiveBoardMessage } from '../../workflows/workshops/live-board.ts';
import { applyJsonChanges, jsonChanges } from '../../workflows/workshops/json-changes.ts';
import { ChangeRun } from '../../workflows/workshops/change-run.ts';
import { changeMessageBudget, liveMessages, type LiveSent, type LiveViewer } from '../../api/workshops/live-changes.ts';
import { workshopView, type WorkshopView } from '../../api/workshops/workshop-view.ts';
import type { WorkshopRecord } from '../../api/workshops/workshop-record.ts';
import { customers, session, sessionSteps, viewers, wire } from './workshop-sessions.ts';

/** Every version of a session as the hub hands them out: one record object per version, shared by all viewers. */
const records = (steps: Parameters<typeof session>[0]): WorkshopRecord[] =>
  session(steps).map((v) => ({ id: 'w1', state: v.context.phase, version: v.version, context: v.context, inviteCode: 'ABCD1234' }));

const liveViewer = (v: (typeof viewers)[number]): LiveViewer => ({ id: v.id, role: v.role, bundle: undefined, bundleKey: '-' });

/** Every vote object anywhere inside a value. */
function voterIdsIn(value: unknown, out: unknown[] = []): unknown[] {
  if (Array.isArray(value)) for (const v of value) voterIdsIn(v, out);
  else if (typeof value === 'object' && value !== null) {
    if ('voterId' in value) out.push((value as { voterId: unknown }).voterId);
    if ('voterIds' in value) out.push(...((value as { voterIds: unknown[] }).voterIds ?? []));
    for (const v of Object.values(value)) voterIdsIn(v, out);
  }
  return out;
}

describe('live messages shared between viewers', () => {
  it('bring every viewer, in any batching, to exactly their own whole view after every message', () => {
    fc.assert(
      fc.property(sessionSteps, fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 1, maxLength: 20 }), (steps, cuts) => {
        const all = records(steps);
        // All viewers are served from the same record objects, so shared work is reused between them.
        for (const v of viewers) {
          const viewer = liveViewer(v);
          const state: { sent: LiveSent | null } = { sent: null };
          let board: WorkshopView | null = null;
          let at = 0;
          let cut = 0;
          while (at < all.length) {
            const batch = all.slice(at, at + cuts[cut++ % cuts.length]!);
            at += batch.length;
            for (const { version, message } of liveMessages(state, batch, () => viewer)) {
              const wired = wire(message);
              if (wired.kind === 'changes') {
                expect(wired.from).toBe(board!.version);
                expect(JSON.stringify(wired).length).toBeLessThanOrEqual(
                  Math.max(changeMessageBudget + 200, JSON.stringify(jsonChanges(board, workshopView(all[version - 1]!, v))).length + 400),
                );
              }
              board = applyLiveBoardMessage(board, wired);
              expect(board).toEqual(wire(workshopView(all[version - 1]!, v)));
            }
          }
          expect(board!.version).toBe(all.length);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('never carry another participant’s vote when voting is anonymous, though computed once for all', () => {
    let othersVoted = 0;
    fc.assert(
      fc.property(sessionSteps, (steps) => {
        const all = records([{ type: 'SET_VOTE_RULES', anonymous: true, budget: 3 }, ...steps]);
        for (const v of viewers.slice(1)) {
          const state: { sent: LiveSent | null } = { sent: null };
          for (let k = 0; k < all.length; k++) {
            for (const { message } of liveMessages(state, [all[k]!], () => liveViewer(v))) {
              if (message.kind !== 'changes' || !all[k]!.context.settings.votes.anonymous) continue;
              if (!all[k - 1]!.context.settings.votes.anonymous) continue;
              if (all[k]!.context.board.votes.some((x) => x.voterId !== v.id)) othersVoted++;
              for (const id of voterIdsIn(message)) expect(id).toBe(v.id);
            }
          }
        }
      }),
      { numRuns: 120 },
    );
    expect(othersVoted).toBeGreaterThan(0);
    expect(customers.length).toBeGreaterThan(1);
  });

  it('joins the changes of consecutive versions into one short list that applies to the same result', () => {
    const doc = { version: 1, notes: [] as { id: string }[], count: 0 };
    const run = new ChangeRun();
    let expected: unknown = doc;
    let prev = doc;
    for (let i = 1; i <= 10; i++) {
      const next = { version: i + 1, notes: [...prev.notes, { id: `n${i}` }], count: prev.count + i };
      const changes = jsonChanges(prev, next);
      expect(run.tryAdd(changes)).toBe(true);
      expected = applyJsonChanges(expected, changes);
      prev = next;
    }
    expect(applyJsonChanges(doc, run.changes)).toEqual(expected);
    // Ten versions: one version set, one splice of ten notes, one count set.
    expect(run.changes).toHaveLength(3);
    expect(run.size).toBeGreaterThanOrEqual(JSON.stringify(run.changes).length - 10);
    expect(run.size).toBeLessThanOrEqual(JSON.stringify(run.changes).length + 10);
    // A run that would outgrow its budget refuses the next version whole and is left as it was.
    const before = JSON.stringify(run.changes);
    const more = jsonChanges(prev, { ...prev, notes: [...prev.notes, { id: 'x'.repeat(200) }] });
    expect(run.tryAdd(more, run.size + 50)).toBe(false);
    expect(JSON.stringify(run.changes)).toBe(before);
  });
});
