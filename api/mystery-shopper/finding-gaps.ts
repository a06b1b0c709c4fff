import type { DB } from '../db/schema.ts';
import { raiseGapRow } from '../improvement/gap-register.ts';
import { mergeGapRowsIn } from '../improvement/gap-merge-store.ts';
import type { ChecklistItem } from '../../workflows/mystery-shopper/checklist.ts';

export interface AcceptedVisit {
  id: string;
  centreId: string;
  entityId: string;
  channel: string;
}

/**
 * Each failed checklist item of an accepted visit becomes a gap on the centre's entity, linked
 * to the visit (source item = the checklist item's code). When the same item already failed at
 * the same centre and its gap is still live, the new gap is merged into it: one gap that lists
 * every visit that found it, so the action plan follows one gap, not one per visit.
 */
export async function raiseFindingGaps(
  db: DB,
  visit: AcceptedVisit,
  failed: readonly ChecklistItem[],
  centreName: { ar: string; en: string },
  at: Date,
): Promise<{ raised: number; merged: number }> {
  let raised = 0;
  let merged = 0;
  for (const item of failed) {
    const earlier = await db
      .selectFrom('gap_sources')
      .innerJoin('gaps', 'gaps.id', 'gap_sources.gap_id')
      .innerJoin('mystery_visits', 'mystery_visits.id', 'gap_sources.container_id')
      .select('gaps.id')
      .where('gap_sources.kind', '=', 'mystery_shopper_finding')
      .where('gap_sources.item_id', '=', item.code)
      .where('mystery_visits.centre_id', '=', visit.centreId)
      .where('mystery_visits.id', '!=', visit.id)
      .where('gaps.status', 'in', ['open', 'in_progress'])
      .orderBy('gaps.raised_at')
      .executeTakeFirst();
    const gap = await raiseGapRow(
      db,
      {
        title: `${centreName.en}: ${item.text.en}`,
        description: `${centreName.ar}: ${item.text.ar}`,
        entityId: visit.entityId,
        severity: earlier ? 'high' : 'medium',
        source: {
          kind: 'mystery_shopper_finding',
          containerId: visit.id,
          itemId: item.code,
          labelAr: `${centreName.ar} — ${item.text.ar}`,
          labelEn: `${centreName.en} — ${item.text.en}`,
        },
      },
      at,
    );
    if (!gap.created) continue;
    raised++;
    if (earlier) {
      await mergeGapRowsIn(db, earlier.id, gap.id);
      merged++;
    }
  }
  return { raised, merged };
}
