import { z } from 'zod';
import { newPersonSchema } from '../people/person-input.ts';
import { ageBands, genders, nationalityGroups, shopperLanguages } from '../../workflows/mystery-shopper/profile.ts';

const entityId = z.string().min(1).max(100);

/** A shopper's profile, availability and conflicts: what the planner reads. */
export const shopperFieldsSchema = z.object({
  nationalityGroup: z.enum(nationalityGroups),
  ageBand: z.enum(ageBands),
  gender: z.enum(genders),
  language: z.enum(shopperLanguages),
  disability: z.boolean(),
  weekdays: z
    .array(z.number().int().min(1).max(7))
    .max(7)
    .transform((d) => [...new Set(d)].sort()),
  maxVisits: z.number().int().min(0).max(100),
  /** The entity the shopper works for: never visited by them. */
  employerEntityId: entityId.nullable(),
  /** Entities they are related to (family, former employer): never visited either. */
  relatedEntityIds: z
    .array(entityId)
    .max(50)
    .transform((d) => [...new Set(d)]),
});
export type ShopperFields = z.infer<typeof shopperFieldsSchema>;

/** A new shopper: an account (no password yet; they set one through the invitation) and a profile. */
export const newShopperSchema = newPersonSchema.omit({ grants: true }).extend({ profile: shopperFieldsSchema });
export type NewShopper = z.infer<typeof newShopperSchema>;
