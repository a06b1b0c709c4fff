import { z } from 'zod';
import type { EventActor } from '../../engine/workflow/actor.ts';
import {
  commitmentFields,
  designFields,
  ideaFields,
  noteFields,
  painPointFields,
  participantSchema,
  personaFields,
  quoteFields,
  scoreFields,
} from './workshop-board.ts';
import { voteRulesSchema } from './workshop-settings.ts';

const ideaRef = z.object({ ideaId: z.string().min(1).max(64) });

/** The payload (fields other than `type`) of every event a workshop accepts. */
export const workshopEventPayloads = {
  // Facilitator: phase control and the room.
  ADVANCE: z.object({}),
  EXTEND_PHASE: z.object({ minutes: z.number().int().min(1).max(240) }),
  SKIP_PHASE: z.object({ reason: z.string().trim().min(1).max(280) }),
  ADD_PARTICIPANT: z.object({ participant: participantSchema.omit({ removed: true }) }),
  REMOVE_PARTICIPANT: z.object({ participantId: z.string().min(1).max(64) }),
  SET_VOTE_RULES: z.object({ rules: voteRulesSchema }),
  MERGE_IDEAS: z.object({ survivorId: z.string().min(1).max(64), mergedIds: z.array(z.string().min(1).max(64)).min(1).max(20) }),
  LOCK_VOTING: z.object({}),
  /** Takes back the facilitator's last board action (an added item or a merge) in this phase. */
  UNDO_BOARD_ACTION: z.object({}),
  // Everyone in the workshop, each in its phase.
  ADD_NOTE: noteFields,
  ADD_PERSONA: personaFields,
  ADD_PAIN_POINT: painPointFields,
  ADD_QUOTE: quoteFields,
  ADD_IDEA: ideaFields,
  CAST_VOTE: ideaRef,
  RETRACT_VOTE: ideaRef,
  SCORE_IDEA: scoreFields,
  SET_DESIGN: designFields,
  ADD_COMMITMENT: commitmentFields,
} as const;

type Payloads = typeof workshopEventPayloads;
export type WorkshopEventType = keyof Payloads;

export const facilitatorEventTypes = [
  'ADVANCE',
  'EXTEND_PHASE',
  'SKIP_PHASE',
  'ADD_PARTICIPANT',
  'REMOVE_PARTICIPANT',
  'SET_VOTE_RULES',
  'MERGE_IDEAS',
  'LOCK_VOTING',
  'UNDO_BOARD_ACTION',
] as const satisfies readonly WorkshopEventType[];

/** What the engine adds to every event it delivers: the sender and the time. */
export interface EventStamp {
  $actor: EventActor;
  /** ISO timestamp; for a fired timer, its due time. */
  $at?: string;
}

// zod infers `z.object({})` as Record<string, never>, which would forbid the stamp fields.
type Fields<T> = string extends keyof T ? unknown : T;

export type WorkshopEvent = { [K in WorkshopEventType]: { type: K } & Fields<z.infer<Payloads[K]>> & EventStamp }[WorkshopEventType];
