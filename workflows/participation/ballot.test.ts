import { describe, expect, it } from 'vitest';
import { ballotRows, BallotProblem } from './ballot.ts';
import { tallyResults } from './poll-tally.ts';
import type { Question } from './poll-questions.ts';

const q = (id: string, kind: Question['kind'], options: string[] = [], required = false): Question => ({
  id,
  kind,
  prompt: { ar: id, en: id },
  options: options.map((o) => ({ id: o, label: { ar: o, en: o } })),
  required,
});
const questions = [q('q1', 'single', ['a', 'b'], true), q('q2', 'multiple', ['x', 'y', 'z']), q('q3', 'rating'), q('q4', 'text')];
const problem = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof BallotProblem) return e.messageKey;
    throw e;
  }
  return null;
};

describe('ballotRows', () => {
  it('flattens a ballot into one row per chosen option, rating or text', () => {
    expect(
      ballotRows(questions, [
        { questionId: 'q1', optionIds: ['a'] },
        { questionId: 'q2', optionIds: ['x', 'z', 'x'] },
        { questionId: 'q3', rating: 5 },
        { questionId: 'q4', text: '  hi  ' },
      ]),
    ).toEqual([
      { questionId: 'q1', optionId: 'a', rating: null, text: null },
      { questionId: 'q2', optionId: 'x', rating: null, text: null },
      { questionId: 'q2', optionId: 'z', rating: null, text: null },
      { questionId: 'q3', optionId: null, rating: 5, text: null },
      { questionId: 'q4', optionId: null, rating: null, text: 'hi' },
    ]);
  });

  it('refuses what a question does not take, each with its own key', () => {
    expect(problem(() => ballotRows(questions, [{ questionId: 'q1', optionIds: ['a', 'b'] }]))).toBe('errors.participation.oneOptionOnly');
    expect(problem(() => ballotRows(questions, [{ questionId: 'q2', optionIds: ['x'] }]))).toBe('errors.participation.answerRequired');
    expect(
      problem(() =>
        ballotRows(questions, [
          { questionId: 'q1', optionIds: ['a'] },
          { questionId: 'q1', optionIds: ['b'] },
        ]),
      ),
    ).toBe('errors.participation.unknownQuestion');
    expect(problem(() => ballotRows([q('q3', 'rating')], [{ questionId: 'q3', rating: 0 }]))).toBe('errors.participation.ratingRange');
    expect(problem(() => ballotRows([q('q4', 'text')], [{ questionId: 'q4', text: '   ' }]))).toBe('errors.participation.emptyBallot');
  });
});

describe('tallyResults', () => {
  it('gives every option its share of those who answered, and the mean rating', () => {
    const results = tallyResults(
      questions,
      [
        { questionId: 'q1', optionId: 'a', rating: null, count: 3 },
        { questionId: 'q3', optionId: null, rating: 4, count: 1 },
        { questionId: 'q3', optionId: null, rating: 5, count: 2 },
      ],
      new Map([
        ['q1', 3],
        ['q3', 3],
      ]),
    );
    expect(results[0]?.options).toEqual([
      { optionId: 'a', count: 3, percent: 100 },
      { optionId: 'b', count: 0, percent: 0 },
    ]);
    expect(results[2]?.average).toBe(4.7);
  });
});
