import type { DB } from '../db/schema.ts';
import type { SessionUser } from '../trpc/context.ts';
import type { AssessmentContext } from '../../workflows/excellence/assessment-machine.ts';
import { isProgramme, mayOpenAssessment } from './assessment-access.ts';
import { coordinatedEntities, hasRole } from '../access/grants.ts';

export interface AssessmentRow {
  id: string;
  cycleId: string;
  cycleNumber: number;
  cycleYear: number;
  frameworkCode: string;
  subjectId: string;
  entityId: string;
  entityNameAr: string;
  /** The centre's name for a centre subject, else the entity's. */
  subjectNameAr: string;
  subjectNameEn: string;
  entityNameEn: string;
  entityType: string;
  state: string;
  late: boolean;
  selfAssessmentDueAt: string | null;
  leadAssessorId: string | null;
  assessorIds: string[];
  submittedAssessorIds: string[];
  selfScored: number;
}

/**
 * The assessments a user may see, optionally within one cycle: the programme sees all;
 * an assessor the ones on whose team they sit; a coordinator their entity's; leadership
 * the published ones.
 */
export async function listAssessments(db: DB, user: SessionUser, cycleId?: string): Promise<AssessmentRow[]> {
  let q = db
    .selectFrom('excellence_assessments as a')
    .innerJoin('workflow_instances as w', 'w.id', 'a.id')
    .innerJoin('excellence_cycles as c', 'c.id', 'a.cycle_id')
    .innerJoin('entities as e', 'e.id', 'a.entity_id')
    // A centre's assessment is named for the centre (several centres share one entity).
    .leftJoin('service_centres as sc', 'sc.id', 'a.subject_id')
    .select(['sc.name_ar as centre_name_ar', 'sc.name_en as centre_name_en'])
    .select([
      'a.id',
      'a.cycle_id',
      'a.subject_id',
      'a.entity_id',
      'a.entity_type',
      'w.state',
      'w.snapshot',
      'c.number',
      'c.year',
      'c.framework_code',
      'e.name_ar',
      'e.name_en',
    ])
    .select((eb) =>
      eb
        .selectFrom('excellence_self_scores as s')
        .select((e2) => e2.fn.countAll<string>().as('n'))
        .whereRef('s.assessment_id', '=', 'a.id')
        .as('self_scored'),
    )
    .orderBy('c.number', 'desc')
    .orderBy('e.name_en');
  if (cycleId) q = q.where('a.cycle_id', '=', cycleId);
  if (!isProgramme(user)) {
    // Each role held adds what it sees: own entities, own teams, published results.
    const coordinated = coordinatedEntities(user);
    const leadership = hasRole(user, 'leadership');
    if (coordinated.length === 0 && !hasRole(user, 'assessor') && !leadership) return [];
    q = q.where((eb) =>
      eb.or([
        eb('a.entity_id', 'in', ['', ...coordinated]),
        eb.exists(
          eb
            .selectFrom('excellence_team_members as t')
            .select('t.assessor_id')
            .whereRef('t.assessment_id', '=', 'a.id')
            .where('t.assessor_id', '=', user.id),
        ),
        ...(leadership ? [eb.lit(true)] : []),
      ]),
    );
  }
  const rows = await q.execute();
  return rows
    .filter((r) =>
      mayOpenAssessment(user, { entityId: r.entity_id, state: r.state, context: (r.snapshot as { context: AssessmentContext }).context }),
    )
    .map((r) => {
      const ctx = (r.snapshot as { context: AssessmentContext }).context;
      return {
        id: r.id,
        cycleId: r.cycle_id,
        cycleNumber: r.number,
        cycleYear: r.year,
        frameworkCode: r.framework_code,
        subjectId: r.subject_id,
        entityId: r.entity_id,
        entityNameAr: r.name_ar,
        entityNameEn: r.name_en,
        subjectNameAr: r.centre_name_ar ?? r.name_ar,
        subjectNameEn: r.centre_name_en ?? r.name_en,
        entityType: r.entity_type,
        state: r.state,
        late: ctx.selfAssessmentLateSince !== null || ctx.submittedLate,
        selfAssessmentDueAt: ctx.selfAssessmentDueAt,
        leadAssessorId: ctx.leadAssessorId,
        assessorIds: ctx.assessorIds,
        submittedAssessorIds: ctx.submittedAssessorIds,
        selfScored: Number(r.self_scored ?? 0),
      };
    });
}
