import type { DB } from '../db/schema.ts';
import type { SessionUser } from '../trpc/context.ts';
import { isProgramme } from './assessment-access.ts';
import { coordinatedEntities, hasRole } from '../access/grants.ts';

/** Published rows of a cycle this user may read: the programme and leadership all; an entity user its own. */
export function publishedRows(db: DB, user: SessionUser, cycleId: string) {
  let q = db
    .selectFrom('published_results as r')
    .innerJoin('entities as e', 'e.id', 'r.entity_id')
    // A centre cycle names its centres, not their owning entity (three centres of one ministry).
    .leftJoin('service_centres as sc', (j) => j.onRef('sc.id', '=', 'r.subject_id').on('r.subject_kind', '=', 'centre'))
    .leftJoin('excellence_assessments as a', (j) => j.onRef('a.cycle_id', '=', 'r.cycle_id').onRef('a.subject_id', '=', 'r.subject_id'))
    .selectAll('r')
    .select((eb) => [
      eb.fn.coalesce('sc.name_ar', 'e.name_ar').as('name_ar'),
      eb.fn.coalesce('sc.name_en', 'e.name_en').as('name_en'),
      'a.id as assessment_id',
    ])
    .where('r.cycle_id', '=', cycleId)
    .orderBy('r.rank')
    .orderBy('r.subject_id');
  if (!isProgramme(user) && !hasRole(user, 'leadership')) q = q.where('r.entity_id', 'in', ['', ...coordinatedEntities(user)]);
  return q.execute();
}
