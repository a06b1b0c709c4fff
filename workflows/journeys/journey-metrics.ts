import type { JourneyStep } from './journey-map.ts';

/**
 * What a set of steps costs the customer and the government. Used for a whole map
 * and for any group of steps, so per-step and total figures are computed the same way.
 */
export interface JourneyMetrics {
  /** All steps, backstage included. */
  steps: number;
  /** Steps the customer sees. */
  customerSteps: number;
  /** Steps needing an in-person visit. */
  visits: number;
  /** Document requests, counting a document asked twice twice. */
  documentRequests: number;
  /** Different documents asked. */
  distinctDocuments: number;
  waitingMinutes: number;
  handlingMinutes: number;
  /** waiting + handling. */
  totalMinutes: number;
  fees: number;
  /** Different government entities involved. */
  entities: number;
}

export const journeyMetricKeys = [
  'steps',
  'customerSteps',
  'visits',
  'documentRequests',
  'distinctDocuments',
  'waitingMinutes',
  'handlingMinutes',
  'totalMinutes',
  'fees',
  'entities',
] as const satisfies readonly (keyof JourneyMetrics)[];

export function measureSteps(steps: readonly JourneyStep[]): JourneyMetrics {
  const documents = new Set<string>();
  const entities = new Set<string>();
  let visits = 0;
  let documentRequests = 0;
  let waitingMinutes = 0;
  let handlingMinutes = 0;
  let fees = 0;
  let customerSteps = 0;
  for (const step of steps) {
    if (step.visitRequired) visits += 1;
    if (!step.backstage) customerSteps += 1;
    documentRequests += step.documentIds.length;
    for (const d of step.documentIds) documents.add(d);
    entities.add(step.entityId);
    waitingMinutes += step.waitingMinutes;
    handlingMinutes += step.handlingMinutes;
    fees += step.fee;
  }
  return {
    steps: steps.length,
    customerSteps,
    visits,
    documentRequests,
    distinctDocuments: documents.size,
    waitingMinutes,
    handlingMinutes,
    totalMinutes: waitingMinutes + handlingMinutes,
    fees,
    entities: entities.size,
  };
}

/** before - after, metric by metric: positive means saved. */
export function subtractMetrics(before: JourneyMetrics, after: JourneyMetrics): JourneyMetrics {
  const out = {} as JourneyMetrics;
  for (const key of journeyMetricKeys) out[key] = before[key] - after[key];
  return out;
}
