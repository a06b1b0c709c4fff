import type { Question } from './poll-questions.ts';

/** Counted rows as SQL groups them: per question, per option or rating value. */
export interface TallyCount {
  questionId: string;
  optionId: string | null;
  rating: number | null;
  count: number;
}

export interface QuestionResult {
  questionId: string;
  kind: Question['kind'];
  /** Ballots that answered this question. */
  answered: number;
  /** Choice questions: each option's count and share of those who answered (0–100, one decimal). */
  options: { optionId: string; count: number; percent: number }[];
  /** Rating questions: the mean (one decimal) and the count per value. */
  average: number | null;
  ratings: { value: number; count: number }[];
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

/** Results per question from SQL counts; options nobody chose show with zero. Text answers are not tallied. */
export function tallyResults(
  questions: readonly Question[],
  counts: readonly TallyCount[],
  answeredBy: ReadonlyMap<string, number>,
): QuestionResult[] {
  return questions.map((q) => {
    const answered = answeredBy.get(q.id) ?? 0;
    const mine = counts.filter((c) => c.questionId === q.id);
    const options = q.options.map((o) => {
      const count = mine.find((c) => c.optionId === o.id)?.count ?? 0;
      return { optionId: o.id, count, percent: answered === 0 ? 0 : oneDecimal((100 * count) / answered) };
    });
    const ratings = mine.filter((c) => c.rating !== null).map((c) => ({ value: c.rating!, count: c.count }));
    const total = ratings.reduce((s, r) => s + r.count, 0);
    const average = q.kind === 'rating' && total > 0 ? oneDecimal(ratings.reduce((s, r) => s + r.value * r.count, 0) / total) : null;
    return { questionId: q.id, kind: q.kind, answered, options, average, ratings: ratings.sort((a, b) => a.value - b.value) };
  });
}
