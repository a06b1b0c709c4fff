import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { workshopWorkflow } from '../../workflows/workshops/workshop-workflow.ts';
import { customerVoiceTemplate, workshopInputFromTemplate } from '../../workflows/workshops/workshop-templates.ts';
import type { WorkshopContext } from '../../workflows/workshops/workshop-machine.ts';
import { applyLiveBoardMessage, liveBoardMessage, type LiveBoardMessage } from '../../workflows/workshops/live-board.ts';
import { workshopView, type WorkshopView } from '../../api/workshops/workshop-view.ts';
import type { WorkshopViewerRole } from '../../api/workshops/workshop-access.ts';

const machine = workshopWorkflow.machine;
const customers = ['c1', 'c2', 'c3'];
const viewers: { id: string; role: WorkshopViewerRole }[] = [
  { id: 'fac', role: 'facilitator' },
  ...customers.map((id) => ({ id, role: 'participant' as const })),
];

/** One step of a random session; idea references are resolved against the board when applied. */
type Step =
  | { type: 'ADVANCE' }
  | { type: 'SET_VOTE_RULES'; anonymous: boolean; budget: number }
  | { type: 'ADD_NOTE'; by: number; text: string }
  | { type: 'ADD_IDEA'; by: number; text: string }
  | { type: 'CAST_VOTE' | 'RETRACT_VOTE'; by: number; idea: number }
  | { type: 'MERGE_IDEAS'; survivor: number; merged: number }
  | { type: 'SCORE_IDEA'; by: number; idea: number; value: number };

const who = fc.nat({ max: customers.length - 1 });
const text = fc.string({ minLength: 1, maxLength: 12 }).filter((t) => t.trim().length > 0);
const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ type: 'ADVANCE' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('SET_VOTE_RULES' as const), anonymous: fc.boolean(), budget: fc.integer({ min: 1, max: 3 }) }),
  },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('ADD_NOTE' as const), by: who, text }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('ADD_IDEA' as const), by: who, text }) },
  { weight: 4, arbitrary: fc.record({ type: fc.constantFrom('CAST_VOTE' as const, 'RETRACT_VOTE' as const), by: who, idea: fc.nat(5) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('MERGE_IDEAS' as const), survivor: fc.nat(5), merged: fc.nat(5) }) },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('SCORE_IDEA' as const), by: who, idea: fc.nat(5), value: fc.integer({ min: 1, max: 5 }) }),
  },
);

/**
 * A random session that walks the phases (planned, discovery, ideation, voting, prioritisation),
 * each with random steps, so notes, ideas, votes, merges and scores all happen; steps the
 * phase refuses change nothing, as in the product.
 */
const sessionSteps: fc.Arbitrary<Step[]> = fc
  .array(fc.array(step, { maxLength: 8 }), { minLength: 5, maxLength: 5 })
  .map((blocks) => blocks.flatMap((b, i) => (i === 0 ? b : [{ type: 'ADVANCE' as const }, ...b])));

function start(): AnyMachineSnapshot {
  const input = {
    ...workshopInputFromTemplate(customerVoiceTemplate, {
      workshopId: 'w1',
      title: { en: 'x', ar: 'س' },
      facilitatorId: 'fac',
      bundleId: null,
    }),
    participants: customers.map((id) => ({ id, kind: 'customer' as const, entityId: null, name: id, removed: false })),
  };
  const [snapshot] = initialTransition(machine, {
    ...input,
    $actor: { id: 'fac', roles: ['facilitator'], entityId: null },
    $at: '2026-11-25T09:00:00.000Z',
  });
  return snapshot;
}

function apply(snapshot: AnyMachineSnapshot, s: Step, minute: number): AnyMachineSnapshot {
  const context = snapshot.context as WorkshopContext;
  const ideas = context.board.ideas.map((i) => i.id);
  const idea = (n: number) => ideas[n % Math.max(1, ideas.length)] ?? 'none';
  const actor = 'by' in s ? customers[s.by]! : 'fac';
  let payload: Record<string, unknown>;
  switch (s.type) {
    case 'ADVANCE':
      payload = {};
      break;
    case 'SET_VOTE_RULES':
      payload = { rules: { budget: s.budget, maxPerIdea: 1, anonymous: s.anonymous } };
      break;
    case 'ADD_NOTE':
      payload = { lane: 'pains', text: s.text };
      break;
    case 'ADD_IDEA':
      payload = { text: s.text, painPointIds: [] };
      break;
    case 'CAST_VOTE':
    case 'RETRACT_VOTE':
      payload = { ideaId: idea(s.idea) };
      break;
    case 'MERGE_IDEAS':
      payload = { survivorId: idea(s.survivor), mergedIds: [idea(s.merged)] };
      break;
    case 'SCORE_IDEA':
      payload = { ideaId: idea(s.idea), customerValue: s.value, governmentValue: 6 - s.value, effort: s.value };
      break;
  }
  const event = {
    type: s.type,
    ...payload,
    $actor: { id: actor, roles: [actor === 'fac' ? 'facilitator' : 'participant'], entityId: null },
    $at: new Date(Date.UTC(2026, 10, 25, 9, minute)).toISOString(),
  };
  const [next] = transition(machine, snapshot, event as never);
  return next;
}

/** What the wire carries: JSON. */
const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Every workshop version of a random session, as the live hub would load it. */
function session(steps: Step[]): { version: number; context: WorkshopContext }[] {
  let snapshot = start();
  const versions = [{ version: 1, context: snapshot.context as WorkshopContext }];
  steps.forEach((s, i) => {
    snapshot = apply(snapshot, s, i + 1);
    versions.push({ version: i + 2, context: snapshot.context as WorkshopContext });
  });
  return versions;
}

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
