import { z } from 'zod';
import { entityBoundRoles, isRole, type Role } from '../roles.ts';
import { requiredCell } from './cells.ts';
import { referenceCodePattern } from '../registry/reference-code.ts';
import { onboardingMessageKeys as keys, quoted } from './row-problem.ts';

/** One scoped role: "entity_coordinator:MOI" is MOI's coordinator; "assessor" holds for every entity. */
export interface ScopedRole {
  role: Role;
  /** Upper-case entity code, or null for a role not tied to one entity. */
  entityCode: string | null;
}

/** How a role set is written in a cell and compared: `role` or `role:CODE`, sorted. */
export function roleLabel(r: ScopedRole): string {
  return r.entityCode ? `${r.role}:${r.entityCode}` : r.role;
}

/**
 * A person's roles in one cell, separated by `;` (or a line break): each a role name,
 * optionally `:ENTITY_CODE`. Entity-bound roles (coordinator, participant) must name their
 * entity; a role named twice is a mistake. Whether the entity exists is checked later.
 */
export const rolesCell = requiredCell.transform((text, ctx): ScopedRole[] => {
  const out: ScopedRole[] = [];
  for (const part of text.split(/[;\n]/)) {
    const item = part.trim();
    if (item === '') continue;
    const [rawRole = '', rawEntity, ...rest] = item.split(':').map((s) => s.trim());
    const role = rawRole.toLowerCase();
    const entityCode = rawEntity ? rawEntity.toUpperCase() : null;
    const fail = (message: string) => ctx.issues.push({ code: 'custom', message, input: text, params: { value: quoted(item) } });
    if (!isRole(role) || rest.length > 0) {
      fail(keys.unknownRole);
      return z.NEVER;
    }
    if (entityCode === null && entityBoundRoles.includes(role)) {
      fail(keys.roleNeedsEntity);
      return z.NEVER;
    }
    if (entityCode !== null && !referenceCodePattern.test(entityCode)) {
      fail(keys.codeFormat);
      return z.NEVER;
    }
    const scoped: ScopedRole = { role, entityCode };
    if (out.some((o) => roleLabel(o) === roleLabel(scoped))) {
      fail(keys.roleRepeated);
      return z.NEVER;
    }
    out.push(scoped);
  }
  if (out.length === 0) {
    ctx.issues.push({ code: 'custom', message: keys.required, input: text });
    return z.NEVER;
  }
  return out.sort((a, b) => roleLabel(a).localeCompare(roleLabel(b)));
});
