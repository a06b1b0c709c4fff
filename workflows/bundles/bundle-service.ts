import { z } from 'zod';
import { bilingualTextSchema } from './bilingual-text.ts';
import { entityCodeSchema } from './entity-codes.ts';

export const channels = ['service_centre', 'website', 'mobile_app', 'call_centre', 'kiosk', 'email'] as const;
export const channelSchema = z.enum(channels);
export type Channel = z.infer<typeof channelSchema>;

/**
 * When a service can start. Services in the same group run in parallel; groups run in
 * ascending order, so the bundle takes the sum over groups of the slowest service in each.
 */
export const parallelGroupSchema = z.number().int().min(1);

/** The as-is facts of one service, as the customer experiences it today. */
export const serviceBaselineSchema = z.object({
  steps: z.number().int().min(1),
  visits: z.number().int().min(0),
  /** In the local currency; 0 when free. */
  fees: z.number().min(0),
  typicalDays: z.number().min(0),
  channels: z.array(channelSchema).min(1),
});

export type ServiceBaseline = z.infer<typeof serviceBaselineSchema>;

/** One component service of a bundle and the entity that provides it. */
export const bundleServiceSchema = z.object({
  id: z.string().min(1),
  name: bilingualTextSchema,
  providedBy: entityCodeSchema,
  baseline: serviceBaselineSchema,
  /** Ids of the bundle's documents this service asks the customer for today. */
  requiredDocumentIds: z.array(z.string().min(1)),
  parallelGroup: parallelGroupSchema,
});

export type BundleService = z.infer<typeof bundleServiceSchema>;
