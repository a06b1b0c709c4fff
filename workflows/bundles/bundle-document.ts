import { z } from 'zod';
import { bilingualTextSchema } from './bilingual-text.ts';
import { entityCodeSchema } from './entity-codes.ts';

/**
 * What lets a document be dropped under the once-only principle: an agreement between
 * entities to share the data, or the customer's consent to fetch it.
 */
export const eliminationBasisSchema = z.object({
  kind: z.enum(['data_sharing_agreement', 'consent']),
  reference: z.string().min(1),
});

export type EliminationBasis = z.infer<typeof eliminationBasisSchema>;

/** A document or data item a customer is asked for. */
export const bundleDocumentSchema = z.object({
  id: z.string().min(1),
  name: bilingualTextSchema,
  kind: z.enum(['document', 'data']),
  /** The entity that issues it, when a government entity does. */
  issuedBy: entityCodeSchema.optional(),
});

export type BundleDocument = z.infer<typeof bundleDocumentSchema>;

/**
 * The to-be status of one document: still required from the customer, or eliminated
 * because entity X already holds it, with the agreement or consent that allows that.
 */
export const documentStatusSchema = z.discriminatedUnion('status', [
  z.object({ documentId: z.string().min(1), status: z.literal('required') }),
  z.object({
    documentId: z.string().min(1),
    status: z.literal('eliminated'),
    heldBy: entityCodeSchema,
    basis: eliminationBasisSchema,
  }),
]);

export type DocumentStatus = z.infer<typeof documentStatusSchema>;
