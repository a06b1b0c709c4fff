import type { DB } from '../db/schema.ts';
import { recordAdminChange } from '../admin/admin-change.ts';
import { createPerson, setPersonActive } from '../people/people-store.ts';
import { AppError } from '../trpc/app-error.ts';
import type { ShopperProfile } from '../../workflows/mystery-shopper/profile.ts';
import type { PlannableShopper } from '../../workflows/mystery-shopper/visit-plan.ts';
import type { NewShopper, ShopperFields } from './shopper-input.ts';

export interface ShopperView extends PlannableShopper {
  username: string;
  displayNameAr: string;
  displayNameEn: string;
  active: boolean;
  employerEntityId: string | null;
  relatedEntityIds: string[];
}

async function assertEntitiesExist(db: DB, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const known = await db.selectFrom('entities').select('id').where('id', 'in', ids).execute();
  if (known.length !== new Set(ids).size) throw new AppError('BAD_REQUEST', 'errors.mysteryShopper.unknownEntity');
}

/** The pool: every person with the mystery_shopper role and a profile, in a stable order. */
export async function listShoppers(db: DB, options: { activeOnly?: boolean } = {}): Promise<ShopperView[]> {
  let q = db
    .selectFrom('mystery_shoppers')
    .innerJoin('users', 'users.id', 'mystery_shoppers.user_id')
    .innerJoin('user_roles', (j) => j.onRef('user_roles.user_id', '=', 'users.id').on('user_roles.role', '=', 'mystery_shopper'))
    .select([
      'users.id',
      'users.username',
      'users.display_name_ar',
      'users.display_name_en',
      'users.active',
      'user_roles.entity_id',
      'mystery_shoppers.nationality_group',
      'mystery_shoppers.age_band',
      'mystery_shoppers.gender',
      'mystery_shoppers.language',
      'mystery_shoppers.disability',
      'mystery_shoppers.weekdays',
      'mystery_shoppers.max_visits',
      'mystery_shoppers.related_entity_ids',
    ])
    .orderBy('users.username');
  if (options.activeOnly) q = q.where('users.active', '=', true);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayNameAr: r.display_name_ar,
    displayNameEn: r.display_name_en,
    active: r.active,
    profile: {
      nationalityGroup: r.nationality_group,
      ageBand: r.age_band,
      gender: r.gender,
      language: r.language,
      disability: r.disability,
    } as ShopperProfile,
    weekdays: r.weekdays,
    maxVisits: r.max_visits,
    employerEntityId: r.entity_id,
    relatedEntityIds: r.related_entity_ids,
    conflictEntityIds: [...new Set([...(r.entity_id ? [r.entity_id] : []), ...r.related_entity_ids])],
  }));
}

function profileRow(fields: ShopperFields, at: Date) {
  return {
    nationality_group: fields.nationalityGroup,
    age_band: fields.ageBand,
    gender: fields.gender,
    language: fields.language,
    disability: fields.disability,
    weekdays: JSON.stringify(fields.weekdays),
    max_visits: fields.maxVisits,
    related_entity_ids: JSON.stringify(fields.relatedEntityIds),
    updated_at: at,
  };
}

/** Gives an account that already has the mystery_shopper role its profile in the pool; audited. */
export async function addShopperProfile(db: DB, userId: string, fields: ShopperFields, actorId: string, at: Date): Promise<void> {
  await db
    .insertInto('mystery_shoppers')
    .values({ user_id: userId, ...profileRow(fields, at) })
    .execute();
  await recordAdminChange(db, { actorId, subjectKind: 'mystery_shopper', subjectId: userId, action: 'created', after: fields });
}

/**
 * Onboards shoppers: each an account with the mystery_shopper role (its entity is the one they
 * work for, which the conflict rules read) and a profile; audited. Call inside a transaction:
 * one bad row refuses the whole batch, naming its row.
 */
export async function addShoppers(db: DB, shoppers: readonly NewShopper[], actorId: string, at: Date): Promise<string[]> {
  const ids: string[] = [];
  for (const [row, s] of shoppers.entries()) {
    try {
      await assertEntitiesExist(db, [...(s.profile.employerEntityId ? [s.profile.employerEntityId] : []), ...s.profile.relatedEntityIds]);
      const person = await createPerson(
        db,
        {
          username: s.username,
          displayNameAr: s.displayNameAr,
          displayNameEn: s.displayNameEn,
          email: s.email,
          locale: s.locale,
          grants: [{ role: 'mystery_shopper', entityId: s.profile.employerEntityId }],
        },
        actorId,
      );
      await addShopperProfile(db, person.id, s.profile, actorId, at);
      ids.push(person.id);
    } catch (err) {
      if (err instanceof AppError && shoppers.length > 1) throw new AppError(err.code, err.messageKey, { ...err.params, row: row + 1 });
      throw err;
    }
  }
  return ids;
}

/** Changes a shopper's profile, availability or conflicts; audited with before and after. */
export async function updateShopper(db: DB, userId: string, fields: ShopperFields, actorId: string, at: Date): Promise<void> {
  const before = (await listShoppers(db)).find((s) => s.id === userId);
  if (!before) throw new AppError('NOT_FOUND', 'errors.mysteryShopper.shopperNotFound');
  await assertEntitiesExist(db, [...(fields.employerEntityId ? [fields.employerEntityId] : []), ...fields.relatedEntityIds]);
  await db.updateTable('mystery_shoppers').set(profileRow(fields, at)).where('user_id', '=', userId).execute();
  await db
    .updateTable('user_roles')
    .set({ entity_id: fields.employerEntityId })
    .where('user_id', '=', userId)
    .where('role', '=', 'mystery_shopper')
    .execute();
  await recordAdminChange(db, { actorId, subjectKind: 'mystery_shopper', subjectId: userId, action: 'updated', before, after: fields });
}

/** Takes a shopper out of the pool (no new visits are planned for them; their sessions end) or back in. */
export async function setShopperActive(db: DB, userId: string, active: boolean, actorId: string): Promise<void> {
  const shopper = await db.selectFrom('mystery_shoppers').select('user_id').where('user_id', '=', userId).executeTakeFirst();
  if (!shopper) throw new AppError('NOT_FOUND', 'errors.mysteryShopper.shopperNotFound');
  await setPersonActive(db, userId, active, actorId);
}
