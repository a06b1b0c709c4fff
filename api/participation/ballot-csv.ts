import type { DB } from '../db/schema.ts';
import type { ConsultationRow } from './consultation-store.ts';

const headers = {
  ar: ['رقم الاستمارة', 'وقت التصويت', 'السؤال', 'الخيار', 'التقييم', 'النص'],
  en: ['Ballot', 'Voted at', 'Question', 'Option', 'Rating', 'Text'],
} as const;

/**
 * One row per answer with the question and option in the reader's language. Ballots are
 * numbered in order: the voter's key (an account or an address hash) never leaves the server.
 */
export async function ballotCsvRows(db: DB, consultation: ConsultationRow, locale: 'ar' | 'en') {
  const rows = await db
    .selectFrom('consultation_answers as a')
    .innerJoin('consultation_ballots as b', 'b.id', 'a.ballot_id')
    .select(['b.id as ballot', 'b.created_at', 'a.question_id', 'a.option_id', 'a.rating', 'a.text_value'])
    .where('b.consultation_id', '=', consultation.id)
    .orderBy('b.created_at')
    .orderBy('b.id')
    .execute();
  const number = new Map<string, number>();
  const questions = new Map(consultation.questions.map((q) => [q.id, q]));
  return {
    header: headers[locale],
    rows: rows.map((r) => {
      if (!number.has(r.ballot)) number.set(r.ballot, number.size + 1);
      const question = questions.get(r.question_id);
      const option = question?.options.find((o) => o.id === r.option_id);
      return [
        number.get(r.ballot)!,
        new Date(r.created_at).toISOString(),
        question ? question.prompt[locale] : r.question_id,
        option ? option.label[locale] : '',
        r.rating ?? '',
        r.text_value ?? '',
      ];
    }),
  };
}
