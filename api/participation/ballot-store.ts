import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { ballotRows, BallotProblem, type Answer } from '../../workflows/participation/ballot.ts';
import { tallyResults, type TallyCount } from '../../workflows/participation/poll-tally.ts';
import type { ConsultationRow } from './consultation-store.ts';

/**
 * Stores one ballot and its answers in one transaction. The (consultation, voter) unique key
 * decides a second vote, even two arriving at once from two processes: the loser inserts
 * nothing, is refused, and writes no answer.
 */
export async function castBallot(
  db: DB,
  consultation: ConsultationRow,
  voterKey: string,
  answers: readonly Answer[],
  now: Date,
): Promise<void> {
  let rows: ReturnType<typeof ballotRows>;
  try {
    rows = ballotRows(consultation.questions, answers);
  } catch (error) {
    if (error instanceof BallotProblem) throw new AppError('BAD_REQUEST', error.messageKey);
    throw error;
  }
  await inTransaction(db, async (trx) => {
    const id = randomUUID();
    const inserted = await trx
      .insertInto('consultation_ballots')
      .values({ id, consultation_id: consultation.id, voter_key: voterKey, created_at: now })
      .onConflict((oc) => oc.columns(['consultation_id', 'voter_key']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) throw new AppError('CONFLICT', 'errors.participation.alreadyVoted');
    await trx
      .insertInto('consultation_answers')
      .values(rows.map((r) => ({ ballot_id: id, question_id: r.questionId, option_id: r.optionId, rating: r.rating, text_value: r.text })))
      .execute();
  });
}

export async function hasVoted(db: DB, consultationId: string, voterKey: string): Promise<boolean> {
  const row = await db
    .selectFrom('consultation_ballots')
    .select('id')
    .where('consultation_id', '=', consultationId)
    .where('voter_key', '=', voterKey)
    .executeTakeFirst();
  return row !== undefined;
}

/** Counts in SQL (per question and option or rating), shaped per question by the pure tally. */
export async function pollResults(db: DB, consultation: ConsultationRow) {
  const counts = await db
    .selectFrom('consultation_answers')
    .innerJoin('consultation_ballots', 'consultation_ballots.id', 'consultation_answers.ballot_id')
    .select(['question_id', 'option_id', 'rating', sql<string>`count(*)`.as('n')])
    .where('consultation_ballots.consultation_id', '=', consultation.id)
    .where('text_value', 'is', null)
    .groupBy(['question_id', 'option_id', 'rating'])
    .execute();
  const answered = await db
    .selectFrom('consultation_answers')
    .innerJoin('consultation_ballots', 'consultation_ballots.id', 'consultation_answers.ballot_id')
    .select(['question_id', sql<string>`count(distinct consultation_answers.ballot_id)`.as('n')])
    .where('consultation_ballots.consultation_id', '=', consultation.id)
    .groupBy('question_id')
    .execute();
  const ballots = await db
    .selectFrom('consultation_ballots')
    .select(sql<string>`count(*)`.as('n'))
    .where('consultation_id', '=', consultation.id)
    .executeTakeFirstOrThrow();
  const tally: TallyCount[] = counts.map((c) => ({
    questionId: c.question_id,
    optionId: c.option_id,
    rating: c.rating,
    count: Number(c.n),
  }));
  return {
    ballots: Number(ballots.n),
    questions: tallyResults(consultation.questions, tally, new Map(answered.map((a) => [a.question_id, Number(a.n)]))),
  };
}
