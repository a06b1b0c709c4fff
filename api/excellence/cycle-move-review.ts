import type { AnyMachineSnapshot } from 'xstate';
import type { DB } from '../db/schema.ts';
import type { WorkflowRegistry } from '../../engine/workflow/registry.ts';
import type { EventActor } from '../../engine/workflow/actor.ts';
import { restoreSnapshot } from '../../engine/workflow/snapshot.ts';
import { pureTransition } from '../../engine/workflow/pure-transition.ts';
import { stateLabel } from '../../engine/workflow/state-label.ts';
import { cycleCascade } from '../../workflows/excellence/cycle-cascade.ts';
import type { CycleEvent } from '../../workflows/excellence/cycle-machine.ts';

export interface CycleMoveReview {
  total: number;
  /** Assessments the move takes along. */
  moving: number;
  /** Assessments whose stage does not take it: they stay where they are. */
  behind: { assessmentId: string; nameAr: string; nameEn: string; state: string }[];
}

/**
 * What moving the cycle would do to its assessments, without doing it: each assessment's
 * snapshot is run through the cascade's events purely (nothing written), as moveCycle would send them.
 */
export async function cycleMoveReview(
  db: DB,
  registry: WorkflowRegistry,
  cycleId: string,
  type: CycleEvent['type'],
  actor: EventActor,
  at: Date,
): Promise<CycleMoveReview> {
  const rows = await db
    .selectFrom('excellence_assessments as a')
    .innerJoin('workflow_instances as w', 'w.id', 'a.id')
    .innerJoin('entities as e', 'e.id', 'a.entity_id')
    .leftJoin('service_centres as sc', 'sc.id', 'a.subject_id')
    .select(['a.id', 'w.kind', 'w.machine_version', 'w.snapshot', 'w.state', 'e.name_ar', 'e.name_en'])
    .select(['sc.name_ar as centre_ar', 'sc.name_en as centre_en'])
    .where('a.cycle_id', '=', cycleId)
    .orderBy('e.name_en')
    .execute();
  const review: CycleMoveReview = { total: rows.length, moving: 0, behind: [] };
  for (const row of rows) {
    const machine = registry.get(row.kind, row.machine_version).machine;
    let snapshot: AnyMachineSnapshot = restoreSnapshot(machine, row.snapshot);
    let moves = false;
    for (const eventType of cycleCascade[type]) {
      const event = { type: eventType, $actor: actor, $at: at.toISOString() };
      if (!snapshot.can(event)) continue;
      snapshot = pureTransition(machine, snapshot, event)[0];
      moves = true;
    }
    if (moves) review.moving++;
    else
      review.behind.push({
        assessmentId: row.id,
        nameAr: row.centre_ar ?? row.name_ar,
        nameEn: row.centre_en ?? row.name_en,
        state: stateLabel(snapshot.value),
      });
  }
  return review;
}
