import { z } from 'zod';
import { bilingualTextSchema, journeyChannels } from './journey-map.ts';

/**
 * A service as the unified service documentation guide describes it: standard
 * bilingual name, owner, channels, procedure, documents, fees, KPIs and the
 * service-level agreements between the entities that deliver it together.
 */
const code = z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/);

export const serviceStepSchema = z.object({
  title: bilingualTextSchema,
  /** Entity that performs the step. */
  entityCode: code,
  channels: z.array(z.enum(journeyChannels)).min(1),
  /** Target time for the step, in minutes of work (not elapsed days). */
  standardMinutes: z.number().nonnegative(),
});
export type ServiceStep = z.infer<typeof serviceStepSchema>;

export const serviceFeeSchema = z.object({
  label: bilingualTextSchema,
  amount: z.number().nonnegative(),
  currency: z.string().length(3),
});

export const serviceKpisSchema = z.object({
  annualVolume: z.number().int().nonnegative(),
  averageWaitMinutes: z.number().nonnegative(),
  averageServiceMinutes: z.number().nonnegative(),
  /** Mean post-service survey answer, 1..5. */
  satisfaction: z.number().min(1).max(5),
  /** Calendar days from request to outcome. */
  averageCompletionDays: z.number().nonnegative(),
});
export type ServiceKpis = z.infer<typeof serviceKpisSchema>;

export const serviceLevelAgreementSchema = z
  .object({
    /** Entity that delivers its part to the other. */
    providerEntityCode: code,
    consumerEntityCode: code,
    subject: bilingualTextSchema,
    /** Hours within which the provider answers. */
    targetHours: z.number().positive(),
    /** Share of requests that must meet the target, 0..100. */
    targetPercent: z.number().min(0).max(100),
  })
  .refine((s) => s.providerEntityCode !== s.consumerEntityCode, { error: 'service.sla_same_entity' });
export type ServiceLevelAgreement = z.infer<typeof serviceLevelAgreementSchema>;

export const serviceDefinitionSchema = z.object({
  code,
  name: bilingualTextSchema,
  ownerEntityCode: code,
  channels: z.array(z.enum(journeyChannels)).min(1),
  /** The procedure in order. */
  steps: z.array(serviceStepSchema).min(1),
  /** Ids in the document catalogue. */
  documentIds: z.array(z.string().min(1)),
  fees: z.array(serviceFeeSchema),
  kpis: serviceKpisSchema,
  slas: z.array(serviceLevelAgreementSchema),
});
export type ServiceDefinition = z.infer<typeof serviceDefinitionSchema>;
export type ServiceDefinitionInput = z.input<typeof serviceDefinitionSchema>;

export const entityRefSchema = z.object({ code, name: bilingualTextSchema });
export type EntityRef = z.infer<typeof entityRefSchema>;

export const documentTypeSchema = z.object({
  id: z.string().min(1),
  name: bilingualTextSchema,
  /** Entity that issues the document, when a government one does. */
  issuerEntityCode: code.nullable(),
});
export type DocumentType = z.infer<typeof documentTypeSchema>;
