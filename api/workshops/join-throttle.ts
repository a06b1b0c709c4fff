import { sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';

/**
 * Joins per IP per minute. A room of customers often shares one network address, so the
 * default leaves room for a full session's arrivals while an invite code (31^8 values)
 * cannot be guessed by trying codes. `TAMAYUZ_JOINS_PER_IP_PER_MINUTE` overrides it.
 */
export const defaultJoinsPerIpPerMinute = 60;

export function joinsPerIpPerMinute(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.TAMAYUZ_JOINS_PER_IP_PER_MINUTE);
  return Number.isInteger(value) && value > 0 ? value : defaultJoinsPerIpPerMinute;
}

/**
 * Records this attempt (right code or wrong) and refuses it when it is more than `limit`
 * from this IP within the last minute. The row is written before counting and commits on
 * its own, so every API process counts every other process's attempts, refused ones too.
 */
export async function throttleJoin(db: DB, ip: string, limit: number, now: Date): Promise<void> {
  await db.insertInto('workshop_join_attempts').values({ ip, at: now }).execute();
  const since = new Date(now.getTime() - 60_000);
  const row = await db
    .selectFrom('workshop_join_attempts')
    .select(sql<string>`count(*)`.as('n'))
    .where('ip', '=', ip)
    .where('at', '>', since)
    .executeTakeFirstOrThrow();
  // Old rows are of no further use; a light sweep keeps the table small.
  if (Math.random() < 0.02) await db.deleteFrom('workshop_join_attempts').where('at', '<=', since).execute();
  if (Number(row.n) > limit) throw new AppError('TOO_MANY_REQUESTS', 'errors.workshops.tooManyJoins');
}
