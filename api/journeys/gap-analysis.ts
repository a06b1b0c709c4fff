import type { Actor } from '../../engine/workflow/actor.ts';
import type { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { raiseGapRow } from '../improvement/gap-register.ts';
import { diffJourneyMaps } from '../../workflows/journeys/journey-diff.ts';
import type { JourneyDiff, StepChange } from '../../workflows/journeys/journey-diff.ts';
import type { JourneyMapVersion } from '../../workflows/journeys/journey-map.ts';
import { journeySteps } from '../../workflows/journeys/journey-map.ts';
import { loadMaps, requireJourney } from './journey-store.ts';

const order: JourneyMapVersion[] = ['as_is', 'to_be', 'post_implementation'];

/** Compares two stored versions, earlier against later whatever the order asked; links through any version between them. */
export async function diffVersions(db: DB, journeyId: string, first: JourneyMapVersion, second: JourneyMapVersion): Promise<JourneyDiff> {
  const [from, to] = order.indexOf(first) <= order.indexOf(second) ? [first, second] : [second, first];
  const maps = await loadMaps(db, journeyId);
  const a = maps[from];
  const b = maps[to];
  if (!a || !b) throw new AppError('PRECONDITION_FAILED', 'errors.journeys.map_missing', { version: !a ? from : to });
  const via = order.slice(order.indexOf(from) + 1, order.indexOf(to)).flatMap((v) => (maps[v] ? [maps[v]!.map] : []));
  return diffJourneyMaps(a.map, b.map, { via });
}

/** A bigger saving is a more severe gap between today and the promise. */
function severityOf(change: StepChange): 'low' | 'medium' | 'high' | 'critical' {
  const s = change.saved;
  if (s.visits >= 1 || s.totalMinutes >= 60) return 'high';
  if (change.kind === 'removed' || change.kind === 'merged' || s.documentRequests >= 1 || s.totalMinutes >= 15) return 'medium';
  return 'low';
}

function label(change: StepChange, lang: 'ar' | 'en', titles: Map<string, { ar: string; en: string }>): string {
  const names = [...change.fromStepIds, ...change.toStepIds.filter((id) => !change.fromStepIds.includes(id))].map(
    (id) => titles.get(id)?.[lang] ?? id,
  );
  return `${change.kind}: ${names.join(' + ')}`;
}

/**
 * Computes the gap analysis (as-is vs to-be) and raises each difference in the shared gap
 * register, keyed by the diff group key so a re-run never doubles it. Differences that
 * disappeared after a revision close their gaps. The machine moves to gap_analysis.
 */
export async function computeGaps(db: DB, engine: WorkflowEngine, journeyId: string, actor: Actor, at: Date = new Date()) {
  return inTransaction(db, async (trx) => {
    const journey = await requireJourney(trx, journeyId);
    if (journey.phase !== 'to_be_design')
      throw new AppError('PRECONDITION_FAILED', 'errors.journeys.wrong_phase', { phase: journey.phase });
    const diff = await diffVersions(trx, journey.id, 'as_is', 'to_be');
    const maps = await loadMaps(trx, journey.id);
    const titles = new Map([...journeySteps(maps.as_is!.map), ...journeySteps(maps.to_be!.map)].map((s) => [s.id, s.title]));
    const differences = diff.changes.filter((c) => c.kind !== 'unchanged');
    const keep = new Set<string>();
    for (const change of differences) {
      const gap = await raiseGapRow(
        trx,
        {
          title: `${journey.title.en} — ${label(change, 'en', titles)}`,
          description: `${journey.title.ar} — ${label(change, 'ar', titles)}`,
          entityId: journey.entityId,
          severity: severityOf(change),
          cycleId: journey.id,
          source: {
            kind: 'journey_difference',
            containerId: journey.id,
            itemId: change.key,
            labelAr: label(change, 'ar', titles),
            labelEn: label(change, 'en', titles),
          },
        },
        at,
      );
      keep.add(change.key);
      await trx
        .insertInto('journey_gaps')
        .values({ journey_id: journey.id, change_key: change.key, gap_id: gap.id, change: JSON.stringify(change) })
        .onConflict((oc) => oc.columns(['journey_id', 'change_key']).doUpdateSet({ gap_id: gap.id, change: JSON.stringify(change) }))
        .execute();
    }
    const stale = (
      await trx.selectFrom('journey_gaps').select(['change_key', 'gap_id']).where('journey_id', '=', journey.id).execute()
    ).filter((g) => !keep.has(g.change_key));
    if (stale.length > 0) {
      await trx
        .updateTable('gaps')
        .set({ status: 'closed', closed_at: at })
        .where(
          'id',
          'in',
          stale.map((g) => g.gap_id),
        )
        .where('status', '=', 'open')
        .execute();
      await trx
        .deleteFrom('journey_gaps')
        .where('journey_id', '=', journey.id)
        .where(
          'change_key',
          'in',
          stale.map((g) => g.change_key),
        )
        .execute();
    }
    await engine.send({ instanceId: journey.id, event: { type: 'GAPS_COMPUTED', gapCount: differences.length }, actor }, trx);
    return { gapCount: differences.length, diff };
  });
}

export async function loadJourneyGaps(db: DB, journeyId: string) {
  return db
    .selectFrom('journey_gaps')
    .innerJoin('gaps', 'gaps.id', 'journey_gaps.gap_id')
    .select(['journey_gaps.change_key', 'journey_gaps.change', 'gaps.id', 'gaps.code', 'gaps.severity', 'gaps.status'])
    .where('journey_gaps.journey_id', '=', journeyId)
    .orderBy('gaps.code')
    .execute();
}
