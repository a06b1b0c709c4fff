import type { DB } from '../db/schema.ts';
import type { ActionStatus } from '../../workflows/improvement/action-status.ts';
import { projectMaturity, type MaturityProjection } from '../../workflows/improvement/maturity-projection.ts';
import { criterionResults } from '../results/published-cycles.ts';

/**
 * How far verified actions may move a criterion before the next assessment confirms it,
 * as a share of its max points. The frameworks do not declare it yet; one fifth keeps a
 * projection a forecast, not a re-assessment.
 */
export const projectionCapFraction = 0.2;

/**
 * One entity's maturity in one cycle: the published (assessed) criterion scores and,
 * beside them, the projection from its verified actions. Two separate figures; the
 * projection is never written back to any published table.
 */
export async function entityMaturity(db: DB, cycleId: string, subjectId: string, entityId: string): Promise<MaturityProjection | null> {
  const criteria = await criterionResults(db, [cycleId], 1, subjectId);
  if (criteria.length === 0) return null;
  const uplifts = await db
    .selectFrom('action_uplifts')
    .innerJoin('actions', 'actions.id', 'action_uplifts.action_id')
    .select(['actions.id', 'actions.status', 'action_uplifts.criterion_code', 'action_uplifts.points'])
    .where('actions.entity_id', '=', entityId)
    .execute();
  const byAction = new Map<string, { actionId: string; status: ActionStatus; uplifts: { criterionCode: string; points: number }[] }>();
  for (const u of uplifts) {
    const a = byAction.get(u.id) ?? { actionId: u.id, status: u.status, uplifts: [] };
    a.uplifts.push({ criterionCode: u.criterion_code, points: u.points });
    byAction.set(u.id, a);
  }
  return projectMaturity({
    entityId,
    cycleId,
    criteria: criteria.map((c) => ({ criterionCode: c.criterionCode, maxPoints: c.maxPoints, assessed: c.assessed })),
    actions: [...byAction.values()],
    capFraction: projectionCapFraction,
  });
}
