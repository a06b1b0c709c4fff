import { assign, setup } from 'xstate';
import { z } from 'zod';
import type { EventActor } from '../../engine/workflow/actor.ts';
import type { EventPermission } from '../../engine/workflow/definition.ts';
import { defineWorkflow } from '../../engine/workflow/definition.ts';
import type { Role } from '../roles.ts';
import { bilingualTextSchema } from './journey-map.ts';

/** The phases of re-engineering one priority journey, in order. */
export const journeyPhases = [
  'selected',
  'as_is_mapping',
  'baseline_measured',
  'root_causes',
  'to_be_design',
  'gap_analysis',
  'transition_plan',
  'implementation',
  're_measured',
  'closed',
] as const;
export type JourneyPhase = (typeof journeyPhases)[number];

export const journeyInputSchema = z.object({
  journeyId: z.string().min(1),
  /** Entity that owns the journey; its coordinators may drive it. */
  entityId: z.string().min(1),
  serviceCodes: z.array(z.string().min(1)).min(1),
  title: bilingualTextSchema,
});
export type JourneyInput = z.infer<typeof journeyInputSchema>;

export interface JourneyContext extends JourneyInput {
  asIsStepCount: number;
  baselineMeasurementId: string | null;
  baselineMeasuredAt: string | null;
  rootCauseCount: number;
  toBeStepCount: number;
  gapCount: number;
  actionCount: number;
  remeasurementId: string | null;
  remeasuredAt: string | null;
  closedAt: string | null;
}

const count = z.number().int().nonnegative();
const measurementId = z.string().min(1);

/** Payloads of the events, without the `type` and the engine's `$actor`/`$at`. */
export const journeyEventPayloads = {
  BEGIN_MAPPING: z.object({}),
  AS_IS_MAP_SAVED: z.object({ stepCount: count }),
  BASELINE_MEASURED: z.object({ measurementId }),
  BEGIN_ROOT_CAUSES: z.object({}),
  ROOT_CAUSES_SAVED: z.object({ count }),
  BEGIN_TO_BE_DESIGN: z.object({}),
  TO_BE_MAP_SAVED: z.object({ stepCount: count }),
  GAPS_COMPUTED: z.object({ gapCount: count }),
  REVISE_TO_BE: z.object({}),
  BEGIN_TRANSITION_PLAN: z.object({}),
  PLAN_SAVED: z.object({ actionCount: count }),
  BEGIN_IMPLEMENTATION: z.object({}),
  RE_MEASURED: z.object({ measurementId }),
  CLOSE: z.object({}),
} as const;
type Payloads = typeof journeyEventPayloads;
export type JourneyEventType = keyof Payloads;

/** What the engine injects into every event. */
interface Delivered {
  $actor: EventActor;
  $at: string;
}
export type JourneyEvent = {
  [K in JourneyEventType]: { type: K } & z.infer<Payloads[K]> & Delivered;
}[JourneyEventType];

export const journeyMachine = setup({
  types: {
    context: {} as JourneyContext,
    events: {} as JourneyEvent,
    input: {} as JourneyInput,
  },
  guards: {
    asIsMapped: ({ context }) => context.asIsStepCount > 0,
    rootCausesRecorded: ({ context }) => context.rootCauseCount > 0,
    toBeDesigned: ({ context }) => context.toBeStepCount > 0,
    // No gap means nothing to plan: the to-be design changed nothing.
    gapsFound: ({ context }) => context.gapCount > 0,
    actionsPlanned: ({ context }) => context.actionCount > 0,
  },
}).createMachine({
  id: 'journey',
  initial: 'selected',
  context: ({ input }) => ({
    ...input,
    asIsStepCount: 0,
    baselineMeasurementId: null,
    baselineMeasuredAt: null,
    rootCauseCount: 0,
    toBeStepCount: 0,
    gapCount: 0,
    actionCount: 0,
    remeasurementId: null,
    remeasuredAt: null,
    closedAt: null,
  }),
  states: {
    selected: {
      on: { BEGIN_MAPPING: 'as_is_mapping' },
    },
    as_is_mapping: {
      on: {
        AS_IS_MAP_SAVED: { actions: assign({ asIsStepCount: ({ event }) => event.stepCount }) },
        BASELINE_MEASURED: {
          guard: 'asIsMapped',
          target: 'baseline_measured',
          actions: assign({ baselineMeasurementId: ({ event }) => event.measurementId, baselineMeasuredAt: ({ event }) => event.$at }),
        },
      },
    },
    baseline_measured: {
      on: { BEGIN_ROOT_CAUSES: 'root_causes' },
    },
    root_causes: {
      on: {
        ROOT_CAUSES_SAVED: { actions: assign({ rootCauseCount: ({ event }) => event.count }) },
        BEGIN_TO_BE_DESIGN: { guard: 'rootCausesRecorded', target: 'to_be_design' },
      },
    },
    to_be_design: {
      on: {
        TO_BE_MAP_SAVED: { actions: assign({ toBeStepCount: ({ event }) => event.stepCount }) },
        GAPS_COMPUTED: { guard: 'toBeDesigned', target: 'gap_analysis', actions: assign({ gapCount: ({ event }) => event.gapCount }) },
      },
    },
    gap_analysis: {
      on: {
        REVISE_TO_BE: 'to_be_design',
        BEGIN_TRANSITION_PLAN: { guard: 'gapsFound', target: 'transition_plan' },
      },
    },
    transition_plan: {
      on: {
        PLAN_SAVED: { actions: assign({ actionCount: ({ event }) => event.actionCount }) },
        BEGIN_IMPLEMENTATION: { guard: 'actionsPlanned', target: 'implementation' },
      },
    },
    implementation: {
      on: {
        RE_MEASURED: {
          target: 're_measured',
          actions: assign({ remeasurementId: ({ event }) => event.measurementId, remeasuredAt: ({ event }) => event.$at }),
        },
      },
    },
    re_measured: {
      on: { CLOSE: { target: 'closed', actions: assign({ closedAt: ({ event }) => event.$at }) } },
    },
    closed: { type: 'final' },
  },
});

const driverRoles: readonly Role[] = ['programme_manager', 'entity_coordinator'];

/**
 * Programme managers drive any journey; entity coordinators only their entity's.
 * Scope is 'any' with a rule because 'entity' would also bind programme managers,
 * who belong to no entity. Leadership holds no event: it reads.
 */
export const journeyDriverPermission: EventPermission<typeof journeyMachine> = {
  roles: driverRoles,
  scope: 'any',
  allow: ({ actor, instance }) =>
    actor.roles.includes('programme_manager') ||
    (actor.roles.includes('entity_coordinator') && actor.entityId !== null && actor.entityId === instance.entityId),
};

export const journeyWorkflow = defineWorkflow({
  kind: 'journey_reengineering',
  version: 1,
  machine: journeyMachine,
  // Choosing a priority journey is a programme decision.
  start: { permission: { roles: ['programme_manager'], scope: 'any' }, input: journeyInputSchema },
  events: Object.fromEntries(
    (Object.keys(journeyEventPayloads) as JourneyEventType[]).map((type) => [
      type,
      { payload: journeyEventPayloads[type], permission: journeyDriverPermission },
    ]),
  ),
});
