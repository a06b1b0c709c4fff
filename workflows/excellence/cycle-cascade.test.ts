import { describe, it, expect } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import { cycleCascade } from './cycle-cascade.ts';
import { assessmentMachine, assessmentEventPayloads } from './assessment-machine.ts';
import type { AssessmentEvent } from './assessment-machine.ts';

type Snapshot = SnapshotFrom<typeof assessmentMachine>;
const manager = { id: 'pm', roles: ['programme_manager'], entityId: null };

/** Applies a cycle step the way the API does: each cascaded event where the assessment can take it. */
function cascade(snapshot: Snapshot, cycleEvent: keyof typeof cycleCascade, at: string): Snapshot {
  let s = snapshot;
  for (const type of cycleCascade[cycleEvent]) {
    const e = { type, $actor: manager, $at: at } as AssessmentEvent;
    if (s.can(e)) s = transition(assessmentMachine, s, e)[0];
  }
  return s;
}

describe('cycleCascade', () => {
  it('only cascades payload-free assessment events', () => {
    for (const types of Object.values(cycleCascade)) {
      for (const type of types) expect(assessmentEventPayloads[type].safeParse({}).success).toBe(true);
    }
  });

  it('opening the cycle starts self-assessment for a planned assessment', () => {
    const [planned] = initialTransition(assessmentMachine, {
      assessmentId: 'a',
      cycleId: 'c',
      entityId: 'e',
      entityType: 't',
      selfAssessmentDueAt: '2026-03-31T20:00:00.000Z',
    });
    const s = cascade(planned, 'OPEN', '2026-03-01T08:00:00.000Z');
    expect(s.value).toEqual({ self_assessment: 'open' });
  });

  it('leaves an assessment where it is when its own rules refuse', () => {
    const [noDeadline] = initialTransition(assessmentMachine, { assessmentId: 'a', cycleId: 'c', entityId: 'e', entityType: 't' });
    expect(cascade(noDeadline, 'OPEN', '2026-03-01T08:00:00.000Z').value).toBe('planning');
    // Publishing the cycle does nothing to an assessment still in planning.
    expect(cascade(noDeadline, 'PUBLISH', '2026-05-01T08:00:00.000Z').value).toBe('planning');
  });
});
