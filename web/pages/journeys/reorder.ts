import type { JourneyMap } from '../../../workflows/journeys/journey-map.ts';

/** Where a step is: stage index and position in it. */
export interface StepPlace {
  stage: number;
  index: number;
}

export function findStep(map: JourneyMap, stepId: string): StepPlace | null {
  for (let s = 0; s < map.stages.length; s++) {
    const i = map.stages[s]!.steps.findIndex((step) => step.id === stepId);
    if (i >= 0) return { stage: s, index: i };
  }
  return null;
}

/**
 * Moves a step to a place (possibly another stage). Moving past either end of a stage
 * carries it into the neighbouring stage, so keyboard users can cross columns too.
 */
export function moveStep(map: JourneyMap, stepId: string, to: StepPlace): JourneyMap {
  const from = findStep(map, stepId);
  if (!from) return map;
  const stages = map.stages.map((s) => ({ ...s, steps: [...s.steps] }));
  const [step] = stages[from.stage]!.steps.splice(from.index, 1);
  const target = stages[to.stage];
  if (!step || !target) return map;
  target.steps.splice(Math.max(0, Math.min(to.index, target.steps.length)), 0, step);
  return { ...map, stages };
}

/** One place earlier (-1) or later (+1) in journey order. */
export function nudgeStep(map: JourneyMap, stepId: string, by: -1 | 1): JourneyMap {
  const from = findStep(map, stepId);
  if (!from) return map;
  const stage = map.stages[from.stage]!;
  const index = from.index + by;
  if (index >= 0 && index < stage.steps.length) return moveStep(map, stepId, { stage: from.stage, index });
  const next = from.stage + by;
  if (next < 0 || next >= map.stages.length) return map;
  return moveStep(map, stepId, { stage: next, index: by === 1 ? 0 : map.stages[next]!.steps.length });
}
