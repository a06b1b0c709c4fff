import { randomUUID } from 'node:crypto';
import type { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import type { WorkshopInput } from '../../workflows/workshops/workshop-input.ts';
import type { DB } from '../db/schema.ts';
import { actorOf, type SessionUser } from '../trpc/context.ts';
import { newInviteCode } from './invite-code.ts';

export function newWorkshopId(): string {
  return `ws-${randomUUID().replace(/-/g, '').slice(0, 16)}`;
}

/** Starts the workshop instance and gives it an invite code (and, when given, its participant cap), in one transaction. */
export async function startWorkshop(
  db: DB,
  engine: WorkflowEngine,
  input: WorkshopInput,
  facilitator: SessionUser,
  participantCap?: number,
): Promise<{ id: string; inviteCode: string }> {
  const inviteCode = newInviteCode();
  await inTransaction(db, async (trx) => {
    await engine.start(
      {
        kind: 'workshop',
        id: input.workshopId,
        entityId: null,
        input: input as unknown as Record<string, unknown>,
        actor: actorOf(facilitator),
      },
      trx,
    );
    await trx
      .updateTable('workshops')
      .set(participantCap === undefined ? { invite_code: inviteCode } : { invite_code: inviteCode, participant_cap: participantCap })
      .where('id', '=', input.workshopId)
      .execute();
  });
  return { id: input.workshopId, inviteCode };
}
