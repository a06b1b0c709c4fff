import { describe, it, expect } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import type { InstanceRef } from '../../engine/workflow/definition.ts';
import type { JourneyEvent } from './journey-machine.ts';
import { journeyMachine, journeyWorkflow } from './journey-machine.ts';

type Snapshot = SnapshotFrom<typeof journeyMachine>;
type Payload<T extends JourneyEvent['type']> = Omit<Extract<JourneyEvent, { type: T }>, 'type' | '$actor' | '$at'>;

const pm = { id: 'u1', roles: ['programme_manager'], entityId: null };
let clock = 0;
function ev<T extends JourneyEvent['type']>(type: T, payload: Payload<T>): JourneyEvent {
  clock += 1;
  return { type, ...payload, $actor: pm, $at: `2026-03-01T08:${String(clock).padStart(2, '0')}:00.000Z` } as JourneyEvent;
}

function start(): Snapshot {
  clock = 0;
  const [snapshot] = initialTransition(journeyMachine, {
    journeyId: 'newborn',
    entityId: 'MOI',
    serviceCodes: ['MOI-CR-001'],
    title: { ar: 'تسجيل مولود جديد', en: 'Registering a newborn' },
  });
  return snapshot;
}

function send(snapshot: Snapshot, event: JourneyEvent): Snapshot {
  expect(snapshot.can(event)).toBe(true);
  return transition(journeyMachine, snapshot, event)[0];
}

describe('journey machine', () => {
  it('walks from selection to closure', () => {
    let s = start();
    expect(s.value).toBe('selected');
    s = send(s, ev('BEGIN_MAPPING', {}));
    s = send(s, ev('AS_IS_MAP_SAVED', { stepCount: 12 }));
    s = send(s, ev('BASELINE_MEASURED', { measurementId: 'm1' }));
    expect(s.value).toBe('baseline_measured');
    expect(s.context).toMatchObject({
      asIsStepCount: 12,
      baselineMeasurementId: 'm1',
      baselineMeasuredAt: '2026-03-01T08:03:00.000Z' /* third event */,
    });
    s = send(s, ev('BEGIN_ROOT_CAUSES', {}));
    s = send(s, ev('ROOT_CAUSES_SAVED', { count: 3 }));
    s = send(s, ev('BEGIN_TO_BE_DESIGN', {}));
    s = send(s, ev('TO_BE_MAP_SAVED', { stepCount: 5 }));
    s = send(s, ev('GAPS_COMPUTED', { gapCount: 7 }));
    expect(s.value).toBe('gap_analysis');
    s = send(s, ev('REVISE_TO_BE', {}));
    s = send(s, ev('GAPS_COMPUTED', { gapCount: 6 }));
    s = send(s, ev('BEGIN_TRANSITION_PLAN', {}));
    s = send(s, ev('PLAN_SAVED', { actionCount: 4 }));
    s = send(s, ev('BEGIN_IMPLEMENTATION', {}));
    s = send(s, ev('RE_MEASURED', { measurementId: 'm2' }));
    s = send(s, ev('CLOSE', {}));
    expect(s.value).toBe('closed');
    expect(s.status).toBe('done');
    expect(s.context).toMatchObject({
      gapCount: 6,
      actionCount: 4,
      remeasurementId: 'm2',
      closedAt: '2026-03-01T08:15:00.000Z' /* fifteenth event */,
    });
  });

  it('cannot leave as-is mapping with an empty map', () => {
    let s = start();
    s = send(s, ev('BEGIN_MAPPING', {}));
    expect(s.can(ev('BASELINE_MEASURED', { measurementId: 'm1' }))).toBe(false);
    s = send(s, ev('AS_IS_MAP_SAVED', { stepCount: 2 }));
    s = send(s, ev('AS_IS_MAP_SAVED', { stepCount: 0 })); // every step deleted again
    expect(s.can(ev('BASELINE_MEASURED', { measurementId: 'm1' }))).toBe(false);
  });

  it('guards root causes, to-be steps, gaps and actions', () => {
    let s = start();
    for (const e of [
      ev('BEGIN_MAPPING', {}),
      ev('AS_IS_MAP_SAVED', { stepCount: 1 }),
      ev('BASELINE_MEASURED', { measurementId: 'm' }),
      ev('BEGIN_ROOT_CAUSES', {}),
    ])
      s = send(s, e);
    expect(s.can(ev('BEGIN_TO_BE_DESIGN', {}))).toBe(false);
    s = send(s, ev('ROOT_CAUSES_SAVED', { count: 1 }));
    s = send(s, ev('BEGIN_TO_BE_DESIGN', {}));
    expect(s.can(ev('GAPS_COMPUTED', { gapCount: 1 }))).toBe(false);
    s = send(s, ev('TO_BE_MAP_SAVED', { stepCount: 1 }));
    s = send(s, ev('GAPS_COMPUTED', { gapCount: 0 }));
    expect(s.can(ev('BEGIN_TRANSITION_PLAN', {}))).toBe(false);
    s = send(s, ev('REVISE_TO_BE', {}));
    s = send(s, ev('GAPS_COMPUTED', { gapCount: 2 }));
    s = send(s, ev('BEGIN_TRANSITION_PLAN', {}));
    expect(s.can(ev('BEGIN_IMPLEMENTATION', {}))).toBe(false);
  });

  it('refuses events out of order', () => {
    const s = start();
    expect(s.can(ev('CLOSE', {}))).toBe(false);
    expect(s.can(ev('BASELINE_MEASURED', { measurementId: 'm' }))).toBe(false);
  });
});

describe('journey workflow permissions', () => {
  const spec = journeyWorkflow.events.AS_IS_MAP_SAVED!;
  const instance: InstanceRef = { id: 'i1', kind: 'journey_reengineering', entityId: 'MOI', state: 'as_is_mapping', version: 1 };
  const allow = (roles: string[], entityId: string | null) =>
    roles.some((r) => spec.permission.roles.includes(r)) &&
    spec.permission.allow!({ actor: { id: 'u', label: 'u', roles, entityId }, instance, snapshot: start(), payload: {} });

  it('lets programme managers and the owning entity coordinators drive, leadership only read', () => {
    expect(allow(['programme_manager'], null)).toBe(true);
    expect(allow(['entity_coordinator'], 'MOI')).toBe(true);
    expect(allow(['entity_coordinator'], 'MOH')).toBe(false);
    expect(allow(['leadership'], null)).toBe(false);
    for (const e of Object.values(journeyWorkflow.events)) expect(e.permission.roles).not.toContain('leadership');
    expect(journeyWorkflow.start.permission.roles).toEqual(['programme_manager']);
  });

  it('validates payloads', () => {
    expect(spec.payload.safeParse({ stepCount: -1 }).success).toBe(false);
    expect(journeyWorkflow.events.RE_MEASURED!.payload.safeParse({ measurementId: '' }).success).toBe(false);
  });
});
