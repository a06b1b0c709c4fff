import { describe, it, expect } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { SnapshotFrom } from 'xstate';
import { assessmentMachine, assessmentWorkflow, assessmentEventPayloads } from './assessment-machine.ts';
import type { AssessmentEvent } from './assessment-machine.ts';

type Snapshot = SnapshotFrom<typeof assessmentMachine>;
type Body = AssessmentEvent extends infer E ? (E extends AssessmentEvent ? Omit<E, '$actor' | '$at'> : never) : never;

const manager = { id: 'pm', roles: ['programme_manager'], entityId: null };
const coordinator = { id: 'coord', roles: ['entity_coordinator'], entityId: 'ent-1' };
const assessorA = { id: 'as-a', roles: ['assessor'], entityId: null };
const assessorB = { id: 'as-b', roles: ['assessor'], entityId: null };
const outsider = { id: 'as-x', roles: ['assessor'], entityId: null };

const start = '2026-03-01T08:00:00.000Z';
const due = '2026-03-31T20:00:00.000Z';
const dayMs = 86_400_000;

function event(body: Body, actor: { id: string; roles: string[]; entityId: string | null }, at: string): AssessmentEvent {
  return { ...body, $actor: actor, $at: at } as AssessmentEvent;
}

function begin(): Snapshot {
  const [snapshot] = initialTransition(assessmentMachine, {
    assessmentId: 'a-1',
    cycleId: 'c-4',
    entityId: 'ent-1',
    entityType: 'service_entity',
  });
  return snapshot;
}

/** Sends and asserts the machine accepted (can() true before sending). */
function step(snapshot: Snapshot, e: AssessmentEvent) {
  expect(snapshot.can(e)).toBe(true);
  return transition(assessmentMachine, snapshot, e);
}

/** Asserts a refused event: can() is false and the state and context are unchanged. */
function refused(snapshot: Snapshot, e: AssessmentEvent) {
  expect(snapshot.can(e)).toBe(false);
  const [next] = transition(assessmentMachine, snapshot, e);
  expect(next.value).toEqual(snapshot.value);
  expect(next.context).toEqual(snapshot.context);
}

function delayedRaises(actions: readonly unknown[]) {
  return (actions as { type: string; params?: { delay?: number; event?: { type: string } } }[])
    .filter((a) => a.type === 'xstate.raise' && typeof a.params?.delay === 'number')
    .map((a) => ({ delay: a.params!.delay!, event: a.params!.event! }));
}

function toSelfAssessment(): Snapshot {
  let s = begin();
  [s] = step(s, event({ type: 'SET_PLAN', selfAssessmentDueAt: due }, manager, start));
  [s] = step(s, event({ type: 'START_SELF_ASSESSMENT' }, manager, start));
  return s;
}

function toScoring(): Snapshot {
  let s = toSelfAssessment();
  [s] = step(s, event({ type: 'SUBMIT_SELF_ASSESSMENT' }, coordinator, '2026-03-20T10:00:00.000Z'));
  [s] = step(s, event({ type: 'ASSIGN_TEAM', assessorIds: ['as-a', 'as-b'], leadAssessorId: 'as-a' }, manager, '2026-04-01T08:00:00.000Z'));
  [s] = step(s, event({ type: 'START_SCORING' }, manager, '2026-04-01T09:00:00.000Z'));
  return s;
}

function toPublished(): Snapshot {
  let s = toScoring();
  [s] = step(s, event({ type: 'SUBMIT_SCORES' }, assessorA, '2026-04-10T08:00:00.000Z'));
  [s] = step(s, event({ type: 'SUBMIT_SCORES' }, assessorB, '2026-04-11T08:00:00.000Z'));
  [s] = step(s, event({ type: 'RECORD_CONSENSUS', flaggedNodes: 2 }, assessorA, '2026-04-15T08:00:00.000Z'));
  [s] = step(s, event({ type: 'RECORD_SITE_VISIT', visitId: 'v-1', visitKind: 'unannounced' }, assessorA, '2026-04-20T08:00:00.000Z'));
  [s] = step(s, event({ type: 'COMPLETE_SITE_VISITS' }, manager, '2026-04-25T08:00:00.000Z'));
  [s] = step(s, event({ type: 'LOCK_MODERATION' }, manager, '2026-05-01T08:00:00.000Z'));
  [s] = step(s, event({ type: 'PUBLISH' }, manager, '2026-05-10T08:00:00.000Z'));
  return s;
}

describe('assessment machine', () => {
  it('starts in planning with a small context', () => {
    const s = begin();
    expect(s.value).toBe('planning');
    expect(s.context).toMatchObject({ assessmentId: 'a-1', entityId: 'ent-1', appealWindowDays: 14, assessorIds: [] });
  });

  it('refuses to start the self-assessment without a future deadline', () => {
    const s = begin();
    refused(s, event({ type: 'START_SELF_ASSESSMENT' }, manager, start));
    refused(s, event({ type: 'SET_PLAN', selfAssessmentDueAt: '2026-02-01T00:00:00.000Z' }, manager, start));
  });

  it('arms the deadline timer for the time left until the due date', () => {
    let s = begin();
    [s] = step(s, event({ type: 'SET_PLAN', selfAssessmentDueAt: due }, manager, start));
    const [next, actions] = step(s, event({ type: 'START_SELF_ASSESSMENT' }, manager, start));
    expect(next.value).toEqual({ self_assessment: 'open' });
    // 1 March 08:00 -> 31 March 20:00 = 30 days 12 hours
    expect(delayedRaises(actions).map((r) => r.delay)).toEqual([30 * dayMs + 12 * 3_600_000]);
  });

  it('marks the self-assessment late when the timer fires, and the manager can extend it', () => {
    let s = begin();
    [s] = step(s, event({ type: 'SET_PLAN', selfAssessmentDueAt: due }, manager, start));
    const [opened, actions] = step(s, event({ type: 'START_SELF_ASSESSMENT' }, manager, start));
    const timer = delayedRaises(actions)[0]!;
    const [late] = transition(assessmentMachine, opened, timer.event as never);
    expect(late.value).toEqual({ self_assessment: 'late' });
    expect(late.context.selfAssessmentLateSince).toBe(due);

    // An extension must move the date later and have a reason.
    refused(
      late,
      event(
        { type: 'EXTEND_SELF_ASSESSMENT', dueAt: '2026-03-15T00:00:00.000Z', reason: 'more time' },
        manager,
        '2026-04-01T08:00:00.000Z',
      ),
    );
    refused(
      late,
      event({ type: 'EXTEND_SELF_ASSESSMENT', dueAt: '2026-04-10T00:00:00.000Z', reason: ' ' }, manager, '2026-04-01T08:00:00.000Z'),
    );

    const [extended, extendActions] = step(
      late,
      event(
        { type: 'EXTEND_SELF_ASSESSMENT', dueAt: '2026-04-10T08:00:00.000Z', reason: 'evidence delayed' },
        manager,
        '2026-04-01T08:00:00.000Z',
      ),
    );
    expect(extended.value).toEqual({ self_assessment: 'open' });
    expect(extended.context).toMatchObject({
      selfAssessmentDueAt: '2026-04-10T08:00:00.000Z',
      selfAssessmentLateSince: null,
      deadlineExtensions: 1,
    });
    // Re-armed for 9 days from the extension.
    expect(delayedRaises(extendActions).map((r) => r.delay)).toEqual([9 * dayMs]);
  });

  it('records a late submission', () => {
    let s = begin();
    [s] = step(s, event({ type: 'SET_PLAN', selfAssessmentDueAt: due }, manager, start));
    const [opened, actions] = step(s, event({ type: 'START_SELF_ASSESSMENT' }, manager, start));
    [s] = transition(assessmentMachine, opened, delayedRaises(actions)[0]!.event as never);
    expect(s.value).toEqual({ self_assessment: 'late' });
    [s] = step(s, event({ type: 'SUBMIT_SELF_ASSESSMENT' }, coordinator, '2026-04-02T08:00:00.000Z'));
    expect(s.value).toBe('assessor_assignment');
    expect(s.context).toMatchObject({ submittedLate: true, selfAssessmentSubmittedAt: '2026-04-02T08:00:00.000Z' });
  });

  it('records an on-time submission as not late', () => {
    let s = toSelfAssessment();
    [s] = step(s, event({ type: 'SUBMIT_SELF_ASSESSMENT' }, coordinator, '2026-03-20T10:00:00.000Z'));
    expect(s.context.submittedLate).toBe(false);
  });

  it('requires a team with its lead among the assessors before scoring', () => {
    let s = toSelfAssessment();
    [s] = step(s, event({ type: 'SUBMIT_SELF_ASSESSMENT' }, coordinator, '2026-03-20T10:00:00.000Z'));
    refused(s, event({ type: 'START_SCORING' }, manager, '2026-04-01T08:00:00.000Z'));
    refused(s, event({ type: 'ASSIGN_TEAM', assessorIds: ['as-a', 'as-b'], leadAssessorId: 'as-x' }, manager, '2026-04-01T08:00:00.000Z'));
    refused(s, event({ type: 'ASSIGN_TEAM', assessorIds: ['as-a', 'as-a'], leadAssessorId: 'as-a' }, manager, '2026-04-01T08:00:00.000Z'));
  });

  it('moves to consensus once every assessor has submitted, each once, outsiders refused', () => {
    let s = toScoring();
    expect(s.value).toBe('independent_scoring');
    refused(s, event({ type: 'SUBMIT_SCORES' }, outsider, '2026-04-10T08:00:00.000Z'));
    [s] = step(s, event({ type: 'SUBMIT_SCORES' }, assessorA, '2026-04-10T08:00:00.000Z'));
    expect(s.value).toBe('independent_scoring');
    refused(s, event({ type: 'SUBMIT_SCORES' }, assessorA, '2026-04-10T09:00:00.000Z'));
    [s] = step(s, event({ type: 'SUBMIT_SCORES' }, assessorB, '2026-04-11T08:00:00.000Z'));
    expect(s.value).toBe('consensus');
    expect(s.context.submittedAssessorIds).toEqual(['as-a', 'as-b']);
    // Only the lead records consensus.
    refused(s, event({ type: 'RECORD_CONSENSUS', flaggedNodes: 0 }, assessorB, '2026-04-15T08:00:00.000Z'));
  });

  it('reopens a submitted self-assessment with a reason, before scoring starts', () => {
    let s = toSelfAssessment();
    [s] = step(s, event({ type: 'SUBMIT_SELF_ASSESSMENT' }, coordinator, '2026-03-20T10:00:00.000Z'));
    refused(s, event({ type: 'REOPEN_SELF_ASSESSMENT', reason: ' ' }, manager, '2026-03-21T08:00:00.000Z'));
    [s] = step(s, event({ type: 'REOPEN_SELF_ASSESSMENT', reason: 'one criterion scored' }, manager, '2026-03-21T08:00:00.000Z'));
    expect(s.value).toEqual({ self_assessment: 'open' });
    expect(s.context.selfAssessmentSubmittedAt).toBeNull();
    [s] = step(s, event({ type: 'SUBMIT_SELF_ASSESSMENT' }, coordinator, '2026-03-25T10:00:00.000Z'));
    expect(s.value).toBe('assessor_assignment');
    // Once scoring has started the self-assessment stays as it was handed over.
    [s] = step(s, event({ type: 'ASSIGN_TEAM', assessorIds: ['as-a'], leadAssessorId: 'as-a' }, manager, '2026-04-01T08:00:00.000Z'));
    [s] = step(s, event({ type: 'START_SCORING' }, manager, '2026-04-01T09:00:00.000Z'));
    refused(s, event({ type: 'REOPEN_SELF_ASSESSMENT', reason: 'late' }, manager, '2026-04-02T08:00:00.000Z'));
  });

  it("reopens one assessor's submitted sheet with a reason, from consensus back to scoring", () => {
    let s = toScoring();
    refused(s, event({ type: 'REOPEN_SCORES', assessorId: 'as-a', reason: 'not submitted yet' }, manager, '2026-04-10T07:00:00.000Z'));
    [s] = step(s, event({ type: 'SUBMIT_SCORES' }, assessorA, '2026-04-10T08:00:00.000Z'));
    [s] = step(s, event({ type: 'SUBMIT_SCORES' }, assessorB, '2026-04-11T08:00:00.000Z'));
    expect(s.value).toBe('consensus');
    refused(s, event({ type: 'REOPEN_SCORES', assessorId: 'as-b', reason: '' }, manager, '2026-04-12T08:00:00.000Z'));
    [s] = step(s, event({ type: 'REOPEN_SCORES', assessorId: 'as-b', reason: 'C needs evidence' }, manager, '2026-04-12T08:00:00.000Z'));
    expect(s.value).toBe('independent_scoring');
    expect(s.context.submittedAssessorIds).toEqual(['as-a']);
    [s] = step(s, event({ type: 'SUBMIT_SCORES' }, assessorB, '2026-04-13T08:00:00.000Z'));
    expect(s.value).toBe('consensus');
  });

  it('refuses to publish before moderation is locked', () => {
    let s = toScoring();
    [s] = step(s, event({ type: 'SUBMIT_SCORES' }, assessorA, '2026-04-10T08:00:00.000Z'));
    [s] = step(s, event({ type: 'SUBMIT_SCORES' }, assessorB, '2026-04-11T08:00:00.000Z'));
    [s] = step(s, event({ type: 'RECORD_CONSENSUS', flaggedNodes: 2 }, assessorA, '2026-04-15T08:00:00.000Z'));
    [s] = step(s, event({ type: 'COMPLETE_SITE_VISITS' }, assessorA, '2026-04-25T08:00:00.000Z'));
    expect(s.value).toEqual({ moderation: 'calibrating' });
    refused(s, event({ type: 'PUBLISH' }, manager, '2026-05-01T08:00:00.000Z'));
    [s] = step(s, event({ type: 'LOCK_MODERATION' }, manager, '2026-05-01T08:00:00.000Z'));
    refused(s, event({ type: 'UNLOCK_MODERATION', reason: '' }, manager, '2026-05-02T08:00:00.000Z'));
    [s] = step(s, event({ type: 'UNLOCK_MODERATION', reason: 'team B scored high' }, manager, '2026-05-02T08:00:00.000Z'));
    expect(s.value).toEqual({ moderation: 'calibrating' });
  });

  it('opens an appeal window that closes on its timer', () => {
    let s = toScoring();
    [s] = step(s, event({ type: 'SUBMIT_SCORES' }, assessorA, '2026-04-10T08:00:00.000Z'));
    [s] = step(s, event({ type: 'SUBMIT_SCORES' }, assessorB, '2026-04-11T08:00:00.000Z'));
    [s] = step(s, event({ type: 'RECORD_CONSENSUS', flaggedNodes: 2 }, assessorA, '2026-04-15T08:00:00.000Z'));
    [s] = step(s, event({ type: 'COMPLETE_SITE_VISITS' }, manager, '2026-04-25T08:00:00.000Z'));
    [s] = step(s, event({ type: 'LOCK_MODERATION' }, manager, '2026-05-01T08:00:00.000Z'));
    const [published, actions] = step(s, event({ type: 'PUBLISH' }, manager, '2026-05-10T08:00:00.000Z'));
    expect(published.value).toEqual({ published: 'appeal_window' });
    expect(published.context.publishedAt).toBe('2026-05-10T08:00:00.000Z');
    const timer = delayedRaises(actions)[0]!;
    expect(timer.delay).toBe(14 * dayMs);
    const [afterWindow] = transition(assessmentMachine, published, timer.event as never);
    expect(afterWindow.value).toBe('feedback');
    refused(
      afterWindow,
      event({ type: 'FILE_APPEAL', nodeCode: '2.1', reason: 'evidence missed' }, coordinator, '2026-05-30T08:00:00.000Z'),
    );
  });

  it('takes one appeal, decided by the programme, then feedback, improvement planning and closure', () => {
    let s = toPublished();
    refused(s, event({ type: 'FILE_APPEAL', nodeCode: '2.1', reason: '' }, coordinator, '2026-05-12T08:00:00.000Z'));
    [s] = step(s, event({ type: 'FILE_APPEAL', nodeCode: '2.1', reason: 'evidence missed' }, coordinator, '2026-05-12T08:00:00.000Z'));
    expect(s.value).toEqual({ published: 'appeal_review' });
    refused(s, event({ type: 'FILE_APPEAL', nodeCode: '3.1', reason: 'second' }, coordinator, '2026-05-13T08:00:00.000Z'));
    [s] = step(s, event({ type: 'DECIDE_APPEAL', decision: 'upheld', reason: 'evidence confirmed' }, manager, '2026-05-20T08:00:00.000Z'));
    expect(s.value).toBe('feedback');
    expect(s.context).toMatchObject({ appealNodeCode: '2.1', appealDecision: 'upheld' });
    refused(s, event({ type: 'CLOSE' }, manager, '2026-05-21T08:00:00.000Z'));
    [s] = step(s, event({ type: 'ISSUE_FEEDBACK' }, manager, '2026-05-21T08:00:00.000Z'));
    [s] = step(s, event({ type: 'SUBMIT_IMPROVEMENT_PLAN' }, coordinator, '2026-06-01T08:00:00.000Z'));
    [s] = step(s, event({ type: 'CLOSE' }, manager, '2026-06-30T08:00:00.000Z'));
    expect(s.value).toBe('closed');
    expect(s.status).toBe('done');
    expect(s.context).toMatchObject({
      improvementPlanSubmitted: true,
      closedAt: '2026-06-30T08:00:00.000Z',
      siteVisits: 1,
      flaggedNodes: 2,
    });
  });

  it('refuses events that belong to other stages', () => {
    const s = begin();
    refused(s, event({ type: 'SUBMIT_SELF_ASSESSMENT' }, coordinator, start));
    refused(s, event({ type: 'PUBLISH' }, manager, start));
    refused(s, event({ type: 'SUBMIT_SCORES' }, assessorA, start));
  });
});

describe('assessment workflow definition', () => {
  const snapshot = toScoring();
  const instance = { id: 'i-1', kind: 'excellence_assessment', entityId: 'ent-1', state: 'independent_scoring', version: 3 };
  const actor = (a: { id: string; roles: string[]; entityId: string | null }) => ({ ...a, label: a.id });

  it('lets only team assessors submit scores and only the lead record consensus', () => {
    const submit = assessmentWorkflow.events.SUBMIT_SCORES!.permission.allow!;
    expect(submit({ actor: actor(assessorB), instance, snapshot, payload: {} })).toBe(true);
    expect(submit({ actor: actor(outsider), instance, snapshot, payload: {} })).toBe(false);
    const consensus = assessmentWorkflow.events.RECORD_CONSENSUS!.permission.allow!;
    expect(consensus({ actor: actor(assessorA), instance, snapshot, payload: {} })).toBe(true);
    expect(consensus({ actor: actor(assessorB), instance, snapshot, payload: {} })).toBe(false);
  });

  it('scopes self-assessment events to the entity coordinator', () => {
    expect(assessmentWorkflow.events.SUBMIT_SELF_ASSESSMENT!.permission).toEqual({ roles: ['entity_coordinator'], scope: 'entity' });
    expect(assessmentWorkflow.events.FILE_APPEAL!.permission.scope).toBe('entity');
    expect(assessmentWorkflow.events.PUBLISH!.permission.roles).toEqual(['programme_manager']);
  });

  it('declares a payload for every event the machine handles', () => {
    expect(Object.keys(assessmentWorkflow.events).sort()).toEqual(Object.keys(assessmentEventPayloads).sort());
    expect(assessmentEventPayloads.ASSIGN_TEAM.safeParse({ assessorIds: [], leadAssessorId: 'a' }).success).toBe(false);
    expect(assessmentEventPayloads.EXTEND_SELF_ASSESSMENT.safeParse({ dueAt: 'tomorrow', reason: 'x' }).success).toBe(false);
  });
});
