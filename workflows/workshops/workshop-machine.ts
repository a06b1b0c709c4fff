import { addMinutes } from 'date-fns';
import { assign, setup } from 'xstate';
import { mergeIdeas, mergeProblem } from './idea-merge.ts';
import { addUndo, mergeUndo, undoBoard, undoOffer, type BoardUndo, type UndoableList } from './board-undo.ts';
import { retractVote, voteRefusal } from './vote-budget.ts';
import { emptyBoard, liveIdeas, type Participant, type WorkshopBoard } from './workshop-board.ts';
import type { EventStamp, WorkshopEvent } from './workshop-events.ts';
import type { WorkshopInput } from './workshop-input.ts';
import { workshopPhases, type WorkingPhase, type WorkshopPhase } from './workshop-phases.ts';

export interface PhaseLogEntry {
  phase: WorkshopPhase;
  startedAt: string;
  endedAt: string;
  how: 'advanced' | 'skipped' | 'timer';
  reason?: string;
}

export interface WorkshopContext extends WorkshopInput {
  /** The latest event time the machine has seen; the clock for time boxes. */
  now: string;
  phase: WorkshopPhase;
  phaseStartedAt: string;
  /** When the current phase's time box runs out; null when it is not time-boxed. */
  phaseEndsAt: string | null;
  phaseLog: PhaseLogEntry[];
  votingLocked: boolean;
  /** Counter for board item ids, so ids are deterministic and short. */
  nextId: number;
  board: WorkshopBoard;
  /** How to undo the facilitator's last board action in this phase; absent in workshops started before undo existed. */
  facilitatorUndo?: BoardUndo | null;
}

type Ctx = WorkshopContext;
type Ev = WorkshopEvent;

/** The delayed-event type XState raises when a phase's time box runs out. */
export function phaseTimerEventType(phase: WorkingPhase): string {
  return `xstate.after.phaseTimeBox.workshop.${phase}.timed`;
}

function eventTime(context: Ctx, event: { $at?: string }): string {
  return typeof event.$at === 'string' ? event.$at : context.now;
}

function senderId(event: Partial<EventStamp>): string | null {
  return event.$actor?.id ?? null;
}

function activeParticipant(context: Ctx, id: string | null): Participant | undefined {
  return id === null ? undefined : context.participants.find((p) => p.id === id && !p.removed);
}

/** The facilitator or a participant who has not been removed. */
export function isWorkshopMember(context: Ctx, id: string | null): boolean {
  return id !== null && (id === context.facilitatorId || activeParticipant(context, id) !== undefined);
}

function isLive(context: Ctx, ideaId: string): boolean {
  return liveIdeas(context.board).some((i) => i.id === ideaId);
}

function newId(context: Ctx, prefix: string): { id: string; nextId: number } {
  return { id: `${prefix}${context.nextId}`, nextId: context.nextId + 1 };
}

function board(context: Ctx, change: Partial<WorkshopBoard>): WorkshopBoard {
  return { ...context.board, ...change };
}

/**
 * The sub-states every working phase shares: `open` (no time box) or `timed`, whose
 * delayed transition moves to `next` when the box runs out. EXTEND_PHASE starts a box on
 * an open phase, or re-enters `timed` so the timer is cancelled and re-armed.
 */
function timeBoxed<TNext extends WorkshopPhase>(next: TNext) {
  return {
    initial: 'choosing' as const,
    states: {
      choosing: { always: [{ guard: 'phaseIsTimed' as const, target: 'timed' }, { target: 'open' }] },
      open: { on: { EXTEND_PHASE: { guard: 'isFacilitator' as const, target: 'timed', actions: 'extendTimeBox' as const } } },
      timed: {
        after: {
          phaseTimeBox: { target: `#workshop.${next}` as const, actions: { type: 'endPhase' as const, params: { how: 'timer' as const } } },
        },
        on: { EXTEND_PHASE: { guard: 'isFacilitator' as const, target: 'timed', reenter: true, actions: 'extendTimeBox' as const } },
      },
    },
  };
}

/** The facilitator's ADVANCE and SKIP_PHASE out of a working phase. */
function phaseControl<TNext extends WorkshopPhase>(next: TNext) {
  return {
    ADVANCE: {
      target: next,
      guard: 'isFacilitator' as const,
      actions: { type: 'endPhase' as const, params: { how: 'advanced' as const } },
    },
    SKIP_PHASE: {
      target: next,
      guard: 'isFacilitator' as const,
      actions: { type: 'endPhase' as const, params: { how: 'skipped' as const } },
    },
  };
}

export const workshopMachine = setup({
  types: {
    context: {} as Ctx,
    events: {} as Ev,
    input: {} as WorkshopInput & Partial<EventStamp>,
  },
  delays: {
    phaseTimeBox: ({ context }) =>
      context.phaseEndsAt === null ? 0 : Math.max(0, Date.parse(context.phaseEndsAt) - Date.parse(context.now)),
  },
  guards: {
    isFacilitator: ({ context, event }) => senderId(event) === context.facilitatorId,
    canInvite: ({ context, event }) => senderId(event) === context.facilitatorId && context.participants.some((p) => !p.removed),
    phaseIsTimed: ({ context }) => context.phaseEndsAt !== null,
    isMember: ({ context, event }) => isWorkshopMember(context, senderId(event)),
    canAddParticipant: ({ context, event }) =>
      event.type === 'ADD_PARTICIPANT' &&
      senderId(event) === context.facilitatorId &&
      !context.participants.some((p) => p.id === event.participant.id) &&
      (event.participant.kind === 'customer') === (event.participant.entityId === null),
    canRemoveParticipant: ({ context, event }) =>
      event.type === 'REMOVE_PARTICIPANT' &&
      senderId(event) === context.facilitatorId &&
      activeParticipant(context, event.participantId) !== undefined,
    canSetVoteRules: ({ context, event }) =>
      senderId(event) === context.facilitatorId &&
      !context.votingLocked &&
      workshopPhases.indexOf(context.phase) <= workshopPhases.indexOf('voting'),
    canAddQuote: ({ context, event }) =>
      event.type === 'ADD_QUOTE' &&
      isWorkshopMember(context, senderId(event)) &&
      (event.personaId === null || context.board.personas.some((p) => p.id === event.personaId)),
    canAddIdea: ({ context, event }) =>
      event.type === 'ADD_IDEA' &&
      isWorkshopMember(context, senderId(event)) &&
      event.painPointIds.every((id) => context.board.painPoints.some((p) => p.id === id)),
    canMergeIdeas: ({ context, event }) =>
      event.type === 'MERGE_IDEAS' &&
      senderId(event) === context.facilitatorId &&
      !context.votingLocked &&
      mergeProblem(context.board.ideas, event) === null,
    canCastVote: ({ context, event }) => {
      if (event.type !== 'CAST_VOTE' || context.votingLocked) return false;
      const voter = activeParticipant(context, senderId(event));
      return (
        voter !== undefined &&
        isLive(context, event.ideaId) &&
        voteRefusal(context.settings.votes, context.board.votes, voter.id, event.ideaId) === null
      );
    },
    canRetractVote: ({ context, event }) =>
      event.type === 'RETRACT_VOTE' &&
      !context.votingLocked &&
      activeParticipant(context, senderId(event)) !== undefined &&
      context.board.votes.some((v) => v.voterId === senderId(event) && v.ideaId === event.ideaId),
    canUndo: ({ context, event }) => senderId(event) === context.facilitatorId && undoOffer(context) !== null,
    canLockVoting: ({ context, event }) => senderId(event) === context.facilitatorId && !context.votingLocked,
    canScoreIdea: ({ context, event }) =>
      event.type === 'SCORE_IDEA' && isWorkshopMember(context, senderId(event)) && isLive(context, event.ideaId),
    // The design is agreed by the entities that must deliver it: the facilitator records it, or an entity representative.
    canSetDesign: ({ context, event }) => {
      const id = senderId(event);
      return id === context.facilitatorId || activeParticipant(context, id)?.kind === 'entity_representative';
    },
    // A representative commits only for their own entity; the facilitator may record any entity's commitment.
    canAddCommitment: ({ context, event }) => {
      if (event.type !== 'ADD_COMMITMENT') return false;
      const id = senderId(event);
      const rep = activeParticipant(context, id);
      const mayCommit = id === context.facilitatorId || (rep?.kind === 'entity_representative' && rep.entityId === event.entityId);
      return mayCommit && event.dependsOn.every((dep) => context.board.commitments.some((c) => c.id === dep));
    },
  },
  actions: {
    startPhase: assign(({ context }, params: { phase: WorkshopPhase }) => {
      const minutes = (context.settings.timeBoxes as Partial<Record<WorkshopPhase, number>>)[params.phase];
      return {
        phase: params.phase,
        // What the facilitator did in the last phase is not undone from the next one.
        facilitatorUndo: null,
        phaseStartedAt: context.now,
        phaseEndsAt: minutes === undefined ? null : addMinutes(new Date(context.now), minutes).toISOString(),
      };
    }),
    endPhase: assign(({ context, event }, params: { how: PhaseLogEntry['how'] }) => {
      // A fired timer ends the phase at its due time, even if delivered late without `$at`.
      const stamped = event as { $at?: string };
      const at = params.how === 'timer' ? (stamped.$at ?? context.phaseEndsAt ?? context.now) : eventTime(context, stamped);
      const entry: PhaseLogEntry = { phase: context.phase, startedAt: context.phaseStartedAt, endedAt: at, how: params.how };
      if (event.type === 'SKIP_PHASE') entry.reason = event.reason;
      return { now: at, phaseLog: [...context.phaseLog, entry] };
    }),
    extendTimeBox: assign(({ context, event }) => {
      if (event.type !== 'EXTEND_PHASE') return {};
      const now = eventTime(context, event);
      // An untimed phase gets a new time box from now; a timed one is pushed back.
      const base = context.phaseEndsAt ?? now;
      return { now, phaseEndsAt: addMinutes(new Date(base), event.minutes).toISOString() };
    }),
    addParticipant: assign(({ context, event }) =>
      event.type === 'ADD_PARTICIPANT'
        ? { now: eventTime(context, event), participants: [...context.participants, { ...event.participant, removed: false }] }
        : {},
    ),
    removeParticipant: assign(({ context, event }) =>
      event.type === 'REMOVE_PARTICIPANT'
        ? {
            now: eventTime(context, event),
            participants: context.participants.map((p) => (p.id === event.participantId ? { ...p, removed: true } : p)),
          }
        : {},
    ),
    setVoteRules: assign(({ context, event }) =>
      event.type === 'SET_VOTE_RULES' ? { now: eventTime(context, event), settings: { ...context.settings, votes: event.rules } } : {},
    ),
    addNote: assign(({ context, event }) => {
      if (event.type !== 'ADD_NOTE') return {};
      const { id, nextId } = newId(context, 'n');
      return {
        now: eventTime(context, event),
        nextId,
        board: board(context, { notes: [...context.board.notes, { id, by: senderId(event)!, text: event.text, lane: event.lane }] }),
      };
    }),
    addPersona: assign(({ context, event }) => {
      if (event.type !== 'ADD_PERSONA') return {};
      const { id, nextId } = newId(context, 'p');
      const persona = {
        id,
        by: senderId(event)!,
        name: event.name,
        ageGroup: event.ageGroup,
        situation: event.situation,
        needs: event.needs,
      };
      return { now: eventTime(context, event), nextId, board: board(context, { personas: [...context.board.personas, persona] }) };
    }),
    addPainPoint: assign(({ context, event }) => {
      if (event.type !== 'ADD_PAIN_POINT') return {};
      const { id, nextId } = newId(context, 'pp');
      const painPoint = { id, by: senderId(event)!, text: event.text, serviceId: event.serviceId, step: event.step };
      return { now: eventTime(context, event), nextId, board: board(context, { painPoints: [...context.board.painPoints, painPoint] }) };
    }),
    addQuote: assign(({ context, event }) => {
      if (event.type !== 'ADD_QUOTE') return {};
      const { id, nextId } = newId(context, 'q');
      return {
        now: eventTime(context, event),
        nextId,
        board: board(context, {
          quotes: [...context.board.quotes, { id, by: senderId(event)!, text: event.text, personaId: event.personaId }],
        }),
      };
    }),
    addIdea: assign(({ context, event }) => {
      if (event.type !== 'ADD_IDEA') return {};
      const { id, nextId } = newId(context, 'i');
      const idea = { id, by: senderId(event)!, text: event.text, painPointIds: [...new Set(event.painPointIds)], mergedInto: null };
      return { now: eventTime(context, event), nextId, board: board(context, { ideas: [...context.board.ideas, idea] }) };
    }),
    mergeIdeas: assign(({ context, event }) =>
      event.type === 'MERGE_IDEAS'
        ? {
            now: eventTime(context, event),
            board: board(context, mergeIdeas(context.board, event, context.settings.votes.maxPerIdea)),
            facilitatorUndo: mergeUndo(context.board, event.survivorId, event.mergedIds),
          }
        : {},
    ),
    /** After a board action: the facilitator's own addition becomes what undo takes back; their other board actions cannot be undone. */
    rememberForUndo: assign(({ context, event }, params: { list: UndoableList | null }) => {
      if (senderId(event) !== context.facilitatorId) return {};
      return { facilitatorUndo: params.list ? addUndo(context.board, params.list) : null };
    }),
    undoBoardAction: assign(({ context, event }) =>
      context.facilitatorUndo
        ? { now: eventTime(context, event), board: undoBoard(context.board, context.facilitatorUndo), facilitatorUndo: null }
        : {},
    ),
    castVote: assign(({ context, event }) =>
      event.type === 'CAST_VOTE'
        ? {
            now: eventTime(context, event),
            board: board(context, { votes: [...context.board.votes, { ideaId: event.ideaId, voterId: senderId(event)! }] }),
          }
        : {},
    ),
    retractVote: assign(({ context, event }) =>
      event.type === 'RETRACT_VOTE'
        ? {
            now: eventTime(context, event),
            board: board(context, { votes: retractVote(context.board.votes, senderId(event)!, event.ideaId) }),
          }
        : {},
    ),
    lockVoting: assign(({ context, event }) => ({ now: eventTime(context, event), votingLocked: true })),
    scoreIdea: assign(({ context, event }) => {
      if (event.type !== 'SCORE_IDEA') return {};
      const by = senderId(event)!;
      const score = {
        ideaId: event.ideaId,
        by,
        customerValue: event.customerValue,
        governmentValue: event.governmentValue,
        effort: event.effort,
        setByFacilitator: by === context.facilitatorId,
      };
      // A new score from the same person replaces their earlier one.
      const others = context.board.scores.filter((s) => !(s.ideaId === event.ideaId && s.by === by));
      return { now: eventTime(context, event), board: board(context, { scores: [...others, score] }) };
    }),
    setDesign: assign(({ context, event }) =>
      event.type === 'SET_DESIGN'
        ? {
            now: eventTime(context, event),
            board: board(context, { design: event.design, designVersion: context.board.designVersion + 1 }),
          }
        : {},
    ),
    addCommitment: assign(({ context, event }) => {
      if (event.type !== 'ADD_COMMITMENT') return {};
      const { id, nextId } = newId(context, 'c');
      const commitment = {
        id,
        by: senderId(event)!,
        entityId: event.entityId,
        action: event.action,
        owner: event.owner,
        dueDate: event.dueDate,
        dependsOn: [...new Set(event.dependsOn)],
        dependencyKind: event.dependencyKind,
        ideaId: event.ideaId,
      };
      return { now: eventTime(context, event), nextId, board: board(context, { commitments: [...context.board.commitments, commitment] }) };
    }),
  },
}).createMachine({
  id: 'workshop',
  context: ({ input }) => {
    const { $actor: _actor, $at, ...structure } = input;
    const now = $at ?? new Date(0).toISOString();
    return {
      ...structure,
      now,
      phase: 'planned',
      phaseStartedAt: now,
      phaseEndsAt: null,
      phaseLog: [],
      votingLocked: false,
      nextId: 1,
      board: emptyBoard,
    };
  },
  initial: 'planned',
  on: {
    ADD_PARTICIPANT: { guard: 'canAddParticipant', actions: 'addParticipant' },
    REMOVE_PARTICIPANT: { guard: 'canRemoveParticipant', actions: 'removeParticipant' },
    SET_VOTE_RULES: { guard: 'canSetVoteRules', actions: 'setVoteRules' },
    UNDO_BOARD_ACTION: { guard: 'canUndo', actions: 'undoBoardAction' },
  },
  states: {
    planned: {
      entry: { type: 'startPhase', params: { phase: 'planned' } },
      on: { ADVANCE: { target: 'participants_invited', guard: 'canInvite', actions: { type: 'endPhase', params: { how: 'advanced' } } } },
    },
    participants_invited: {
      entry: { type: 'startPhase', params: { phase: 'participants_invited' } },
      on: { ADVANCE: { target: 'discovery', guard: 'isFacilitator', actions: { type: 'endPhase', params: { how: 'advanced' } } } },
    },
    discovery: {
      entry: { type: 'startPhase', params: { phase: 'discovery' } },
      ...timeBoxed('ideation'),
      on: {
        ...phaseControl('ideation'),
        ADD_NOTE: { guard: 'isMember', actions: ['addNote', { type: 'rememberForUndo', params: { list: 'notes' } }] },
        ADD_PERSONA: { guard: 'isMember', actions: ['addPersona', { type: 'rememberForUndo', params: { list: 'personas' } }] },
        ADD_PAIN_POINT: { guard: 'isMember', actions: ['addPainPoint', { type: 'rememberForUndo', params: { list: 'painPoints' } }] },
        ADD_QUOTE: { guard: 'canAddQuote', actions: ['addQuote', { type: 'rememberForUndo', params: { list: 'quotes' } }] },
      },
    },
    ideation: {
      entry: { type: 'startPhase', params: { phase: 'ideation' } },
      ...timeBoxed('voting'),
      on: {
        ...phaseControl('voting'),
        ADD_IDEA: { guard: 'canAddIdea', actions: ['addIdea', { type: 'rememberForUndo', params: { list: 'ideas' } }] },
        MERGE_IDEAS: { guard: 'canMergeIdeas', actions: 'mergeIdeas' },
      },
    },
    voting: {
      entry: { type: 'startPhase', params: { phase: 'voting' } },
      ...timeBoxed('prioritisation'),
      on: {
        ...phaseControl('prioritisation'),
        CAST_VOTE: { guard: 'canCastVote', actions: 'castVote' },
        RETRACT_VOTE: { guard: 'canRetractVote', actions: 'retractVote' },
        LOCK_VOTING: { guard: 'canLockVoting', actions: 'lockVoting' },
        // Duplicates spotted while voting can still be merged until voting is locked.
        MERGE_IDEAS: { guard: 'canMergeIdeas', actions: 'mergeIdeas' },
      },
    },
    prioritisation: {
      entry: { type: 'startPhase', params: { phase: 'prioritisation' } },
      ...timeBoxed('bundle_design'),
      on: {
        ...phaseControl('bundle_design'),
        SCORE_IDEA: { guard: 'canScoreIdea', actions: ['scoreIdea', { type: 'rememberForUndo', params: { list: null } }] },
      },
    },
    bundle_design: {
      entry: { type: 'startPhase', params: { phase: 'bundle_design' } },
      ...timeBoxed('commitments'),
      on: {
        ...phaseControl('commitments'),
        SET_DESIGN: { guard: 'canSetDesign', actions: ['setDesign', { type: 'rememberForUndo', params: { list: null } }] },
      },
    },
    commitments: {
      entry: { type: 'startPhase', params: { phase: 'commitments' } },
      ...timeBoxed('report'),
      on: {
        ...phaseControl('report'),
        ADD_COMMITMENT: { guard: 'canAddCommitment', actions: ['addCommitment', { type: 'rememberForUndo', params: { list: null } }] },
      },
    },
    report: {
      entry: { type: 'startPhase', params: { phase: 'report' } },
      on: { ADVANCE: { target: 'closed', guard: 'isFacilitator', actions: { type: 'endPhase', params: { how: 'advanced' } } } },
    },
    closed: {
      entry: { type: 'startPhase', params: { phase: 'closed' } },
      type: 'final',
    },
  },
});
