import { z } from 'zod';
import { entityBoundRoles, roles } from '../../workflows/roles.ts';
import type { Grant } from '../access/grants.ts';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { requiredText } from '../trpc/inputs.ts';

/** Lower-case letters, digits and . _ -: what people type at sign-in and what files carry. */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'errors.people.usernameFormat');

export const emailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email('errors.people.emailFormat'));

export const grantSchema = z.object({
  role: z.enum(roles),
  entityId: z.string().min(1).max(100).nullable(),
});

export const personFields = z.object({
  displayNameAr: requiredText(200),
  displayNameEn: requiredText(200),
  email: emailSchema,
  locale: z.enum(['ar', 'en']),
  grants: z.array(grantSchema).max(20),
});

export const newPersonSchema = personFields.extend({ username: usernameSchema });

export type PersonFields = z.infer<typeof personFields>;
export type NewPerson = z.infer<typeof newPersonSchema>;

/**
 * A set of grants that can be stored: an entity-bound role names its entity, every entity named
 * exists, and no grant is given twice. Answers them in a stable order.
 */
export async function checkGrants(db: DB, grants: readonly Grant[]): Promise<Grant[]> {
  const seen = new Set<string>();
  for (const [i, g] of grants.entries()) {
    if (entityBoundRoles.includes(g.role) && g.role !== 'participant' && g.entityId === null)
      throw new AppError('BAD_REQUEST', 'errors.people.entityRequired', { field: `grants.${i}.entityId` });
    const key = `${g.role}/${g.entityId ?? ''}`;
    if (seen.has(key)) throw new AppError('BAD_REQUEST', 'errors.people.duplicateGrant', { field: `grants.${i}` });
    seen.add(key);
  }
  const entityIds = [...new Set(grants.flatMap((g) => (g.entityId ? [g.entityId] : [])))];
  if (entityIds.length > 0) {
    const known = new Set((await db.selectFrom('entities').select('id').where('id', 'in', entityIds).execute()).map((e) => e.id));
    const i = grants.findIndex((g) => g.entityId !== null && !known.has(g.entityId));
    if (i >= 0) throw new AppError('BAD_REQUEST', 'errors.people.unknownEntity', { field: `grants.${i}.entityId` });
  }
  return [...grants];
}
