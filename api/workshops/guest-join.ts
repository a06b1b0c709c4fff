import { randomUUID } from 'node:crypto';
import type { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import type { DB } from '../db/schema.ts';
import { createSession } from '../accounts/sessions.ts';
import { AppError } from '../trpc/app-error.ts';
import { normaliseInviteCode } from './invite-code.ts';
import { joinsPerIpPerMinute, throttleJoin } from './join-throttle.ts';

export interface GuestJoin {
  code: string;
  name: string;
  locale: 'ar' | 'en';
  /** Where the attempt comes from; attempts are throttled per address. */
  ip: string;
}

/**
 * A customer joins with an invite code: a `participant` account without a password, bound
 * to this workshop alone, is added to the participant list through the engine (recorded
 * as the facilitator's invitation, labelled by the code), and gets a session. Attempts are
 * throttled per IP (wrong codes count too) and refused once the workshop is at its cap.
 */
export async function joinWithInviteCode(
  db: DB,
  engine: WorkflowEngine,
  input: GuestJoin,
  now = new Date(),
  perIpPerMinute = joinsPerIpPerMinute(),
) {
  await throttleJoin(db, input.ip, perIpPerMinute, now);
  const code = normaliseInviteCode(input.code);
  const found = await db.selectFrom('workshops').select(['id', 'phase']).where('invite_code', '=', code).executeTakeFirst();
  if (!found || found.phase === 'closed') throw new AppError('NOT_FOUND', 'errors.workshops.badInviteCode');
  const short = randomUUID().replace(/-/g, '').slice(0, 12);
  const userId = `usr-guest-${short}`;
  await inTransaction(db, async (trx) => {
    // The row lock makes concurrent joins (from any API process) take turns at the cap check.
    const workshop = await trx
      .selectFrom('workshops')
      .select(['id', 'facilitator_id', 'participants', 'participant_cap'])
      .where('id', '=', found.id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (workshop.participants.filter((p) => !p.removed).length >= workshop.participant_cap) {
      throw new AppError('PRECONDITION_FAILED', 'errors.workshops.workshopFull', { cap: workshop.participant_cap });
    }
    await trx
      .insertInto('users')
      .values({
        id: userId,
        username: `guest-${short}`,
        display_name_ar: input.name,
        display_name_en: input.name,
        password_hash: null,
        locale: input.locale,
        active: true,
      })
      .execute();
    await trx.insertInto('user_roles').values({ user_id: userId, role: 'participant', entity_id: null }).execute();
    await trx.insertInto('workshop_guests').values({ user_id: userId, workshop_id: workshop.id, joined_at: now }).execute();
    await engine.send(
      {
        instanceId: workshop.id,
        event: { type: 'ADD_PARTICIPANT', participant: { id: userId, kind: 'customer', entityId: null, name: input.name } },
        actor: { id: workshop.facilitator_id, label: `invite:${code}`, roles: ['facilitator'], entityId: null },
      },
      trx,
    );
  });
  const session = await createSession(db, userId, now);
  return { workshopId: found.id, userId, session };
}
