/** The phases of a co-design workshop (ورشة التصميم المشترك), in order. */
export const workshopPhases = [
  'planned',
  'participants_invited',
  'discovery',
  'ideation',
  'voting',
  'prioritisation',
  'bundle_design',
  'commitments',
  'report',
  'closed',
] as const;

export type WorkshopPhase = (typeof workshopPhases)[number];

/** The working phases: they can be time-boxed, extended and skipped. */
export const workingPhases = ['discovery', 'ideation', 'voting', 'prioritisation', 'bundle_design', 'commitments'] as const;

export type WorkingPhase = (typeof workingPhases)[number];

/** The phase the facilitator's "next" leads to (phases run in order); null once closed. */
export function nextPhaseOf(phase: WorkshopPhase): WorkshopPhase | null {
  return workshopPhases[workshopPhases.indexOf(phase) + 1] ?? null;
}
