import { z } from 'zod';
import { bilingualTextSchema } from './bilingual-text.ts';
import { bundleDocumentSchema } from './bundle-document.ts';
import { bundleDesignVersionSchema, type BundleDesign } from './bundle-design.ts';
import { bundleServiceSchema } from './bundle-service.ts';
import { entityCodeSchema } from './entity-codes.ts';
import { lifeEventSchema } from './life-events.ts';

/** The entities that deliver a bundle together and steer its redesign. */
export const governanceGroupSchema = z.object({
  name: bilingualTextSchema,
  chair: entityCodeSchema,
  members: z.array(entityCodeSchema).min(1),
});

/** What starts the life event, e.g. a birth entered in the population register. */
export const bundleTriggerSchema = z.object({
  description: bilingualTextSchema,
  /** The entity whose record signals the event, when one does. */
  signalledBy: entityCodeSchema.optional(),
});

const bundleShape = z.object({
  id: z.string().min(1),
  lifeEvent: lifeEventSchema,
  name: bilingualTextSchema,
  trigger: bundleTriggerSchema,
  eligibility: z.array(bilingualTextSchema).min(1),
  participatingEntities: z.array(entityCodeSchema).min(1),
  governanceGroup: governanceGroupSchema,
  services: z.array(bundleServiceSchema).min(1),
  documents: z.array(bundleDocumentSchema),
  /** Redesign history, oldest first; the last entry is the current to-be design. */
  designs: z.array(bundleDesignVersionSchema),
});

/**
 * A service bundle (باقة خدمات) around one life event. The refinements keep the
 * references inside the bundle consistent, so metrics never meet a dangling id.
 */
export const bundleSchema = bundleShape.superRefine((bundle, ctx) => {
  const documentIds = new Set(bundle.documents.map((d) => d.id));
  const serviceIds = new Set(bundle.services.map((s) => s.id));
  const entities = new Set(bundle.participatingEntities);
  if (documentIds.size !== bundle.documents.length) ctx.addIssue({ code: 'custom', message: 'duplicate document id', path: ['documents'] });
  if (serviceIds.size !== bundle.services.length) ctx.addIssue({ code: 'custom', message: 'duplicate service id', path: ['services'] });
  bundle.services.forEach((service, i) => {
    if (!entities.has(service.providedBy)) {
      ctx.addIssue({
        code: 'custom',
        message: `provider ${service.providedBy} is not a participating entity`,
        path: ['services', i, 'providedBy'],
      });
    }
    for (const documentId of service.requiredDocumentIds) {
      if (!documentIds.has(documentId)) {
        ctx.addIssue({ code: 'custom', message: `unknown document ${documentId}`, path: ['services', i, 'requiredDocumentIds'] });
      }
    }
  });
  for (const member of [bundle.governanceGroup.chair, ...bundle.governanceGroup.members]) {
    if (!entities.has(member))
      ctx.addIssue({ code: 'custom', message: `governance member ${member} is not a participating entity`, path: ['governanceGroup'] });
  }
  bundle.designs.forEach((version, i) => {
    for (const problem of designProblems(version.design, serviceIds, documentIds)) {
      ctx.addIssue({ code: 'custom', message: problem, path: ['designs', i, 'design'] });
    }
  });
});

export type Bundle = z.infer<typeof bundleSchema>;

/** Dangling references in a design against its bundle; empty when it is consistent. */
export function designProblems(design: BundleDesign, serviceIds: ReadonlySet<string>, documentIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const platformIds = new Set(design.platforms.map((p) => p.id));
  for (const step of design.steps) {
    if (!platformIds.has(step.platformId)) problems.push(`step ${step.id}: unknown platform ${step.platformId}`);
    for (const serviceId of step.replacesServiceIds) {
      if (!serviceIds.has(serviceId)) problems.push(`step ${step.id}: unknown service ${serviceId}`);
    }
  }
  for (const status of design.documents) {
    if (!documentIds.has(status.documentId)) problems.push(`unknown document ${status.documentId}`);
  }
  return problems;
}
