import { z } from 'zod';
import type { ServiceDefinition } from '../journeys/service-definition.ts';
import { problem, type FieldProblem } from './field-problem.ts';
import { displayNameSchema, referenceCodeSchema } from './reference-code.ts';

/** What the catalogue may point at: codes of entities (and outside parties) and ids of document types in use. */
export interface CatalogueReferences {
  entityCodes: ReadonlySet<string>;
  documentIds: ReadonlySet<string>;
}

export const documentTypeInputSchema = z.object({
  id: z
    .string({ error: 'errors.registry.required' })
    .max(80, { error: 'errors.registry.tooLong' })
    .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/, { error: 'errors.registry.documentIdFormat' }),
  nameAr: displayNameSchema,
  nameEn: displayNameSchema,
  issuerEntityCode: referenceCodeSchema.nullable(),
});
export type DocumentTypeInput = z.infer<typeof documentTypeInputSchema>;

/** A new document type's id is its own; its issuer, when named, is a known entity. */
export function documentTypeProblems(
  input: DocumentTypeInput,
  isNew: boolean,
  existingIds: ReadonlySet<string>,
  refs: CatalogueReferences,
): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (isNew && existingIds.has(input.id)) out.push(problem('id', 'codeTaken'));
  if (input.issuerEntityCode !== null && !refs.entityCodes.has(input.issuerEntityCode))
    out.push(problem('issuerEntityCode', 'unknownEntity'));
  return out;
}

/**
 * Every reference of a service definition the catalogue cannot resolve, at its path: the
 * owner, each step's entity, each document and both sides of each SLA. Also a document named
 * twice, which the guide's one list of required documents never does.
 */
export function serviceReferenceProblems(service: ServiceDefinition, refs: CatalogueReferences): FieldProblem[] {
  const out: FieldProblem[] = [];
  const entity = (path: string, code: string) => {
    if (!refs.entityCodes.has(code)) out.push(problem(path, 'unknownEntity'));
  };
  entity('ownerEntityCode', service.ownerEntityCode);
  service.steps.forEach((step, i) => {
    entity(`steps.${i}.entityCode`, step.entityCode);
  });
  const seen = new Set<string>();
  service.documentIds.forEach((id, i) => {
    if (!refs.documentIds.has(id)) out.push(problem(`documentIds.${i}`, 'unknownDocument'));
    else if (seen.has(id)) out.push(problem(`documentIds.${i}`, 'duplicateDocument'));
    seen.add(id);
  });
  service.slas.forEach((sla, i) => {
    entity(`slas.${i}.providerEntityCode`, sla.providerEntityCode);
    entity(`slas.${i}.consumerEntityCode`, sla.consumerEntityCode);
  });
  return out;
}

/** What an edit does to a service: nothing when the definition is the same, else its next version. */
export function serviceEditOutcome(
  current: { code: string; version: number; definition: ServiceDefinition },
  next: ServiceDefinition,
): { kind: 'unchanged' } | { kind: 'new_version'; version: number } | { kind: 'refused'; problems: FieldProblem[] } {
  if (next.code !== current.code) return { kind: 'refused', problems: [problem('code', 'codeFixed')] };
  if (canonicalJson(next) === canonicalJson(current.definition)) return { kind: 'unchanged' };
  return { kind: 'new_version', version: current.version + 1 };
}

/** JSON with object keys sorted, so two equal definitions compare equal whatever order the database kept. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}
