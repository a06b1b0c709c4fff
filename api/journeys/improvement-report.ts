import type { DB } from '../db/schema.ts';
import { compareImprovement, type ImprovementMetric, type ImprovementReport } from '../../workflows/journeys/improvement.ts';
import { journeySteps } from '../../workflows/journeys/journey-map.ts';
import { measureSteps } from '../../workflows/journeys/journey-metrics.ts';
import type { JourneyRecord } from './journey-store.ts';
import { loadMaps } from './journey-store.ts';
import { loadMeasurements } from './measure.ts';

/**
 * Achieved against promised: the promise is what the frozen to-be map implies for the map
 * metrics, plus the targets the team set for satisfaction and complaints.
 */
export async function improvementReport(db: DB, journey: JourneyRecord): Promise<ImprovementReport | null> {
  const measurements = await loadMeasurements(db, journey.id);
  const baseline = measurements.find((m) => m.id === journey.context.baselineMeasurementId);
  const remeasured = measurements.find((m) => m.id === journey.context.remeasurementId);
  if (!baseline || !remeasured) return null;
  const maps = await loadMaps(db, journey.id);
  const promised: Partial<Record<ImprovementMetric, number>> = {};
  if (maps.to_be) {
    const m = measureSteps(journeySteps(maps.to_be.map));
    for (const k of [
      'totalMinutes',
      'waitingMinutes',
      'handlingMinutes',
      'visits',
      'documentRequests',
      'distinctDocuments',
      'steps',
      'customerSteps',
      'entities',
      'fees',
    ] as const)
      promised[k] = m[k];
  }
  Object.assign(promised, journey.promised);
  return compareImprovement({ baseline: baseline.record, remeasured: remeasured.record, promised, minSampleSize: 30 });
}
