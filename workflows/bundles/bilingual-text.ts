import { z } from 'zod';

/** Every name a customer or an entity reads is shown in Arabic and English. */
export const bilingualTextSchema = z.object({
  ar: z.string().min(1),
  en: z.string().min(1),
});

export type BilingualText = z.infer<typeof bilingualTextSchema>;
