import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { peopleList, type PersonRecord } from '../../workflows/onboarding/people-list.ts';
import { inChunks, type ListStore } from './list-store.ts';
import { entityCodes, rolesByUser, writeRoles, type EntityCodes } from './person-grants.ts';

/** Which username holds each of these e-mail addresses (compared in lower case). */
export async function emailOwners(db: DB, emails: string[]): Promise<Map<string, string>> {
  const rows = await inChunks(emails, (chunk) =>
    db
      .selectFrom('users')
      .select(['username', sql<string>`lower(email)`.as('email')])
      .where(sql<string>`lower(email)`, 'in', chunk)
      .execute(),
  );
  return new Map(rows.map((r) => [r.email, r.username]));
}

/**
 * People, matched by username. A new account has no password: the person is invited or
 * signs in through the organisation's identity provider. Roles are replaced by the file's.
 */
export function personStore(): ListStore<PersonRecord> {
  let codes: EntityCodes | null = null;
  return {
    subjectKind: 'person',
    async existing(db, keys) {
      const users = await inChunks(keys, (chunk) =>
        db
          .selectFrom('users')
          .select(['id', 'username', 'email', 'display_name_ar', 'display_name_en', 'locale'])
          .where('username', 'in', chunk)
          .execute(),
      );
      codes ??= await entityCodes(db);
      const scoped = await rolesByUser(
        db,
        users.map((u) => u.id),
        codes,
      );
      return new Map(
        users.map((u) => [
          u.username,
          peopleList.canonical({
            username: u.username,
            email: (u.email ?? '').toLowerCase(),
            name_ar: u.display_name_ar,
            name_en: u.display_name_en,
            roles: scoped.get(u.id) ?? [],
            locale: u.locale as PersonRecord['locale'],
          }),
        ]),
      );
    },
    async write(db, { outcome, record }) {
      codes ??= await entityCodes(db);
      const fields = { email: record.email, display_name_ar: record.name_ar, display_name_en: record.name_en, locale: record.locale };
      let id: string;
      if (outcome === 'created') {
        id = randomUUID();
        await db
          .insertInto('users')
          .values({
            id,
            username: record.username,
            password_hash: null,
            active: true,
            ...fields,
          })
          .execute();
      } else {
        id = (await db.updateTable('users').set(fields).where('username', '=', record.username).returning('id').executeTakeFirstOrThrow())
          .id;
      }
      await writeRoles(db, id, record.roles, codes);
      return id;
    },
  };
}
