import { z } from 'zod';
import { bilingualTextSchema } from './bilingual-text.ts';
import { documentStatusSchema } from './bundle-document.ts';
import { channelSchema, parallelGroupSchema } from './bundle-service.ts';

/** A single portal (or other one-stop platform) through which the bundle is delivered. */
export const bundlePlatformSchema = z.object({
  id: z.string().min(1),
  name: bilingualTextSchema,
  channels: z.array(channelSchema).min(1),
});

/**
 * One step of the to-be flow on a platform. `replacesServiceIds` records which as-is
 * services merge into it; `visit` is true when the customer must still come in person.
 */
export const designStepSchema = z.object({
  id: z.string().min(1),
  title: bilingualTextSchema,
  platformId: z.string().min(1),
  replacesServiceIds: z.array(z.string().min(1)),
  visit: z.boolean(),
  fees: z.number().min(0),
  typicalDays: z.number().min(0),
  parallelGroup: parallelGroupSchema,
});

export type DesignStep = z.infer<typeof designStepSchema>;

/**
 * The to-be bundle a workshop produces: the platforms, the flow on them and the status
 * of every baseline document (a document left out of `documents` stays required).
 */
export const bundleDesignSchema = z.object({
  platforms: z.array(bundlePlatformSchema).min(1),
  steps: z.array(designStepSchema).min(1),
  documents: z.array(documentStatusSchema),
});

export type BundleDesign = z.infer<typeof bundleDesignSchema>;

/** One entry of a bundle's redesign history: the design a workshop produced. */
export const bundleDesignVersionSchema = z.object({
  version: z.number().int().min(1),
  workshopId: z.string().min(1).nullable(),
  /** ISO date-time the design was recorded. */
  recordedAt: z.string().min(1),
  design: bundleDesignSchema,
});

export type BundleDesignVersion = z.infer<typeof bundleDesignVersionSchema>;
