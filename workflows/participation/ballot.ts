import { z } from 'zod';
import { hasControlCharacter, hasVisibleCharacter, textMessageKeys } from '../text/user-text.ts';
import { maxTextAnswer, ratingScale, type Question } from './poll-questions.ts';

/** One answer as a visitor sends it: option ids, a rating, or text. */
export const answerSchema = z.object({
  questionId: z.string().min(1).max(40),
  optionIds: z.array(z.string().min(1).max(40)).max(20).optional(),
  rating: z.number().int().optional(),
  text: z
    .string()
    .max(maxTextAnswer, { error: 'errors.participation.answerTooLong' })
    .refine((t) => !hasControlCharacter(t, { oneLine: false }), { error: textMessageKeys.controlCharacter })
    .optional(),
});
export type Answer = z.infer<typeof answerSchema>;

/** One stored answer row: a chosen option, a rating or a text, for one question. */
export interface AnswerRow {
  questionId: string;
  optionId: string | null;
  rating: number | null;
  text: string | null;
}

/** Why a ballot cannot be counted; the key is an `errors.participation.*` message. */
export class BallotProblem extends Error {
  constructor(readonly messageKey: string) {
    super(messageKey);
  }
}

/**
 * Checks a ballot against the questions and flattens it into rows. Pure: the API stores the
 * rows in the same transaction as the ballot that the unique voter key guards.
 */
export function ballotRows(questions: readonly Question[], answers: readonly Answer[]): AnswerRow[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  const rows: AnswerRow[] = [];
  for (const answer of answers) {
    const question = byId.get(answer.questionId);
    if (!question || seen.has(answer.questionId)) throw new BallotProblem('errors.participation.unknownQuestion');
    seen.add(answer.questionId);
    rows.push(...rowsFor(question, answer));
  }
  const unanswered = questions.find((q) => q.required && !rows.some((r) => r.questionId === q.id));
  if (unanswered) throw new BallotProblem('errors.participation.answerRequired');
  if (rows.length === 0) throw new BallotProblem('errors.participation.emptyBallot');
  return rows;
}

function rowsFor(question: Question, answer: Answer): AnswerRow[] {
  const base = { questionId: question.id, optionId: null, rating: null, text: null };
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const ids = [...new Set(answer.optionIds ?? [])];
      if (ids.some((id) => !question.options.some((o) => o.id === id))) throw new BallotProblem('errors.participation.unknownOption');
      if (question.kind === 'single' && ids.length > 1) throw new BallotProblem('errors.participation.oneOptionOnly');
      return ids.map((optionId) => ({ ...base, optionId }));
    }
    case 'rating': {
      if (answer.rating === undefined) return [];
      if (answer.rating < ratingScale.min || answer.rating > ratingScale.max) throw new BallotProblem('errors.participation.ratingRange');
      return [{ ...base, rating: answer.rating }];
    }
    case 'text': {
      const text = answer.text?.trim() ?? '';
      return hasVisibleCharacter(text) ? [{ ...base, text }] : [];
    }
  }
}
