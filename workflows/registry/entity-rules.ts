import { z } from 'zod';
import { problem, type FieldProblem } from './field-problem.ts';
import { displayNameSchema, referenceCodeSchema } from './reference-code.ts';

export const entityTypes = ['ministry', 'authority', 'council', 'municipality', 'corporation'] as const;
export const entitySectors = ['government', 'social', 'economic', 'infrastructure', 'security', 'health', 'education'] as const;

/** What an administrator types for an entity. */
export const entityInputSchema = z.object({
  code: referenceCodeSchema,
  nameAr: displayNameSchema,
  nameEn: displayNameSchema,
  type: z.enum(entityTypes, { error: 'errors.registry.unknownChoice' }),
  sector: z.enum(entitySectors, { error: 'errors.registry.unknownChoice' }),
  deliversServices: z.boolean({ error: 'errors.registry.required' }),
  parentEntityId: z.string().min(1).max(100).nullable(),
});
export type EntityInput = z.infer<typeof entityInputSchema>;

/** The register as the rules need it: every entity's id, code, parent and whether it is archived. */
export interface RegisterEntry {
  id: string;
  code: string;
  parentEntityId: string | null;
  archived: boolean;
}

/**
 * Problems of saving `input` as entity `selfId` (null when new) into `register`: a code another
 * entity holds, a parent that is unknown, archived, itself, or below it (a cycle).
 */
export function entityProblems(input: EntityInput, selfId: string | null, register: readonly RegisterEntry[]): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (register.some((e) => e.code === input.code && e.id !== selfId)) out.push(problem('code', 'codeTaken'));
  if (input.parentEntityId !== null) {
    const parent = register.find((e) => e.id === input.parentEntityId);
    if (!parent) out.push(problem('parentEntityId', 'unknownEntity'));
    else if (parent.archived) out.push(problem('parentEntityId', 'archivedEntity'));
    else if (selfId !== null && parentChainReaches(input.parentEntityId, selfId, register))
      out.push(problem('parentEntityId', 'parentCycle'));
  }
  return out;
}

/** Whether walking up from `startId` meets `targetId` (start included); stops on a cycle already stored. */
export function parentChainReaches(startId: string, targetId: string, register: readonly RegisterEntry[]): boolean {
  const parentOf = new Map(register.map((e) => [e.id, e.parentEntityId]));
  const seen = new Set<string>();
  let current: string | null | undefined = startId;
  while (current != null && !seen.has(current)) {
    if (current === targetId) return true;
    seen.add(current);
    current = parentOf.get(current);
  }
  return false;
}

/** An entity can be archived only once nothing active hangs below it. */
export function archiveProblems(selfId: string, register: readonly RegisterEntry[]): FieldProblem[] {
  return register.some((e) => e.parentEntityId === selfId && !e.archived) ? [problem('id', 'hasActiveChildren')] : [];
}

/** Removing an entity that anything refers to archives it instead: history must keep reading it. */
export function removalOutcome(references: number): 'delete' | 'archive' {
  return references > 0 ? 'archive' : 'delete';
}
