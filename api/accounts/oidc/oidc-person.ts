import { randomUUID } from 'node:crypto';
import type { DB } from '../../db/schema.ts';
import { recordAdminChange } from '../../admin/admin-change.ts';
import { grantsOf } from '../grants-store.ts';
import type { OidcConfig } from './oidc-config.ts';
import type { SsoRefusal } from './oidc-sign-in.ts';

export type Claims = Record<string, unknown> & { sub: string };

function claim(claims: Claims, name: string | null): string | null {
  if (!name) return null;
  const value = claims[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/**
 * The account a provider's subject signs in as. Known subjects keep their link; a first sign-in is
 * linked to the account whose username or e-mail the claims name (accounts made by administrators
 * or bulk onboarding), else provisioned without a role or refused, as configured. A provisioned
 * account holds no grant (its entity claim is kept in the audit row for the administrator who
 * grants one) and is audited like any other new account, with no actor.
 */
export async function personForClaims(
  db: DB,
  config: OidcConfig,
  claims: Claims,
  now: Date,
): Promise<{ kind: 'person'; userId: string } | { kind: 'refused'; reason: SsoRefusal }> {
  const issuer = config.issuer.toString();
  const username = claim(claims, config.claims.username)?.toLowerCase() ?? null;
  // An address the provider says it has not verified links nothing: anyone could have typed it.
  const email = claims.email_verified === false ? null : (claim(claims, config.claims.email)?.toLowerCase() ?? null);
  return db.transaction().execute(async (trx) => {
    const linked = await trx
      .selectFrom('user_identities')
      .innerJoin('users', 'users.id', 'user_identities.user_id')
      .select(['users.id', 'users.active'])
      .where('user_identities.issuer', '=', issuer)
      .where('user_identities.subject', '=', claims.sub)
      .executeTakeFirst();
    let user = linked;
    if (!user && (username || email)) {
      user = await trx
        .selectFrom('users')
        .select(['id', 'active'])
        .where((eb) =>
          eb.or([...(username ? [eb('username', '=', username)] : []), ...(email ? [eb(eb.fn('lower', ['email']), '=', email)] : [])]),
        )
        .orderBy('id')
        .executeTakeFirst();
    }
    if (!user && config.unknownPeople === 'refuse') return { kind: 'refused', reason: 'unknownPerson' };
    if (!user) {
      const entityCode = claim(claims, config.claims.entityCode);
      const entity = entityCode
        ? await trx.selectFrom('entities').select('id').where('code', '=', entityCode).executeTakeFirst()
        : undefined;
      const nameEn = claim(claims, config.claims.nameEn) ?? username ?? email ?? claims.sub;
      const row = {
        id: `usr-${randomUUID()}`,
        username: username ?? email ?? `sso-${claims.sub}`,
        display_name_ar: claim(claims, config.claims.nameAr) ?? nameEn,
        display_name_en: nameEn,
        password_hash: null,
        email,
        locale: 'ar',
        active: true,
      };
      await trx.insertInto('users').values(row).execute();
      await recordAdminChange(trx, {
        actorId: null,
        subjectKind: 'person',
        subjectId: row.id,
        action: 'provisioned_by_sso',
        after: { ...row, grants: [], claimedEntityId: entity?.id ?? null },
      });
      user = { id: row.id, active: true };
    }
    if (!user.active) return { kind: 'refused', reason: 'deactivated' };
    if (!linked)
      await trx.insertInto('user_identities').values({ issuer, subject: claims.sub, user_id: user.id, last_sign_in_at: now }).execute();
    else
      await trx
        .updateTable('user_identities')
        .set({ last_sign_in_at: now })
        .where('issuer', '=', issuer)
        .where('subject', '=', claims.sub)
        .execute();
    if (email) await trx.updateTable('users').set({ email }).where('id', '=', user.id).where('email', 'is', null).execute();
    // Grants are checked after the link is kept: once an administrator grants a role, the next sign-in goes through.
    if ((await grantsOf(trx, user.id)).length === 0) return { kind: 'refused', reason: 'awaitingRole' };
    return { kind: 'person', userId: user.id };
  });
}
