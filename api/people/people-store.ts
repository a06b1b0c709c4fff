import { sql } from 'kysely';
import type { Grant } from '../access/grants.ts';
import { grantsByUser, grantsOf, replaceGrants } from '../accounts/grants-store.ts';
import { recordAdminChange } from '../admin/admin-change.ts';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { checkGrants, type NewPerson, type PersonFields } from './person-input.ts';

export interface Person {
  id: string;
  username: string;
  displayNameAr: string;
  displayNameEn: string;
  email: string | null;
  locale: string;
  active: boolean;
  /** False until the person has set a password (an invitation not yet taken up). */
  hasPassword: boolean;
  grants: Grant[];
}

const columns = ['id', 'username', 'display_name_ar', 'display_name_en', 'email', 'locale', 'active', 'password_hash'] as const;

type PersonRow = {
  id: string;
  username: string;
  display_name_ar: string;
  display_name_en: string;
  email: string | null;
  locale: string;
  active: boolean;
  password_hash: string | null;
};

function toPerson(row: PersonRow, grants: Grant[]): Person {
  return {
    id: row.id,
    username: row.username,
    displayNameAr: row.display_name_ar,
    displayNameEn: row.display_name_en,
    email: row.email,
    locale: row.locale,
    active: row.active,
    hasPassword: row.password_hash !== null,
    grants,
  };
}

/** What the audit trail keeps of a person: everything but secrets. */
function auditView(p: Person) {
  const { hasPassword: _, ...rest } = p;
  return rest;
}

/** People by username, optionally those matching `search` in username, names or e-mail; workshop guests left out. */
export async function listPeople(db: DB, filter: { search?: string; limit: number; offset: number }) {
  let q = db.selectFrom('users').where('username', 'not like', 'guest-%');
  if (filter.search) {
    const like = `%${filter.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb(eb.fn('lower', ['username']), 'like', like),
        eb(eb.fn('lower', ['display_name_en']), 'like', like),
        eb('display_name_ar', 'like', like),
        eb(eb.fn('lower', ['email']), 'like', like),
      ]),
    );
  }
  const [rows, total] = await Promise.all([
    q
      .select([...columns])
      .orderBy('username')
      .limit(filter.limit)
      .offset(filter.offset)
      .execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const grants = await grantsByUser(
    db,
    rows.map((r) => r.id),
  );
  return { people: rows.map((r) => toPerson(r, grants.get(r.id) ?? [])), total: Number(total.n) };
}

export async function getPerson(db: DB, id: string): Promise<Person> {
  const row = await db
    .selectFrom('users')
    .select([...columns])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.people.notFound');
  return toPerson(row, await grantsOf(db, id));
}

async function assertEmailFree(db: DB, email: string, exceptId: string | null): Promise<void> {
  let q = db.selectFrom('users').select('id').where(sql<string>`lower(email)`, '=', email.toLowerCase());
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst()) throw new AppError('CONFLICT', 'errors.people.emailTaken', { field: 'email' });
}

/** A new person with no password yet (they set one through a link); audited. Call inside a transaction. */
export async function createPerson(db: DB, input: NewPerson, actorId: string | null): Promise<Person> {
  if (await db.selectFrom('users').select('id').where('username', '=', input.username).executeTakeFirst())
    throw new AppError('CONFLICT', 'errors.people.usernameTaken', { field: 'username' });
  await assertEmailFree(db, input.email, null);
  const grants = await checkGrants(db, input.grants);
  const id = `usr-${crypto.randomUUID()}`;
  await db
    .insertInto('users')
    .values({
      id,
      username: input.username,
      display_name_ar: input.displayNameAr,
      display_name_en: input.displayNameEn,
      email: input.email,
      password_hash: null,
      locale: input.locale,
      active: true,
    })
    .execute();
  await replaceGrants(db, id, grants);
  const person = await getPerson(db, id);
  await recordAdminChange(db, { actorId, subjectKind: 'person', subjectId: id, action: 'created', after: auditView(person) });
  return person;
}

/**
 * Changes names, e-mail, language and grants; audited with before and after. A change of grants
 * ends the person's sessions (the user_roles trigger); other fields leave them signed in.
 */
export async function updatePerson(db: DB, id: string, input: PersonFields, actorId: string): Promise<Person> {
  const before = await lockPerson(db, id);
  await assertEmailFree(db, input.email, id);
  const grants = await checkGrants(db, input.grants);
  await assertKeepsAnAdministrator(db, before, grants.some((g) => g.role === 'administrator') && before.active);
  await db
    .updateTable('users')
    .set({ display_name_ar: input.displayNameAr, display_name_en: input.displayNameEn, email: input.email, locale: input.locale })
    .where('id', '=', id)
    .execute();
  if (!sameGrants(before.grants, grants)) await replaceGrants(db, id, grants);
  const after = await getPerson(db, id);
  await recordAdminChange(db, {
    actorId,
    subjectKind: 'person',
    subjectId: id,
    action: 'updated',
    before: auditView(before),
    after: auditView(after),
  });
  return after;
}

/** Switches an account off (its sessions end at once, by trigger) or on again; audited. */
export async function setPersonActive(db: DB, id: string, active: boolean, actorId: string): Promise<Person> {
  const before = await lockPerson(db, id);
  if (!active && id === actorId) throw new AppError('PRECONDITION_FAILED', 'errors.people.notYourself');
  if (before.active === active) return before;
  await assertKeepsAnAdministrator(db, before, active && before.grants.some((g) => g.role === 'administrator'));
  await db.updateTable('users').set({ active }).where('id', '=', id).execute();
  const after = await getPerson(db, id);
  await recordAdminChange(db, {
    actorId,
    subjectKind: 'person',
    subjectId: id,
    action: active ? 'reactivated' : 'deactivated',
    before: { active: before.active },
    after: { active },
  });
  return after;
}

async function lockPerson(db: DB, id: string): Promise<Person> {
  const row = await db.selectFrom('users').select('id').where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.people.notFound');
  return getPerson(db, id);
}

function sameGrants(a: readonly Grant[], b: readonly Grant[]): boolean {
  const key = (g: Grant) => `${g.role}/${g.entityId ?? ''}`;
  const left = a.map(key).sort();
  const right = b.map(key).sort();
  return left.length === right.length && left.every((k, i) => k === right[i]);
}

/** Nobody may take away the last active administrator: the organisation would lock itself out. */
async function assertKeepsAnAdministrator(db: DB, person: Person, staysAdministrator: boolean): Promise<void> {
  const wasAdministrator = person.active && person.grants.some((g) => g.role === 'administrator');
  if (!wasAdministrator || staysAdministrator) return;
  const others = await db
    .selectFrom('users')
    .innerJoin('user_roles', 'user_roles.user_id', 'users.id')
    .select('users.id')
    .where('user_roles.role', '=', 'administrator')
    .where('users.active', '=', true)
    .where('users.id', '!=', person.id)
    .executeTakeFirst();
  if (!others) throw new AppError('PRECONDITION_FAILED', 'errors.people.lastAdministrator');
}
