import { describe, it, expect } from 'vitest';
import { initialTransition, transition, type AnyMachineSnapshot } from 'xstate';
import { phaseTimerEventType, workshopMachine, type WorkshopContext } from './workshop-machine.ts';
import type { WorkshopEvent } from './workshop-events.ts';
import { halfDayCoDesignTemplate, workshopInputFromTemplate } from './workshop-templates.ts';
import type { WorkshopInput } from './workshop-input.ts';

const T0 = '2026-11-25T09:00:00.000Z';
const as = (id: string, roles: string[] = ['participant']) => ({ id, roles, entityId: null });
const fac = as('fac', ['facilitator']);

function baseInput(overrides: Partial<WorkshopInput> = {}): WorkshopInput {
  const input = workshopInputFromTemplate(halfDayCoDesignTemplate, {
    workshopId: 'w1',
    title: { en: 'New baby bundle', ar: 'باقة المولود الجديد' },
    facilitatorId: 'fac',
    bundleId: 'new-baby',
  });
  return {
    ...input,
    participants: [
      { id: 'c1', kind: 'customer', entityId: null, name: 'Customer 1', removed: false },
      { id: 'c2', kind: 'customer', entityId: null, name: 'Customer 2', removed: false },
      { id: 'r1', kind: 'entity_representative', entityId: 'MOI', name: 'MOI rep', removed: false },
    ],
    ...overrides,
  };
}

type Snap = ReturnType<typeof initialTransition<typeof workshopMachine>>[0];

function start(input: WorkshopInput = baseInput()): Snap {
  return initialTransition(workshopMachine, { ...input, $actor: fac, $at: T0 })[0];
}

function send(snapshot: Snap, event: WorkshopEvent): Snap {
  return transition(workshopMachine, snapshot, event)[0];
}

function ctx(snapshot: AnyMachineSnapshot): WorkshopContext {
  return snapshot.context as WorkshopContext;
}

/** Advances the facilitator through phases, one minute apart. */
function advance(snapshot: Snap, times: number, from = 0): Snap {
  let s = snapshot;
  for (let i = 0; i < times; i++) s = send(s, { type: 'ADVANCE', $actor: fac, $at: `2026-11-25T09:0${from + i + 1}:00.000Z` });
  return s;
}

describe('workshop machine: phases', () => {
  it('starts planned and the facilitator moves it to discovery', () => {
    const s = advance(start(), 2);
    expect(s.value).toEqual({ discovery: 'timed' });
    expect(ctx(s).phase).toBe('discovery');
    // Template: discovery has 45 minutes from 09:02 → 09:47.
    expect(ctx(s).phaseEndsAt).toBe('2026-11-25T09:47:00.000Z');
    expect(ctx(s).phaseLog.map((e) => `${e.phase}:${e.how}`)).toEqual(['planned:advanced', 'participants_invited:advanced']);
  });

  it('refuses ADVANCE from anyone but the facilitator', () => {
    const s = start();
    const event: WorkshopEvent = { type: 'ADVANCE', $actor: as('c1'), $at: T0 };
    expect(s.can(event)).toBe(false);
    expect(send(s, event).value).toBe('planned');
  });

  it('cannot invite when there is nobody to invite', () => {
    const s = start(baseInput({ participants: [] }));
    expect(s.can({ type: 'ADVANCE', $actor: fac, $at: T0 })).toBe(false);
  });

  it('schedules the time box with a delay computed from the event time', () => {
    const s = advance(start(), 1);
    const [, actions] = transition(workshopMachine, s, { type: 'ADVANCE', $actor: fac, $at: '2026-11-25T09:10:00.000Z' });
    const raise = actions.find((a) => a.type === 'xstate.raise') as { params: { delay: number; event: { type: string } } } | undefined;
    // 45 minutes = 2 700 000 ms
    expect(raise?.params.delay).toBe(45 * 60_000);
    expect(raise?.params.event.type).toBe(phaseTimerEventType('discovery'));
  });

  it('the timer event advances the phase and starts the next time box at the due time', () => {
    const s = advance(start(), 2); // discovery ends 09:47
    const fired = send(s, { type: phaseTimerEventType('discovery') } as unknown as WorkshopEvent);
    expect(fired.value).toEqual({ ideation: 'timed' });
    expect(ctx(fired).phaseLog.at(-1)).toEqual({
      phase: 'discovery',
      startedAt: '2026-11-25T09:02:00.000Z',
      endedAt: '2026-11-25T09:47:00.000Z',
      how: 'timer',
    });
    // ideation: 30 minutes from 09:47 → 10:17
    expect(ctx(fired).phaseStartedAt).toBe('2026-11-25T09:47:00.000Z');
    expect(ctx(fired).phaseEndsAt).toBe('2026-11-25T10:17:00.000Z');
  });

  it('EXTEND_PHASE pushes the deadline back and re-arms the timer', () => {
    const s = advance(start(), 2); // ends 09:47
    const [extended, actions] = transition(workshopMachine, s, {
      type: 'EXTEND_PHASE',
      minutes: 10,
      $actor: fac,
      $at: '2026-11-25T09:40:00.000Z',
    });
    expect(ctx(extended).phaseEndsAt).toBe('2026-11-25T09:57:00.000Z');
    const types = actions.map((a) => a.type);
    expect(types).toContain('xstate.cancel');
    const raise = actions.find((a) => a.type === 'xstate.raise') as { params: { delay: number } } | undefined;
    // 09:57 − 09:40 = 17 minutes
    expect(raise?.params.delay).toBe(17 * 60_000);
  });

  it('an untimed phase has no timer until the facilitator sets one', () => {
    const s = advance(start(baseInput({ settings: { ...baseInput().settings, timeBoxes: {} } })), 2);
    expect(s.value).toEqual({ discovery: 'open' });
    expect(ctx(s).phaseEndsAt).toBeNull();
    const timed = send(s, { type: 'EXTEND_PHASE', minutes: 5, $actor: fac, $at: '2026-11-25T09:30:00.000Z' });
    expect(timed.value).toEqual({ discovery: 'timed' });
    expect(ctx(timed).phaseEndsAt).toBe('2026-11-25T09:35:00.000Z');
  });

  it('SKIP_PHASE records the reason', () => {
    const s = send(advance(start(), 2), {
      type: 'SKIP_PHASE',
      reason: 'Pain points gathered beforehand',
      $actor: fac,
      $at: '2026-11-25T09:05:00.000Z',
    });
    expect(ctx(s).phase).toBe('ideation');
    expect(ctx(s).phaseLog.at(-1)).toMatchObject({
      phase: 'discovery',
      how: 'skipped',
      reason: 'Pain points gathered beforehand',
      endedAt: '2026-11-25T09:05:00.000Z',
    });
  });

  it('runs through to closed', () => {
    const s = advance(start(), 9);
    expect(s.value).toBe('closed');
    expect(s.status).toBe('done');
  });
});

describe('workshop machine: participant actions by phase', () => {
  const note: WorkshopEvent = {
    type: 'ADD_NOTE',
    text: 'Too many visits',
    lane: 'pain',
    $actor: as('c1'),
    $at: '2026-11-25T09:05:00.000Z',
  };

  it('refuses a note outside discovery: state unchanged and can() false', () => {
    const s = advance(start(), 1); // participants_invited
    expect(s.can(note)).toBe(false);
    const after = send(s, note);
    expect(after.value).toBe(s.value);
    expect(ctx(after).board.notes).toEqual([]);
  });

  it('accepts a note in discovery with a deterministic id', () => {
    const s = send(advance(start(), 2), note);
    expect(ctx(s).board.notes).toEqual([{ id: 'n1', by: 'c1', text: 'Too many visits', lane: 'pain' }]);
  });

  it('refuses removed participants and strangers', () => {
    let s = advance(start(), 2);
    s = send(s, { type: 'REMOVE_PARTICIPANT', participantId: 'c1', $actor: fac, $at: T0 });
    expect(s.can(note)).toBe(false);
    expect(s.can({ ...note, $actor: as('someone-else') })).toBe(false);
    expect(s.can({ ...note, $actor: as('c2') })).toBe(true);
  });

  it('refuses an idea outside ideation and an idea linked to an unknown pain point', () => {
    const discovery = advance(start(), 2);
    const idea: WorkshopEvent = { type: 'ADD_IDEA', text: 'One portal', painPointIds: [], $actor: as('c1'), $at: T0 };
    expect(discovery.can(idea)).toBe(false);
    const ideation = advance(discovery, 1, 3);
    expect(ideation.can(idea)).toBe(true);
    expect(ideation.can({ ...idea, painPointIds: ['pp9'] })).toBe(false);
  });
});

describe('workshop machine: voting', () => {
  function votingWith(budget: number): Snap {
    let s = advance(start(baseInput({ settings: { ...baseInput().settings, votes: { budget, maxPerIdea: 1, anonymous: false } } })), 3); // ideation
    s = send(s, { type: 'ADD_IDEA', text: 'One portal', painPointIds: [], $actor: as('c1'), $at: T0 }); // i1
    s = send(s, { type: 'ADD_IDEA', text: 'No birth certificate copy', painPointIds: [], $actor: as('c2'), $at: T0 }); // i2
    s = send(s, { type: 'ADD_IDEA', text: 'Home delivery of cards', painPointIds: [], $actor: as('r1'), $at: T0 }); // i3
    return advance(s, 1, 5);
  }
  const vote = (voter: string, ideaId: string): WorkshopEvent => ({ type: 'CAST_VOTE', ideaId, $actor: as(voter), $at: T0 });

  it('refuses a vote when the budget is exhausted', () => {
    let s = votingWith(2);
    expect(ctx(s).phase).toBe('voting');
    s = send(s, vote('c1', 'i1'));
    s = send(s, vote('c1', 'i2'));
    // budget 2, used 2 → a third dot is refused and changes nothing
    expect(s.can(vote('c1', 'i3'))).toBe(false);
    expect(send(s, vote('c1', 'i3')).context).toBe(s.context);
    // another participant still has their own budget
    expect(s.can(vote('c2', 'i3'))).toBe(true);
  });

  it('refuses a second dot on the same idea when maxPerIdea is 1', () => {
    const s = send(votingWith(5), vote('c1', 'i1'));
    expect(s.can(vote('c1', 'i1'))).toBe(false);
  });

  it('retracting gives the dot back', () => {
    let s = votingWith(1);
    s = send(s, vote('c1', 'i1'));
    expect(s.can(vote('c1', 'i2'))).toBe(false);
    s = send(s, { type: 'RETRACT_VOTE', ideaId: 'i1', $actor: as('c1'), $at: T0 });
    expect(ctx(s).board.votes).toEqual([]);
    expect(s.can(vote('c1', 'i2'))).toBe(true);
  });

  it('LOCK_VOTING by the facilitator freezes votes', () => {
    let s = send(votingWith(3), vote('c1', 'i1'));
    expect(s.can({ type: 'LOCK_VOTING', $actor: as('c1'), $at: T0 })).toBe(false);
    s = send(s, { type: 'LOCK_VOTING', $actor: fac, $at: T0 });
    expect(s.can(vote('c2', 'i1'))).toBe(false);
    expect(s.can({ type: 'RETRACT_VOTE', ideaId: 'i1', $actor: as('c1'), $at: T0 })).toBe(false);
  });

  it('the facilitator merges duplicates while voting and the dots move', () => {
    let s = votingWith(3);
    s = send(s, vote('c1', 'i1'));
    s = send(s, vote('c1', 'i2'));
    s = send(s, vote('c2', 'i2'));
    s = send(s, { type: 'MERGE_IDEAS', survivorId: 'i1', mergedIds: ['i2'], $actor: fac, $at: T0 });
    // c1 had a dot on each duplicate: maxPerIdea 1 keeps one, the other returns to c1's budget
    expect(ctx(s).board.votes).toEqual([
      { ideaId: 'i1', voterId: 'c1' },
      { ideaId: 'i1', voterId: 'c2' },
    ]);
    expect(ctx(s).board.ideas.find((i) => i.id === 'i2')?.mergedInto).toBe('i1');
  });
});

describe('workshop machine: prioritisation, design and commitments', () => {
  it('scores, design and commitments are accepted in their phases only', () => {
    let s = advance(start(), 3); // ideation
    s = send(s, { type: 'ADD_IDEA', text: 'One portal', painPointIds: [], $actor: as('c1'), $at: T0 });
    const score: WorkshopEvent = {
      type: 'SCORE_IDEA',
      ideaId: 'i1',
      customerValue: 5,
      governmentValue: 3,
      effort: 2,
      $actor: as('c1'),
      $at: T0,
    };
    expect(s.can(score)).toBe(false);
    s = advance(s, 2, 4); // voting → prioritisation
    expect(ctx(s).phase).toBe('prioritisation');
    s = send(s, score);
    s = send(s, { ...score, customerValue: 4, $actor: fac });
    expect(ctx(s).board.scores.map((x) => [x.by, x.customerValue, x.setByFacilitator])).toEqual([
      ['c1', 5, false],
      ['fac', 4, true],
    ]);

    s = advance(s, 1, 6); // bundle_design
    const design: WorkshopEvent = {
      type: 'SET_DESIGN',
      design: {
        platforms: [{ id: 'portal', name: { en: 'Portal', ar: 'البوابة' }, channels: ['website'] }],
        steps: [
          {
            id: 's1',
            title: { en: 'Apply', ar: 'تقديم' },
            platformId: 'portal',
            replacesServiceIds: [],
            visit: false,
            fees: 0,
            typicalDays: 1,
            parallelGroup: 1,
          },
        ],
        documents: [],
      },
      $actor: as('c1'),
      $at: T0,
    };
    // customers contribute ideas, but the design is recorded by the facilitator or an entity representative
    expect(s.can(design)).toBe(false);
    s = send(s, { ...design, $actor: as('r1') });
    expect(ctx(s).board.designVersion).toBe(1);

    s = advance(s, 1, 7); // commitments
    const commit: WorkshopEvent = {
      type: 'ADD_COMMITMENT',
      entityId: 'MOI',
      action: 'Share birth records with the portal',
      owner: 'Director of population register',
      dueDate: '2027-03-31',
      dependsOn: [],
      dependencyKind: 'data_sharing_agreement',
      ideaId: 'i1',
      $actor: as('r1'),
      $at: T0,
    };
    expect(s.can({ ...commit, entityId: 'MOH' })).toBe(false); // not their entity
    expect(s.can({ ...commit, dependsOn: ['c99'] })).toBe(false); // unknown dependency
    s = send(s, commit);
    expect(ctx(s).board.commitments.map((c) => c.id)).toEqual(['c2']); // ids share one counter: i1, c2
  });
});

describe('workshop machine: the room', () => {
  it('the facilitator adds participants; a customer cannot carry an entity, ids are unique', () => {
    const s = start();
    const add = (participant: {
      id: string;
      kind: 'customer' | 'entity_representative';
      entityId: string | null;
      name: string;
    }): WorkshopEvent => ({
      type: 'ADD_PARTICIPANT',
      participant,
      $actor: fac,
      $at: T0,
    });
    expect(s.can(add({ id: 'c3', kind: 'customer', entityId: 'MOI', name: 'x' }))).toBe(false);
    expect(s.can(add({ id: 'r2', kind: 'entity_representative', entityId: null, name: 'x' }))).toBe(false);
    expect(s.can(add({ id: 'c1', kind: 'customer', entityId: null, name: 'dup' }))).toBe(false);
    expect(s.can({ ...add({ id: 'c3', kind: 'customer', entityId: null, name: 'x' }), $actor: as('c1') })).toBe(false);
    const added = send(s, add({ id: 'c3', kind: 'customer', entityId: null, name: 'Customer 3' }));
    expect(ctx(added).participants.map((p) => p.id)).toEqual(['c1', 'c2', 'r1', 'c3']);
  });

  it('vote rules can change until voting is locked, not after', () => {
    const rules: WorkshopEvent = { type: 'SET_VOTE_RULES', rules: { budget: 8, maxPerIdea: 2, anonymous: true }, $actor: fac, $at: T0 };
    const voting = advance(start(), 4);
    expect(ctx(voting).phase).toBe('voting');
    expect(ctx(send(voting, rules)).settings.votes.budget).toBe(8);
    expect(send(voting, { type: 'LOCK_VOTING', $actor: fac, $at: T0 }).can(rules)).toBe(false);
    expect(advance(voting, 1, 5).can(rules)).toBe(false); // prioritisation
  });
});
