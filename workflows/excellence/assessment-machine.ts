import { assign, setup } from 'xstate';
import { z } from 'zod';
import { defineWorkflow } from '../../engine/workflow/definition.ts';
import type { PermissionCheck } from '../../engine/workflow/definition.ts';
import type { EventActor } from '../../engine/workflow/actor.ts';
import type { Role } from '../roles.ts';
import { byProgrammeManager, byOwnCoordinator } from '../permissions.ts';

/**
 * One entity's assessment within a cycle. The context keeps ids, dates and flags only:
 * node scores, evidence, strengths and areas for improvement live in domain tables the
 * API writes, so the machine decides *when* something may happen, not *what* was scored.
 */

interface Delivered {
  $actor: EventActor;
  $at: string;
}

export type AssessmentEvent = Delivered &
  (
    | { type: 'SET_PLAN'; selfAssessmentDueAt: string; appealWindowDays?: number }
    | { type: 'START_SELF_ASSESSMENT' }
    | { type: 'EXTEND_SELF_ASSESSMENT'; dueAt: string; reason: string }
    | { type: 'SUBMIT_SELF_ASSESSMENT' }
    | { type: 'REOPEN_SELF_ASSESSMENT'; reason: string }
    | { type: 'ASSIGN_TEAM'; assessorIds: string[]; leadAssessorId: string }
    | { type: 'START_SCORING' }
    | { type: 'SUBMIT_SCORES' }
    | { type: 'REOPEN_SCORES'; assessorId: string; reason: string }
    | { type: 'RECORD_CONSENSUS'; flaggedNodes: number }
    | { type: 'RECORD_SITE_VISIT'; visitId: string; visitKind: 'scheduled' | 'unannounced' }
    | { type: 'COMPLETE_SITE_VISITS' }
    | { type: 'LOCK_MODERATION' }
    | { type: 'UNLOCK_MODERATION'; reason: string }
    | { type: 'PUBLISH' }
    | { type: 'FILE_APPEAL'; nodeCode: string; reason: string }
    | { type: 'DECIDE_APPEAL'; decision: 'upheld' | 'rejected'; reason: string }
    | { type: 'ISSUE_FEEDBACK' }
    | { type: 'SUBMIT_IMPROVEMENT_PLAN' }
    | { type: 'CLOSE' }
  );

export interface AssessmentInput {
  assessmentId: string;
  cycleId: string;
  entityId: string;
  entityType: string;
  selfAssessmentDueAt?: string | undefined;
  appealWindowDays?: number | undefined;
}

export interface AssessmentContext {
  assessmentId: string;
  cycleId: string;
  entityId: string;
  entityType: string;
  selfAssessmentDueAt: string | null;
  /** Set while the self-assessment is past its deadline; cleared by an extension. */
  selfAssessmentLateSince: string | null;
  deadlineExtensions: number;
  selfAssessmentSubmittedAt: string | null;
  submittedLate: boolean;
  assessorIds: string[];
  leadAssessorId: string | null;
  submittedAssessorIds: string[];
  flaggedNodes: number;
  siteVisits: number;
  publishedAt: string | null;
  appealWindowDays: number;
  appealNodeCode: string | null;
  appealDecision: 'upheld' | 'rejected' | null;
  improvementPlanSubmitted: boolean;
  closedAt: string | null;
}

export const defaultAppealWindowDays = 14;
const dayMs = 24 * 60 * 60 * 1000;

/** Timers carry no `$at`: they fire at the moment they were set for (the `fallback`). */
function eventTime(event: { type: string }, fallback: string | null): number {
  const at = (event as Partial<Delivered>).$at;
  return Date.parse(typeof at === 'string' ? at : (fallback ?? '1970-01-01T00:00:00Z'));
}

function actorId(event: { type: string }): string | null {
  return (event as Partial<Delivered>).$actor?.id ?? null;
}

export const assessmentMachine = setup({
  types: {
    context: {} as AssessmentContext,
    events: {} as AssessmentEvent,
    input: {} as AssessmentInput,
  },
  delays: {
    untilSelfAssessmentDue: ({ context, event }) =>
      Math.max(0, Date.parse(context.selfAssessmentDueAt ?? '') - eventTime(event, context.selfAssessmentDueAt)),
    untilAppealWindowCloses: ({ context, event }) => {
      const closes = Date.parse(context.publishedAt ?? '') + context.appealWindowDays * dayMs;
      return Math.max(0, closes - eventTime(event, context.publishedAt));
    },
  },
  guards: {
    planInFuture: ({ event }) => event.type === 'SET_PLAN' && Date.parse(event.selfAssessmentDueAt) > Date.parse(event.$at),
    hasFutureDeadline: ({ context, event }) =>
      context.selfAssessmentDueAt !== null && Date.parse(context.selfAssessmentDueAt) > eventTime(event, null),
    extendsDeadline: ({ context, event }) => {
      if (event.type !== 'EXTEND_SELF_ASSESSMENT' || event.reason.trim() === '') return false;
      const next = Date.parse(event.dueAt);
      return Number.isFinite(next) && next > Date.parse(event.$at) && next > Date.parse(context.selfAssessmentDueAt ?? '');
    },
    validTeam: ({ event }) =>
      event.type === 'ASSIGN_TEAM' &&
      event.assessorIds.length > 0 &&
      new Set(event.assessorIds).size === event.assessorIds.length &&
      event.assessorIds.includes(event.leadAssessorId),
    teamAssigned: ({ context }) => context.assessorIds.length > 0 && context.leadAssessorId !== null,
    isPendingAssessor: ({ context, event }) => {
      const id = actorId(event);
      return id !== null && context.assessorIds.includes(id) && !context.submittedAssessorIds.includes(id);
    },
    allScoresSubmitted: ({ context }) =>
      context.assessorIds.length > 0 && context.assessorIds.every((id) => context.submittedAssessorIds.includes(id)),
    isLead: ({ context, event }) => context.leadAssessorId !== null && actorId(event) === context.leadAssessorId,
    /** A reopened sheet is one its assessor submitted, and the manager says why. */
    reopensSubmittedSheet: ({ context, event }) =>
      event.type === 'REOPEN_SCORES' && event.reason.trim() !== '' && context.submittedAssessorIds.includes(event.assessorId),
    reopenReasonGiven: ({ event }) => event.type === 'REOPEN_SELF_ASSESSMENT' && event.reason.trim() !== '',
    hasReason: ({ event }) =>
      (event.type === 'UNLOCK_MODERATION' || event.type === 'FILE_APPEAL' || event.type === 'DECIDE_APPEAL') && event.reason.trim() !== '',
  },
  actions: {
    setPlan: assign(({ context, event }) =>
      event.type === 'SET_PLAN'
        ? { selfAssessmentDueAt: event.selfAssessmentDueAt, appealWindowDays: event.appealWindowDays ?? context.appealWindowDays }
        : {},
    ),
    markLate: assign({ selfAssessmentLateSince: ({ context }) => context.selfAssessmentDueAt }),
    extendDeadline: assign(({ context, event }) =>
      event.type === 'EXTEND_SELF_ASSESSMENT'
        ? { selfAssessmentDueAt: event.dueAt, selfAssessmentLateSince: null, deadlineExtensions: context.deadlineExtensions + 1 }
        : {},
    ),
    recordSelfAssessment: assign(({ context, event }) => ({
      selfAssessmentSubmittedAt: event.$at,
      submittedLate: context.selfAssessmentLateSince !== null,
    })),
    assignTeam: assign(({ event }) =>
      event.type === 'ASSIGN_TEAM'
        ? { assessorIds: [...event.assessorIds], leadAssessorId: event.leadAssessorId, submittedAssessorIds: [] }
        : {},
    ),
    recordScores: assign({
      submittedAssessorIds: ({ context, event }) => [...context.submittedAssessorIds, event.$actor.id ?? ''],
    }),
    reopenSheet: assign({
      submittedAssessorIds: ({ context, event }) =>
        event.type === 'REOPEN_SCORES' ? context.submittedAssessorIds.filter((x) => x !== event.assessorId) : context.submittedAssessorIds,
    }),
    reopenSelfAssessment: assign({ selfAssessmentSubmittedAt: null, submittedLate: false }),
    recordConsensus: assign({ flaggedNodes: ({ event }) => (event.type === 'RECORD_CONSENSUS' ? event.flaggedNodes : 0) }),
    countSiteVisit: assign({ siteVisits: ({ context }) => context.siteVisits + 1 }),
    recordPublication: assign({ publishedAt: ({ event }) => event.$at }),
    recordAppeal: assign({ appealNodeCode: ({ event }) => (event.type === 'FILE_APPEAL' ? event.nodeCode : null) }),
    recordAppealDecision: assign({ appealDecision: ({ event }) => (event.type === 'DECIDE_APPEAL' ? event.decision : null) }),
    recordImprovementPlan: assign({ improvementPlanSubmitted: true }),
    recordClosed: assign({ closedAt: ({ event }) => event.$at }),
  },
}).createMachine({
  id: 'assessment',
  context: ({ input }) => ({
    assessmentId: input.assessmentId,
    cycleId: input.cycleId,
    entityId: input.entityId,
    entityType: input.entityType,
    selfAssessmentDueAt: input.selfAssessmentDueAt ?? null,
    selfAssessmentLateSince: null,
    deadlineExtensions: 0,
    selfAssessmentSubmittedAt: null,
    submittedLate: false,
    assessorIds: [],
    leadAssessorId: null,
    submittedAssessorIds: [],
    flaggedNodes: 0,
    siteVisits: 0,
    publishedAt: null,
    appealWindowDays: input.appealWindowDays ?? defaultAppealWindowDays,
    appealNodeCode: null,
    appealDecision: null,
    improvementPlanSubmitted: false,
    closedAt: null,
  }),
  initial: 'planning',
  states: {
    planning: {
      on: {
        SET_PLAN: { guard: 'planInFuture', actions: 'setPlan' },
        START_SELF_ASSESSMENT: { guard: 'hasFutureDeadline', target: 'self_assessment' },
      },
    },
    self_assessment: {
      initial: 'open',
      on: {
        SUBMIT_SELF_ASSESSMENT: { target: 'assessor_assignment', actions: 'recordSelfAssessment' },
        // Re-entering `open` cancels the pending deadline timer and arms it from the new date.
        EXTEND_SELF_ASSESSMENT: { guard: 'extendsDeadline', target: '.open', reenter: true, actions: 'extendDeadline' },
      },
      states: {
        open: { after: { untilSelfAssessmentDue: { target: 'late', actions: 'markLate' } } },
        late: {},
      },
    },
    assessor_assignment: {
      on: {
        // The manager sends a submitted self-assessment back to its entity, with a reason, before scoring starts.
        REOPEN_SELF_ASSESSMENT: { guard: 'reopenReasonGiven', target: 'self_assessment', actions: 'reopenSelfAssessment' },
        ASSIGN_TEAM: { guard: 'validTeam', actions: 'assignTeam' },
        START_SCORING: { guard: 'teamAssigned', target: 'independent_scoring' },
      },
    },
    independent_scoring: {
      always: { guard: 'allScoresSubmitted', target: 'consensus' },
      on: {
        SUBMIT_SCORES: { guard: 'isPendingAssessor', actions: 'recordScores' },
        REOPEN_SCORES: { guard: 'reopensSubmittedSheet', actions: 'reopenSheet' },
      },
    },
    consensus: {
      on: {
        // A sheet reopened after the last one came in takes the assessment back to independent scoring.
        REOPEN_SCORES: { guard: 'reopensSubmittedSheet', target: 'independent_scoring', actions: 'reopenSheet' },
        RECORD_CONSENSUS: { guard: 'isLead', target: 'site_visits', actions: 'recordConsensus' },
      },
    },
    site_visits: {
      on: {
        RECORD_SITE_VISIT: { actions: 'countSiteVisit' },
        COMPLETE_SITE_VISITS: 'moderation',
      },
    },
    moderation: {
      initial: 'calibrating',
      states: {
        calibrating: { on: { LOCK_MODERATION: 'locked' } },
        locked: {
          on: {
            UNLOCK_MODERATION: { guard: 'hasReason', target: 'calibrating' },
            PUBLISH: { target: '#assessment.published', actions: 'recordPublication' },
          },
        },
      },
    },
    /** Scores, maturity, classification and rank are visible to the entity from here on. */
    published: {
      initial: 'appeal_window',
      states: {
        appeal_window: {
          after: { untilAppealWindowCloses: '#assessment.feedback' },
          on: { FILE_APPEAL: { guard: 'hasReason', target: 'appeal_review', actions: 'recordAppeal' } },
        },
        appeal_review: {
          on: { DECIDE_APPEAL: { guard: 'hasReason', target: '#assessment.feedback', actions: 'recordAppealDecision' } },
        },
      },
    },
    feedback: {
      on: { ISSUE_FEEDBACK: 'improvement_planning' },
    },
    improvement_planning: {
      on: {
        SUBMIT_IMPROVEMENT_PLAN: { actions: 'recordImprovementPlan' },
        CLOSE: { target: 'closed', actions: 'recordClosed' },
      },
    },
    closed: { type: 'final' },
  },
});

const isoDateTime = z.iso.datetime({ offset: true });
const reason = z.string().trim().min(1).max(2000);
const id = z.string().min(1);

export const assessmentInputSchema = z.object({
  assessmentId: id,
  cycleId: id,
  entityId: id,
  entityType: id,
  selfAssessmentDueAt: isoDateTime.optional(),
  appealWindowDays: z.number().int().min(1).max(90).optional(),
});

export const assessmentEventPayloads = {
  SET_PLAN: z.object({ selfAssessmentDueAt: isoDateTime, appealWindowDays: z.number().int().min(1).max(90).optional() }),
  START_SELF_ASSESSMENT: z.object({}),
  EXTEND_SELF_ASSESSMENT: z.object({ dueAt: isoDateTime, reason }),
  SUBMIT_SELF_ASSESSMENT: z.object({}),
  REOPEN_SELF_ASSESSMENT: z.object({ reason }),
  ASSIGN_TEAM: z.object({ assessorIds: z.array(id).min(1).max(20), leadAssessorId: id }),
  START_SCORING: z.object({}),
  SUBMIT_SCORES: z.object({}),
  REOPEN_SCORES: z.object({ assessorId: id, reason }),
  RECORD_CONSENSUS: z.object({ flaggedNodes: z.number().int().min(0) }),
  RECORD_SITE_VISIT: z.object({ visitId: id, visitKind: z.enum(['scheduled', 'unannounced']) }),
  COMPLETE_SITE_VISITS: z.object({}),
  LOCK_MODERATION: z.object({}),
  UNLOCK_MODERATION: z.object({ reason }),
  PUBLISH: z.object({}),
  FILE_APPEAL: z.object({ nodeCode: id, reason }),
  DECIDE_APPEAL: z.object({ decision: z.enum(['upheld', 'rejected']), reason }),
  ISSUE_FEEDBACK: z.object({}),
  SUBMIT_IMPROVEMENT_PLAN: z.object({}),
  CLOSE: z.object({}),
} as const;

const programmeManager: Role = 'programme_manager';
const assessor: Role = 'assessor';

type Check = PermissionCheck<typeof assessmentMachine>;

/** An assessor on this assessment's team. */
function onTeam({ actor, snapshot }: Check): boolean {
  return actor.id !== null && snapshot.context.assessorIds.includes(actor.id);
}

/** The team's lead. */
function isTeamLead({ actor, snapshot }: Check): boolean {
  return actor.id !== null && snapshot.context.leadAssessorId === actor.id;
}

/** The programme manager, or the team's lead. */
function managerOrLead(check: Check): boolean {
  return check.actor.roles.includes(programmeManager) || isTeamLead(check);
}

export const assessmentWorkflow = defineWorkflow({
  kind: 'excellence_assessment',
  version: 1,
  machine: assessmentMachine,
  start: { permission: byProgrammeManager, input: assessmentInputSchema },
  events: {
    SET_PLAN: { payload: assessmentEventPayloads.SET_PLAN, permission: byProgrammeManager },
    START_SELF_ASSESSMENT: { payload: assessmentEventPayloads.START_SELF_ASSESSMENT, permission: byProgrammeManager },
    EXTEND_SELF_ASSESSMENT: { payload: assessmentEventPayloads.EXTEND_SELF_ASSESSMENT, permission: byProgrammeManager },
    SUBMIT_SELF_ASSESSMENT: { payload: assessmentEventPayloads.SUBMIT_SELF_ASSESSMENT, permission: byOwnCoordinator },
    REOPEN_SELF_ASSESSMENT: { payload: assessmentEventPayloads.REOPEN_SELF_ASSESSMENT, permission: byProgrammeManager },
    ASSIGN_TEAM: { payload: assessmentEventPayloads.ASSIGN_TEAM, permission: byProgrammeManager },
    START_SCORING: { payload: assessmentEventPayloads.START_SCORING, permission: byProgrammeManager },
    SUBMIT_SCORES: { payload: assessmentEventPayloads.SUBMIT_SCORES, permission: { roles: [assessor], scope: 'any', allow: onTeam } },
    REOPEN_SCORES: { payload: assessmentEventPayloads.REOPEN_SCORES, permission: byProgrammeManager },
    RECORD_CONSENSUS: {
      payload: assessmentEventPayloads.RECORD_CONSENSUS,
      permission: { roles: [assessor], scope: 'any', allow: isTeamLead },
    },
    RECORD_SITE_VISIT: {
      payload: assessmentEventPayloads.RECORD_SITE_VISIT,
      permission: { roles: [programmeManager, assessor], scope: 'any', allow: managerOrLead },
    },
    COMPLETE_SITE_VISITS: {
      payload: assessmentEventPayloads.COMPLETE_SITE_VISITS,
      permission: { roles: [programmeManager, assessor], scope: 'any', allow: managerOrLead },
    },
    LOCK_MODERATION: { payload: assessmentEventPayloads.LOCK_MODERATION, permission: byProgrammeManager },
    UNLOCK_MODERATION: { payload: assessmentEventPayloads.UNLOCK_MODERATION, permission: byProgrammeManager },
    PUBLISH: { payload: assessmentEventPayloads.PUBLISH, permission: byProgrammeManager },
    FILE_APPEAL: { payload: assessmentEventPayloads.FILE_APPEAL, permission: byOwnCoordinator },
    DECIDE_APPEAL: { payload: assessmentEventPayloads.DECIDE_APPEAL, permission: byProgrammeManager },
    ISSUE_FEEDBACK: { payload: assessmentEventPayloads.ISSUE_FEEDBACK, permission: byProgrammeManager },
    SUBMIT_IMPROVEMENT_PLAN: { payload: assessmentEventPayloads.SUBMIT_IMPROVEMENT_PLAN, permission: byOwnCoordinator },
    CLOSE: { payload: assessmentEventPayloads.CLOSE, permission: byProgrammeManager },
  },
});
