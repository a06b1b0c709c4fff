import { z } from 'zod';
import { oneOfCell, optionalCell, requiredCell } from './cells.ts';
import type { ListDefinition, ReferenceProblem } from './list-definition.ts';
import { onboardingMessageKeys as keys, quoted } from './row-problem.ts';
import { roleLabel, rolesCell, type ScopedRole } from './roles-cell.ts';

export const personLocales = ['ar', 'en'] as const;

export interface PersonRecord {
  username: string;
  email: string;
  name_ar: string;
  name_en: string;
  roles: ScopedRole[];
  locale: (typeof personLocales)[number];
}

/** People and their roles, keyed by username; an e-mail address belongs to one person only. */
export const peopleList: ListDefinition<PersonRecord> = {
  name: 'people',
  columns: [
    { key: 'username', required: true, max: 64, example: 'fatima.alhashimi' },
    { key: 'email', required: true, max: 254, example: 'fatima.alhashimi@moi.example' },
    { key: 'name_ar', required: true, max: 200, example: 'فاطمة الهاشمي' },
    { key: 'name_en', required: true, max: 200, example: 'Fatima Al-Hashimi' },
    { key: 'roles', required: true, max: 500, example: 'entity_coordinator:MOI; assessor' },
    { key: 'locale', required: false, max: 5, allowed: personLocales, example: 'ar' },
  ],
  schema: z.object({
    username: requiredCell
      .transform((v) => v.toLowerCase())
      .pipe(z.string().regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, { error: keys.usernameFormat })),
    email: requiredCell.transform((v) => v.toLowerCase()).pipe(z.email({ error: keys.emailFormat })),
    name_ar: requiredCell,
    name_en: requiredCell,
    roles: rolesCell,
    locale: optionalCell.transform((v) => v || 'ar').pipe(oneOfCell(personLocales)),
  }),
  keyColumn: 'username',
  keyOf: (r) => r.username,
  uniqueColumns: [{ column: 'email', valueOf: (r) => r.email }],
  references: (r, data) => {
    const problems: ReferenceProblem[] = [];
    const unknown = r.roles.find((s) => s.entityCode !== null && !data.entityCodes.has(s.entityCode));
    if (unknown) problems.push({ column: 'roles', messageKey: keys.unknownEntity, params: { value: quoted(unknown.entityCode!) } });
    const owner = data.emailOwners.get(r.email);
    if (owner !== undefined && owner !== r.username)
      problems.push({ column: 'email', messageKey: keys.emailTaken, params: { value: quoted(r.email), other: owner } });
    return problems;
  },
  canonical: (r) => ({
    username: r.username,
    email: r.email,
    name_ar: r.name_ar,
    name_en: r.name_en,
    roles: r.roles.map(roleLabel),
    locale: r.locale,
  }),
};
