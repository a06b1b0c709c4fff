import type { WorkflowEngine } from '../../engine/workflow/engine.ts';
import type { Actor } from '../../engine/workflow/actor.ts';
import type { Commitment } from '../../workflows/workshops/workshop-board.ts';
import type { WorkshopContext } from '../../workflows/workshops/workshop-machine.ts';
import type { DB } from '../db/schema.ts';
import { createAction } from '../improvement/create-action.ts';

export const commitmentPlanId = (workshopId: string, entityId: string) => `plan-${workshopId}-${entityId}`;

/**
 * A commitment becomes an `improvement_action` instance in the entity's workshop plan (the
 * plan row is written by the workshop's transition effects), inside the caller's
 * transaction. Its dependencies on other commitments become action dependencies of the
 * same kind (legal amendment, data-sharing agreement, system integration).
 */
export async function commitmentToAction(
  trx: DB,
  engine: WorkflowEngine,
  context: WorkshopContext,
  commitment: Commitment,
  actor: Actor,
): Promise<string> {
  const links = commitment.dependsOn.length
    ? await trx
        .selectFrom('workshop_commitment_actions')
        .select('action_id')
        .where('workshop_id', '=', context.workshopId)
        .where('commitment_id', 'in', commitment.dependsOn)
        .execute()
    : [];
  // The entity's representative owns it; when the facilitator records it for an absent entity, the facilitator does.
  const owner =
    context.participants.find((p) => p.kind === 'entity_representative' && p.entityId === commitment.entityId && !p.removed)?.id ??
    actor.id!;
  const { id } = await createAction(
    { engine, db: trx },
    {
      planId: commitmentPlanId(context.workshopId, commitment.entityId),
      entityId: commitment.entityId,
      ownerId: owner,
      title: `${commitment.action} (${commitment.owner})`,
      dueAt: `${commitment.dueDate}T00:00:00.000Z`,
      dependsOn: links.map((l) => l.action_id),
    },
    actor,
  );
  if (commitment.dependencyKind && links.length > 0) {
    await trx.updateTable('action_dependencies').set({ kind: commitment.dependencyKind }).where('action_id', '=', id).execute();
  }
  await trx
    .insertInto('workshop_commitment_actions')
    .values({ workshop_id: context.workshopId, commitment_id: commitment.id, action_id: id })
    .execute();
  return id;
}
