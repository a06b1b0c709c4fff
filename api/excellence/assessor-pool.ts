import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { activeHolders } from '../accounts/grants-store.ts';

export interface AssessorProfile {
  userId: string;
  username: string;
  nameAr: string;
  nameEn: string;
  entityId: string | null;
  certifications: string[];
  maxWorkload: number;
  /** Assessments not yet closed on which the assessor sits. */
  workload: number;
}

export async function upsertAssessorProfile(db: DB, userId: string, certifications: string[], maxWorkload: number): Promise<void> {
  const user = await activeHolders(db, 'assessor').where('users.id', '=', userId).executeTakeFirst();
  if (!user) throw new AppError('BAD_REQUEST', 'errors.excellence.notAnAssessor', { assessor: userId });
  await db
    .insertInto('excellence_assessors')
    .values({ user_id: userId, certifications: JSON.stringify(certifications), max_workload: maxWorkload })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ certifications: JSON.stringify(certifications), max_workload: maxWorkload }))
    .execute();
}

/** Every active assessor account, with its profile (defaults when none was written yet). */
export async function listAssessorPool(db: DB): Promise<AssessorProfile[]> {
  const users = await db
    .selectFrom('users')
    .innerJoin('user_roles as g', (j) => j.onRef('g.user_id', '=', 'users.id').on('g.role', '=', 'assessor'))
    .leftJoin('excellence_assessors', 'excellence_assessors.user_id', 'users.id')
    .select([
      'users.id',
      'users.username',
      'users.display_name_ar',
      'users.display_name_en',
      'g.entity_id',
      'excellence_assessors.certifications',
      'excellence_assessors.max_workload',
    ])
    .where('users.active', '=', true)
    .orderBy('users.username')
    .execute();
  const loads = await db
    .selectFrom('excellence_team_members')
    .innerJoin('workflow_instances', 'workflow_instances.id', 'excellence_team_members.assessment_id')
    .select(['excellence_team_members.assessor_id'])
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('workflow_instances.state', '!=', 'closed')
    .groupBy('excellence_team_members.assessor_id')
    .execute();
  const load = new Map(loads.map((l) => [l.assessor_id, Number(l.n)]));
  return users.map((u) => ({
    userId: u.id,
    username: u.username,
    nameAr: u.display_name_ar,
    nameEn: u.display_name_en,
    entityId: u.entity_id,
    certifications: (u.certifications as string[] | null) ?? [],
    maxWorkload: u.max_workload ?? 5,
    workload: load.get(u.id) ?? 0,
  }));
}
