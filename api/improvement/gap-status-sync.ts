import type { DB } from '../db/schema.ts';
import { deriveGapStatus } from '../../workflows/improvement/gap-closure.ts';
import type { GapStatus } from '../../workflows/improvement/gap.ts';

/**
 * Brings every gap the action works on in line with all of that gap's actions, inside
 * the transition's transaction: the VERIFY that finishes the last action closes the gap
 * in the same commit.
 */
export async function syncGapsOfAction(db: DB, actionId: string, at: Date): Promise<void> {
  const gaps = await db
    .selectFrom('action_gaps')
    .innerJoin('gaps', 'gaps.id', 'action_gaps.gap_id')
    .select(['gaps.id', 'gaps.status'])
    .where('action_gaps.action_id', '=', actionId)
    .execute();
  for (const gap of gaps) {
    const statuses = await db
      .selectFrom('action_gaps')
      .innerJoin('actions', 'actions.id', 'action_gaps.action_id')
      .select('actions.status')
      .where('action_gaps.gap_id', '=', gap.id)
      .execute();
    const next = deriveGapStatus(
      gap.status as GapStatus,
      statuses.map((s) => s.status),
    );
    if (next === gap.status) continue;
    await db
      .updateTable('gaps')
      .set({ status: next, closed_at: next === 'closed' ? at : null })
      .where('id', '=', gap.id)
      .execute();
  }
}
