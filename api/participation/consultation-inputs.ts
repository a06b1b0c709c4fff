import { z } from 'zod';
import { bilingualText, freeText } from '../trpc/inputs.ts';
import { hasVisibleCharacter, textMessageKeys } from '../../workflows/text/user-text.ts';
import { consultationSubjects, identificationModes } from '../../workflows/participation/identification.ts';
import { questionListSchema } from '../../workflows/participation/poll-questions.ts';
import { resultsVisibilities } from '../../workflows/participation/results-visibility.ts';

export const idInput = z.string().min(1).max(100);
const isoDateTime = z.iso.datetime({ offset: true, error: 'errors.participation.badDate' });

/** A long bilingual text (the consultation's body, the response): either language is enough. */
export function bilingualBody(max: number) {
  return z
    .object({ ar: freeText(max), en: freeText(max) })
    .refine((t) => hasVisibleCharacter(t.ar) || hasVisibleCharacter(t.en), { error: textMessageKeys.oneLanguageRequired, path: ['ar'] })
    .transform(({ ar, en }) => ({ ar: hasVisibleCharacter(ar) ? ar : en, en: hasVisibleCharacter(en) ? en : ar }));
}

/** What the owner writes: everything but the phase. */
export const consultationFields = z.object({
  subjectKind: z.enum(consultationSubjects),
  subjectRef: z.string().trim().max(200).default(''),
  title: bilingualText(300),
  body: bilingualBody(20_000),
  identification: z.enum(identificationModes),
  resultsVisibility: z.enum(resultsVisibilities),
  commentsEnabled: z.boolean(),
  questions: questionListSchema,
  opensAt: isoDateTime,
  closesAt: isoDateTime,
});
export type ConsultationFields = z.output<typeof consultationFields>;

export const createConsultationInput = consultationFields.extend({ entityId: idInput.nullable() });

/** An attachment as the form sends it (base64), checked like assessment evidence. */
export const attachmentInput = z.object({
  id: idInput,
  name: z.string().trim().min(1).max(200),
  mimeType: z.string().max(200),
  base64: z.string().max(8 * 1024 * 1024),
});

export const responseInput = z.object({
  id: idInput,
  heard: bilingualBody(20_000),
  willDo: bilingualBody(20_000),
  gapIds: z.array(idInput).max(50).default([]),
});
