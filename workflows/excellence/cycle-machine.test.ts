import { describe, it, expect } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import { cycleMachine, cycleWorkflow, cycleEventPayloads, cycleInputSchema } from './cycle-machine.ts';
import type { CycleEvent } from './cycle-machine.ts';

type Snapshot = SnapshotFrom<typeof cycleMachine>;
type Body = CycleEvent extends infer E ? (E extends CycleEvent ? Omit<E, '$actor' | '$at'> : never) : never;

const manager = { id: 'pm', roles: ['programme_manager'], entityId: null };
const now = '2026-02-01T08:00:00.000Z';

function event(body: Body, at = now): CycleEvent {
  return { ...body, $actor: manager, $at: at } as CycleEvent;
}

function begin(selfAssessmentDueAt?: string): Snapshot {
  const [s] = initialTransition(cycleMachine, {
    cycleId: 'c-4',
    number: 4,
    frameworkCode: 'gov-excellence',
    frameworkVersion: 1,
    selfAssessmentDueAt,
  });
  return s;
}

function step(s: Snapshot, e: CycleEvent): Snapshot {
  expect(s.can(e)).toBe(true);
  return transition(cycleMachine, s, e)[0];
}

function refused(s: Snapshot, e: CycleEvent): void {
  expect(s.can(e)).toBe(false);
  const [next] = transition(cycleMachine, s, e);
  expect(next.value).toEqual(s.value);
  expect(next.context).toEqual(s.context);
}

describe('cycle machine', () => {
  it('moves draft -> open -> scoring -> moderation -> published -> closed', () => {
    let s = begin('2026-03-31T20:00:00.000Z');
    expect(s.value).toBe('draft');
    s = step(s, event({ type: 'OPEN', entityCount: 34 }));
    expect(s.context).toMatchObject({ openedAt: now, entityCount: 34 });
    s = step(s, event({ type: 'START_SCORING' }));
    s = step(s, event({ type: 'START_MODERATION' }));
    s = step(s, event({ type: 'PUBLISH' }, '2026-05-10T08:00:00.000Z'));
    expect(s.value).toBe('published');
    expect(s.context.publishedAt).toBe('2026-05-10T08:00:00.000Z');
    s = step(s, event({ type: 'CLOSE' }, '2026-07-01T08:00:00.000Z'));
    expect(s.value).toBe('closed');
    expect(s.status).toBe('done');
  });

  it('refuses to open without entities or without a future self-assessment deadline', () => {
    refused(begin(), event({ type: 'OPEN', entityCount: 3 }));
    refused(begin('2026-01-15T00:00:00.000Z'), event({ type: 'OPEN', entityCount: 3 }));
    refused(begin('2026-03-31T20:00:00.000Z'), event({ type: 'OPEN', entityCount: 0 }));
  });

  it('edits the draft, then freezes the framework version once open', () => {
    let s = begin();
    s = step(s, event({ type: 'UPDATE_DRAFT', frameworkVersion: 2, selfAssessmentDueAt: '2026-03-31T20:00:00.000Z' }));
    expect(s.context).toMatchObject({ frameworkVersion: 2, selfAssessmentDueAt: '2026-03-31T20:00:00.000Z' });
    s = step(s, event({ type: 'OPEN', entityCount: 3 }));
    refused(s, event({ type: 'UPDATE_DRAFT', frameworkVersion: 3 }));
  });

  it('refuses skipping stages', () => {
    const s = begin('2026-03-31T20:00:00.000Z');
    refused(s, event({ type: 'PUBLISH' }));
    refused(s, event({ type: 'START_SCORING' }));
    refused(s, event({ type: 'CLOSE' }));
  });
});

describe('cycle workflow definition', () => {
  it('is driven by the programme manager alone', () => {
    expect(cycleWorkflow.start.permission.roles).toEqual(['programme_manager']);
    for (const spec of Object.values(cycleWorkflow.events)) expect(spec.permission).toEqual({ roles: ['programme_manager'], scope: 'any' });
    expect(Object.keys(cycleWorkflow.events).sort()).toEqual(Object.keys(cycleEventPayloads).sort());
  });

  it('validates input and payloads', () => {
    expect(cycleInputSchema.safeParse({ cycleId: 'c', number: 0, frameworkCode: 'x', frameworkVersion: 1 }).success).toBe(false);
    expect(cycleEventPayloads.OPEN.safeParse({ entityCount: -1 }).success).toBe(false);
  });
});
