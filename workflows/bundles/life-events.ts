import { z } from 'zod';

/** The eight life events of the bundles programme (مراحل حياتية). */
export const lifeEvents = [
  'job_seeking',
  'new_baby',
  'engagement_and_marriage',
  'study_abroad',
  'retirement',
  'emergencies',
  'doing_business',
  'coming_to_work',
] as const;

export const lifeEventSchema = z.enum(lifeEvents);
export type LifeEvent = z.infer<typeof lifeEventSchema>;
