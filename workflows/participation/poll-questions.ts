import { z } from 'zod';
import { bilingualText } from '../text/user-text.ts';

/** What a question asks for: one option, several, a rating from 1 to 5, or a sentence. */
export const questionKinds = ['single', 'multiple', 'rating', 'text'] as const;
export type QuestionKind = (typeof questionKinds)[number];

export const ratingScale = { min: 1, max: 5 } as const;
export const maxQuestions = 20;
export const maxOptions = 12;
/** A free-text answer: a sentence or two, not an essay (a contribution is the place for those). */
export const maxTextAnswer = 1000;

const option = z.object({ id: z.string().min(1).max(40), label: bilingualText(200) });

export const questionSchema = z
  .object({
    id: z.string().min(1).max(40),
    kind: z.enum(questionKinds),
    prompt: bilingualText(500),
    options: z.array(option).max(maxOptions, { error: 'errors.participation.tooManyOptions' }).default([]),
    required: z.boolean().default(false),
  })
  .refine((q) => (q.kind === 'single' || q.kind === 'multiple' ? q.options.length >= 2 : q.options.length === 0), {
    error: 'errors.participation.optionsForChoiceOnly',
    path: ['options'],
  })
  .refine((q) => new Set(q.options.map((o) => o.id)).size === q.options.length, {
    error: 'errors.participation.duplicateOption',
    path: ['options'],
  });
export type Question = z.output<typeof questionSchema>;

export const questionListSchema = z
  .array(questionSchema)
  .max(maxQuestions, { error: 'errors.participation.tooManyQuestions' })
  .refine((qs) => new Set(qs.map((q) => q.id)).size === qs.length, { error: 'errors.participation.duplicateQuestion' });
