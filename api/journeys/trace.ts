import type { DB } from '../db/schema.ts';
import { traceFrom, type Trace, type TraceNode } from '../../workflows/journeys/traceability.ts';
import { journeySteps } from '../../workflows/journeys/journey-map.ts';
import type { StepChange } from '../../workflows/journeys/journey-diff.ts';
import { loadSignals } from '../cx/cx-signals.ts';
import { diffVersions } from './gap-analysis.ts';
import type { JourneyRecord } from './journey-store.ts';
import { loadMaps } from './journey-store.ts';
import { loadOpportunities } from './opportunities.ts';
import { loadRootCauses } from './root-causes.ts';
import { loadPlanItems } from './transition-plan.ts';

/** Loads everything the chain is made of and walks it from one node, both ways. */
export async function traceJourney(db: DB, journey: JourneyRecord, start: TraceNode): Promise<Trace> {
  const maps = await loadMaps(db, journey.id);
  const [signals, rootCauses, opportunities, plan] = await Promise.all([
    loadSignals(db, journey.serviceCodes),
    loadRootCauses(db, journey.id),
    loadOpportunities(db, journey.id),
    loadPlanItems(db, journey.id),
  ]);
  const changes: StepChange[] = maps.as_is && maps.to_be ? (await diffVersions(db, journey.id, 'as_is', 'to_be')).changes : [];
  const results: StepChange[] =
    maps.as_is && maps.post_implementation && journey.context.remeasurementId
      ? (await diffVersions(db, journey.id, 'as_is', 'post_implementation')).changes
      : [];
  return traceFrom(
    {
      complaints: signals.complaints.map((c) => ({ id: c.id, category: c.category })),
      rootCauses,
      stepIds: maps.as_is ? journeySteps(maps.as_is.map).map((s) => s.id) : [],
      opportunities,
      changes,
      actions: plan.map((p) => ({ id: p.id, changeKeys: p.change_keys, opportunityIds: p.opportunity_ids })),
      results,
    },
    start,
  );
}
