import { z } from 'zod';
import { bilingualTextSchema } from './journey-map.ts';
import type { JourneyMap } from './journey-map.ts';
import { journeySteps } from './journey-map.ts';

/** What kind of thing the deepest "why" lands on; drives who can fix it. */
export const rootCauseTypes = ['policy', 'process', 'system', 'data', 'capacity'] as const;
export type RootCauseType = (typeof rootCauseTypes)[number];

const textSchema = z.string().trim().min(1).max(2000);

export const whySchema = z.object({
  /** "Why does ...?" */
  question: textSchema,
  /** "Because ..." */
  answer: textSchema,
});
export type Why = z.infer<typeof whySchema>;

export const rootCauseSchema = z.object({
  id: z.string().min(1),
  journeyId: z.string().min(1),
  type: z.enum(rootCauseTypes),
  /** The cause in one sentence, as shown in reports. */
  statement: bilingualTextSchema,
  /** From the symptom down; the last answer is the root cause. Five whys is the habit, not a rule. */
  whyChain: z.array(whySchema).min(1).max(7),
  /** As-is steps the cause explains. */
  stepIds: z.array(z.string().min(1)).min(1),
  complaintIds: z.array(z.string().min(1)).default([]),
  /** Complaint categories from the Pareto analysis this cause explains. */
  complaintCategories: z.array(z.string().min(1)).default([]),
});
export type RootCause = z.infer<typeof rootCauseSchema>;
export type RootCauseInput = z.input<typeof rootCauseSchema>;

export interface RootCauseLinkProblems {
  unknownStepIds: string[];
  unknownComplaintIds: string[];
}

/** Links that point at nothing: steps missing from the map, complaints not imported. */
export function checkRootCauseLinks(cause: RootCause, map: JourneyMap, knownComplaintIds: ReadonlySet<string>): RootCauseLinkProblems {
  const steps = new Set(journeySteps(map).map((s) => s.id));
  return {
    unknownStepIds: cause.stepIds.filter((id) => !steps.has(id)),
    unknownComplaintIds: cause.complaintIds.filter((id) => !knownComplaintIds.has(id)),
  };
}

/** Causes explaining a step, for the step card and for the trace step -> cause. */
export function causesOfStep(causes: readonly RootCause[], stepId: string): RootCause[] {
  return causes.filter((c) => c.stepIds.includes(stepId));
}

/** Causes explaining a complaint, for the trace complaint -> cause. */
export function causesOfComplaint(causes: readonly RootCause[], complaintId: string): RootCause[] {
  return causes.filter((c) => c.complaintIds.includes(complaintId));
}

/** How many causes of each type, every type present so charts keep their axis. */
export function countCausesByType(causes: readonly RootCause[]): Record<RootCauseType, number> {
  const out: Record<RootCauseType, number> = { policy: 0, process: 0, system: 0, data: 0, capacity: 0 };
  for (const c of causes) out[c.type] += 1;
  return out;
}
