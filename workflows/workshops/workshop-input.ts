import { z } from 'zod';
import { bilingualTextSchema } from '../bundles/bilingual-text.ts';
import { participantSchema } from './workshop-board.ts';
import { workingPhases } from './workshop-phases.ts';
import { workshopSettingsSchema } from './workshop-settings.ts';

export const agendaItemSchema = z.object({
  phase: z.enum(workingPhases),
  title: bilingualTextSchema,
  /** Time box in minutes; null when the phase runs until the facilitator moves on. */
  minutes: z.number().int().min(1).max(480).nullable(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** What a workshop starts from: its structure, without any board content. */
export const workshopInputSchema = z.object({
  workshopId: z.string().min(1).max(64),
  title: bilingualTextSchema,
  /** The bundle being redesigned, when there is one. */
  bundleId: z.string().min(1).max(64).nullable(),
  facilitatorId: z.string().min(1).max(64),
  templateId: z.string().min(1).max(64).nullable(),
  agenda: z.array(agendaItemSchema),
  settings: workshopSettingsSchema,
  participants: z.array(participantSchema).max(200),
});
export type WorkshopInput = z.infer<typeof workshopInputSchema>;
