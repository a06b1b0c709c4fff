import { z } from 'zod';
import { problem, type FieldProblem } from './field-problem.ts';
import { displayNameSchema, referenceCodeSchema } from './reference-code.ts';

export const centreModels = ['on_premises', 'remote'] as const;
export const centreChannels = ['counter', 'web', 'app', 'call_centre', 'kiosk'] as const;

/** What an administrator types for a service centre. */
export const centreInputSchema = z.object({
  entityId: z.string({ error: 'errors.registry.required' }).min(1, { error: 'errors.registry.required' }).max(100),
  code: referenceCodeSchema,
  nameAr: displayNameSchema,
  nameEn: displayNameSchema,
  model: z.enum(centreModels, { error: 'errors.registry.unknownChoice' }),
  channel: z.enum(centreChannels, { error: 'errors.registry.unknownChoice' }),
  cityAr: z.string().trim().max(100, { error: 'errors.registry.tooLong' }),
  cityEn: z.string().trim().max(100, { error: 'errors.registry.tooLong' }),
  active: z.boolean(),
});
export type CentreInput = z.infer<typeof centreInputSchema>;

/**
 * A centre's rules: its code is its own, its entity exists and is not archived, and a centre
 * people visit (on premises, at a counter or kiosk) names its city.
 */
export function centreProblems(
  input: CentreInput,
  selfId: string | null,
  centres: readonly { id: string; code: string }[],
  entities: readonly { id: string; archived: boolean }[],
): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (centres.some((c) => c.code === input.code && c.id !== selfId)) out.push(problem('code', 'codeTaken'));
  const entity = entities.find((e) => e.id === input.entityId);
  if (!entity) out.push(problem('entityId', 'unknownEntity'));
  else if (entity.archived && input.active) out.push(problem('entityId', 'archivedEntity'));
  if (input.model === 'on_premises') {
    if (input.cityAr === '') out.push(problem('cityAr', 'required'));
    if (input.cityEn === '') out.push(problem('cityEn', 'required'));
  }
  if (input.model === 'remote' && (input.channel === 'counter' || input.channel === 'kiosk')) out.push(problem('channel', 'remoteCounter'));
  return out;
}
