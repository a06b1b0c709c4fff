/**
 * Random co-design sessions for property tests of the live board: every workshop version of a
 * session that walks the phases with notes, ideas, votes, merges and scores, as the live hub
 * would load them. Used by the live-board delta and live-message property tests.
 */
import fc from 'fast-check';
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { workshopWorkflow } from '../../workflows/workshops/workshop-workflow.ts';
import { customerVoiceTemplate, workshopInputFromTemplate } from '../../workflows/workshops/workshop-templates.ts';
import type { WorkshopContext } from '../../workflows/workshops/workshop-machine.ts';
import type { WorkshopViewerRole } from '../../api/workshops/workshop-access.ts';

const machine = workshopWorkflow.machine;
export const customers = ['c1', 'c2', 'c3'];
export const viewers: { id: string; role: WorkshopViewerRole }[] = [
  { id: 'fac', role: 'facilitator' },
  ...customers.map((id) => ({ id, role: 'participant' as const })),
];

/** One step of a random session; idea references are resolved against the board when applied. */
export type Step =
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
export const sessionSteps: fc.Arbitrary<Step[]> = fc
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
export const wire = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** Every workshop version of a random session, as the live hub would load it. */
export function session(steps: Step[]): { version: number; context: WorkshopContext }[] {
  let snapshot = start();
  const versions = [{ version: 1, context: snapshot.context as WorkshopContext }];
  steps.forEach((s, i) => {
    snapshot = apply(snapshot, s, i + 1);
    versions.push({ version: i + 2, context: snapshot.context as WorkshopContext });
  });
  return versions;
}
