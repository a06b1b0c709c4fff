import { randomUUID } from 'node:crypto';
import type { Actor } from '../../engine/workflow/actor.ts';
import type { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { measureJourney } from '../../workflows/journeys/journey-baseline.ts';
import type { MeasurementMethod, MeasurementRecord, MeasurementSource } from '../../workflows/journeys/journey-baseline.ts';
import { loadSignals } from '../cx/cx-signals.ts';
import { requireJourney, requireMap } from './journey-store.ts';

export interface MeasureInput {
  purpose: 'baseline' | 'remeasurement';
  period: { from: string; to: string };
  method: MeasurementMethod;
  /** Extra sources (observation notes, KPI reports); the map and the imports are added. */
  sources?: MeasurementSource[];
}

/**
 * Measures the journey from its map and the imported data and freezes the result; the
 * machine moves on in the same transaction. A re-measurement uses the post-implementation map.
 */
export async function measureAndFreeze(
  db: DB,
  engine: WorkflowEngine,
  journeyId: string,
  input: MeasureInput,
  actor: Actor,
  at: Date = new Date(),
) {
  return inTransaction(db, async (trx) => {
    const journey = await requireJourney(trx, journeyId);
    const expected = input.purpose === 'baseline' ? 'as_is_mapping' : 'implementation';
    if (journey.phase !== expected) throw new AppError('PRECONDITION_FAILED', 'errors.journeys.cannot_measure', { phase: journey.phase });
    if (input.period.from > input.period.to) throw new AppError('BAD_REQUEST', 'errors.journeys.period_reversed');
    const map = await requireMap(trx, journey.id, input.purpose === 'baseline' ? 'as_is' : 'post_implementation');
    const signals = await loadSignals(trx, journey.serviceCodes, input.period);
    const sources: MeasurementSource[] = [
      ...signals.importIds.complaints.map((reference) => ({ kind: 'complaints_import' as const, reference })),
      ...signals.importIds.surveys.map((reference) => ({ kind: 'survey_import' as const, reference })),
      ...signals.importIds.operations.map((reference) => ({ kind: 'operations_import' as const, reference })),
      ...(input.sources ?? []),
    ];
    let record: MeasurementRecord;
    try {
      record = measureJourney({
        map: map.map,
        period: input.period,
        measuredAt: at.toISOString(),
        method: input.method,
        sources,
        complaints: signals.complaints,
        surveys: signals.surveys,
        operations: signals.operations,
      });
    } catch {
      throw new AppError('BAD_REQUEST', 'errors.journeys.invalid_measurement');
    }
    const id = randomUUID();
    await trx
      .insertInto('journey_measurements')
      .values({ id, journey_id: journey.id, purpose: input.purpose, record: JSON.stringify(record), measured_at: at })
      .execute();
    await engine.send(
      {
        instanceId: journey.id,
        event: { type: input.purpose === 'baseline' ? 'BASELINE_MEASURED' : 'RE_MEASURED', measurementId: id },
        actor,
      },
      trx,
    );
    return { id, record };
  });
}

export async function loadMeasurements(db: DB, journeyId: string) {
  const rows = await db.selectFrom('journey_measurements').selectAll().where('journey_id', '=', journeyId).orderBy('measured_at').execute();
  return rows.map((r) => ({ id: r.id, purpose: r.purpose, record: r.record }));
}
