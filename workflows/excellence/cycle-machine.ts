import { assign, setup } from 'xstate';
import { z } from 'zod';
import { defineWorkflow } from '../../engine/workflow/definition.ts';
import type { EventActor } from '../../engine/workflow/actor.ts';
import { byProgrammeManager } from '../permissions.ts';

/**
 * An evaluation cycle (e.g. "cycle 4, 2026") applying one framework version to a set of
 * entities. The API moves each entity's assessment when the cycle moves, where the
 * assessment's own rules allow. Opening the cycle freezes the framework version: edits
 * to the framework from then on create a new version.
 */

interface Delivered {
  $actor: EventActor;
  $at: string;
}

export type CycleEvent = Delivered &
  (
    | { type: 'UPDATE_DRAFT'; frameworkVersion?: number; selfAssessmentDueAt?: string }
    | { type: 'OPEN'; entityCount: number }
    | { type: 'START_SCORING' }
    | { type: 'START_MODERATION' }
    | { type: 'PUBLISH' }
    | { type: 'CLOSE' }
  );

export interface CycleInput {
  cycleId: string;
  number: number;
  frameworkCode: string;
  frameworkVersion: number;
  selfAssessmentDueAt?: string | undefined;
}

export interface CycleContext {
  cycleId: string;
  number: number;
  frameworkCode: string;
  frameworkVersion: number;
  selfAssessmentDueAt: string | null;
  entityCount: number;
  openedAt: string | null;
  publishedAt: string | null;
  closedAt: string | null;
}

export const cycleMachine = setup({
  types: {
    context: {} as CycleContext,
    events: {} as CycleEvent,
    input: {} as CycleInput,
  },
  guards: {
    /** A cycle opens with entities and a self-assessment deadline still ahead. */
    readyToOpen: ({ context, event }) =>
      event.type === 'OPEN' &&
      event.entityCount > 0 &&
      context.selfAssessmentDueAt !== null &&
      Date.parse(context.selfAssessmentDueAt) > Date.parse(event.$at),
  },
  actions: {
    updateDraft: assign(({ context, event }) =>
      event.type === 'UPDATE_DRAFT'
        ? {
            frameworkVersion: event.frameworkVersion ?? context.frameworkVersion,
            selfAssessmentDueAt: event.selfAssessmentDueAt ?? context.selfAssessmentDueAt,
          }
        : {},
    ),
    recordOpened: assign(({ event }) => (event.type === 'OPEN' ? { openedAt: event.$at, entityCount: event.entityCount } : {})),
    recordPublished: assign({ publishedAt: ({ event }) => event.$at }),
    recordClosed: assign({ closedAt: ({ event }) => event.$at }),
  },
}).createMachine({
  id: 'cycle',
  context: ({ input }) => ({
    cycleId: input.cycleId,
    number: input.number,
    frameworkCode: input.frameworkCode,
    frameworkVersion: input.frameworkVersion,
    selfAssessmentDueAt: input.selfAssessmentDueAt ?? null,
    entityCount: 0,
    openedAt: null,
    publishedAt: null,
    closedAt: null,
  }),
  initial: 'draft',
  states: {
    draft: {
      on: {
        UPDATE_DRAFT: { actions: 'updateDraft' },
        OPEN: { guard: 'readyToOpen', target: 'open', actions: 'recordOpened' },
      },
    },
    /** Self-assessments under way. */
    open: { on: { START_SCORING: 'scoring' } },
    /** Independent scoring, consensus and site visits. */
    scoring: { on: { START_MODERATION: 'moderation' } },
    moderation: { on: { PUBLISH: { target: 'published', actions: 'recordPublished' } } },
    /** Results visible; appeals, feedback reports and improvement planning. */
    published: { on: { CLOSE: { target: 'closed', actions: 'recordClosed' } } },
    closed: { type: 'final' },
  },
});

const isoDateTime = z.iso.datetime({ offset: true });

export const cycleInputSchema = z.object({
  cycleId: z.string().min(1),
  number: z.number().int().positive(),
  frameworkCode: z.string().min(1),
  frameworkVersion: z.number().int().positive(),
  selfAssessmentDueAt: isoDateTime.optional(),
});

export const cycleEventPayloads = {
  UPDATE_DRAFT: z.object({ frameworkVersion: z.number().int().positive().optional(), selfAssessmentDueAt: isoDateTime.optional() }),
  OPEN: z.object({ entityCount: z.number().int().min(0) }),
  START_SCORING: z.object({}),
  START_MODERATION: z.object({}),
  PUBLISH: z.object({}),
  CLOSE: z.object({}),
} as const;

/** The programme manager drives the cycle; everyone else follows it through its assessments. */
export const cycleWorkflow = defineWorkflow({
  kind: 'excellence_cycle',
  version: 1,
  machine: cycleMachine,
  start: { permission: byProgrammeManager, input: cycleInputSchema },
  events: {
    UPDATE_DRAFT: { payload: cycleEventPayloads.UPDATE_DRAFT, permission: byProgrammeManager },
    OPEN: { payload: cycleEventPayloads.OPEN, permission: byProgrammeManager },
    START_SCORING: { payload: cycleEventPayloads.START_SCORING, permission: byProgrammeManager },
    START_MODERATION: { payload: cycleEventPayloads.START_MODERATION, permission: byProgrammeManager },
    PUBLISH: { payload: cycleEventPayloads.PUBLISH, permission: byProgrammeManager },
    CLOSE: { payload: cycleEventPayloads.CLOSE, permission: byProgrammeManager },
  },
});
