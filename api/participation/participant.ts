import { randomUUID } from 'node:crypto';
import type { DB } from '../db/schema.ts';
import type { SessionUser } from '../trpc/context.ts';
import { AppError } from '../trpc/app-error.ts';
import type { ConsultationRow } from './consultation-store.ts';
import { verifiedEmailOf } from './email-verification.ts';

/** Who takes part, as far as the consultation's identification asks. */
export interface Participant {
  /** The one-person-one-voice key: an account, a verified address's hash, or (anonymous) a fresh id. */
  voterKey: string;
  userId: string | null;
}

/**
 * Anonymous consultations take anyone (each ballot is its own voter: only the rate limits hold
 * them back); `signed_in` needs a session; `verified_email` a token bought with an e-mailed code.
 */
export async function participantOf(
  db: DB,
  consultation: ConsultationRow,
  user: SessionUser | null,
  emailToken: string | undefined,
  now: Date,
): Promise<Participant> {
  switch (consultation.identification) {
    case 'anonymous':
      return { voterKey: user ? `user:${user.id}` : `anon:${randomUUID()}`, userId: user?.id ?? null };
    case 'signed_in':
      if (!user) throw new AppError('PRECONDITION_FAILED', 'errors.participation.signInRequired');
      return { voterKey: `user:${user.id}`, userId: user.id };
    case 'verified_email':
      return { voterKey: `email:${await verifiedEmailOf(db, consultation.id, emailToken, now)}`, userId: user?.id ?? null };
  }
}

/** Contributions and votes are taken only while the consultation is open. */
export function assertOpen(consultation: ConsultationRow): void {
  if (consultation.phase !== 'open') throw new AppError('PRECONDITION_FAILED', 'errors.participation.notOpen');
}
