import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { enqueueMail } from '../mail/enqueue.ts';
import { normalEmail } from '../../workflows/participation/identification.ts';

/** A code lasts a quarter of an hour and allows five tries; the token it buys lasts a day. */
export const codeLifetimeMs = 15 * 60_000;
export const maxCodeAttempts = 5;
export const tokenLifetimeMs = 24 * 60 * 60_000;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** The voter's key for a verified address: a hash, so the ballot table holds no address. */
export function emailHash(address: string): string {
  return sha256(`participation-email:${normalEmail(address)}`);
}

function codeHash(consultationId: string, hash: string, code: string): string {
  return sha256(`${consultationId}:${hash}:${code}`);
}

/**
 * Sends a six-digit code to `address` through the mail outbox (queued in this transaction),
 * replacing any earlier code for the same address and consultation.
 */
export async function sendParticipationCode(
  trx: DB,
  args: { consultationId: string; address: string; locale: string; title: string },
  now: Date,
): Promise<void> {
  const hash = emailHash(args.address);
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const row = {
    code_hash: codeHash(args.consultationId, hash, code),
    expires_at: new Date(now.getTime() + codeLifetimeMs),
    attempts: 0,
  };
  await trx
    .insertInto('consultation_email_codes')
    .values({ consultation_id: args.consultationId, email_hash: hash, ...row, token_hash: null, token_expires_at: null })
    .onConflict((oc) => oc.columns(['consultation_id', 'email_hash']).doUpdateSet(row))
    .execute();
  await enqueueMail(
    trx,
    {
      to: normalEmail(args.address),
      locale: args.locale,
      template: 'participationCode',
      params: { code, title: args.title },
      link: `/participate/${args.consultationId}`,
      dedupeKey: `participation-code:${args.consultationId}:${hash}:${randomBytes(8).toString('hex')}`,
    },
    now,
  );
}

/**
 * Exchanges a right code for a token the visitor's browser keeps for the day; a wrong one
 * counts a try (committed even though the call is refused), and the fifth wrong try spends the code.
 */
export async function verifyParticipationCode(
  db: DB,
  args: { consultationId: string; address: string; code: string },
  now: Date,
): Promise<string> {
  const hash = emailHash(args.address);
  const row = await db
    .selectFrom('consultation_email_codes')
    .selectAll()
    .where('consultation_id', '=', args.consultationId)
    .where('email_hash', '=', hash)
    .executeTakeFirst();
  if (!row || new Date(row.expires_at) <= now || row.attempts >= maxCodeAttempts) {
    throw new AppError('BAD_REQUEST', 'errors.participation.codeExpired');
  }
  const expected = Buffer.from(row.code_hash, 'hex');
  const given = Buffer.from(codeHash(args.consultationId, hash, args.code.trim()), 'hex');
  if (!timingSafeEqual(expected, given)) {
    await db
      .updateTable('consultation_email_codes')
      .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
      .where('consultation_id', '=', args.consultationId)
      .where('email_hash', '=', hash)
      .execute();
    throw new AppError('BAD_REQUEST', 'errors.participation.codeWrong');
  }
  const token = randomBytes(24).toString('base64url');
  await db
    .updateTable('consultation_email_codes')
    .set({ token_hash: sha256(token), token_expires_at: new Date(now.getTime() + tokenLifetimeMs), attempts: maxCodeAttempts })
    .where('consultation_id', '=', args.consultationId)
    .where('email_hash', '=', hash)
    .execute();
  return token;
}

/** The verified address (as its hash) a token stands for, or a refusal asking to verify again. */
export async function verifiedEmailOf(db: DB, consultationId: string, token: string | undefined, now: Date): Promise<string> {
  if (!token) throw new AppError('PRECONDITION_FAILED', 'errors.participation.emailRequired');
  const row = await db
    .selectFrom('consultation_email_codes')
    .select(['email_hash', 'token_expires_at'])
    .where('consultation_id', '=', consultationId)
    .where('token_hash', '=', sha256(token))
    .executeTakeFirst();
  if (!row?.token_expires_at || new Date(row.token_expires_at) <= now) {
    throw new AppError('PRECONDITION_FAILED', 'errors.participation.emailRequired');
  }
  return row.email_hash;
}
