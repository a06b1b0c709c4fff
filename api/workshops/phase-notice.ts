import type { DB } from '../db/schema.ts';
import { notify } from '../notifications/inbox.ts';
import { phaseLabels } from '../../workflows/workshops/workshop-labels.ts';
import type { WorkshopContext } from '../../workflows/workshops/workshop-machine.ts';

/** Inbox kind; the inbox translates it as `workshops:notices.phaseChanged`. */
export const phaseChangedKind = 'workshops.notices.phaseChanged';

/**
 * Tells every current participant with an account (representatives, and customers, whose
 * guest accounts are user rows too) that the workshop moved on, whether the facilitator
 * moved it or its time box ran out. Runs in the transition's transaction.
 */
export async function notifyPhaseChange(db: DB, context: WorkshopContext, at: Date): Promise<number> {
  const ids = context.participants.filter((p) => !p.removed).map((p) => p.id);
  if (ids.length === 0) return 0;
  const users = await db.selectFrom('users').select('id').where('id', 'in', ids).where('active', '=', true).execute();
  const label = phaseLabels[context.phase];
  return notify(
    db,
    users.map((u) => ({ userId: u.id })),
    {
      kind: phaseChangedKind,
      // The phase key for the web to translate, plus both labels and titles for any other reader.
      params: { phase: context.phase, phaseAr: label.ar, phaseEn: label.en, titleAr: context.title.ar, titleEn: context.title.en },
      link: `/workshops/${context.workshopId}`,
    },
    at,
  );
}
