import { stateLabel } from '../../engine/workflow/state-label.ts';
import type { TransitionEffectArgs } from '../../engine/workflow/definition.ts';
import type { assessmentMachine, AssessmentContext } from '../../workflows/excellence/assessment-machine.ts';
import { assessorConflict } from '../../workflows/excellence/assessor-conflict.ts';
import { productDb, type DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { notify } from '../notifications/inbox.ts';
import { cycleFramework } from './cycle-framework.ts';
import { servicePartners } from './partnerships.ts';
import { applicableLeaves } from './applicable-leaves.ts';
import { publishCycleResults } from './publication.ts';
import { isCycleWidePublication } from './publication-batch.ts';
import { raiseAfiGaps } from './afi-gaps.ts';
import { noticeAppealDecided, noticeAssessmentPublished, noticeCyclePublished } from './publication-notices.ts';
import { findNode } from '../../workflows/excellence/framework-nodes.ts';
import { noticeSelfAssessmentOpened } from './self-assessment-reminders.ts';
import { activeHolders, grantsByUser } from '../accounts/grants-store.ts';
import { affiliatedEntities } from '../access/grants.ts';

type Args = TransitionEffectArgs<typeof assessmentMachine>;

/**
 * Domain rows and rules that must agree with the assessment's state, in the transition's
 * transaction: whichever route an event takes (the excellence API or the generic workflow
 * API), a team with a conflict of interest, an incomplete score sheet or a publication
 * without results cannot happen.
 */
export async function assessmentEffects(args: Args): Promise<void> {
  const db = productDb(args.db);
  const ctx = args.after.context as AssessmentContext;
  const at = new Date(typeof args.event.$at === 'string' ? args.event.$at : Date.now());
  const stateAfter = args.instance.state;
  const stateBefore = args.before ? stateLabel(args.before.value) : null;
  switch (args.event.type) {
    case 'START_SELF_ASSESSMENT':
      // The cycle opened (its cascade starts every assessment's self-assessment): the coordinators hear of it.
      if (stateAfter.startsWith('self_assessment')) await noticeSelfAssessmentOpened(db, ctx, at);
      return;
    case 'SUBMIT_SELF_ASSESSMENT':
      // The programme assigns the assessors next: it hears that the entity handed its self-assessment over.
      await notify(
        db,
        [{ role: 'programme_manager' }],
        {
          kind: 'excellence.notices.selfAssessmentSubmitted',
          params: { assessment: ctx.assessmentId },
          link: `/excellence/assessments/${ctx.assessmentId}`,
        },
        at,
      );
      return;
    case 'REOPEN_SELF_ASSESSMENT':
      // The entity's coordinators can edit again; the reason is in the event's payload (the history) and in the notice.
      await notify(
        db,
        [{ role: 'entity_coordinator', entityId: ctx.entityId }],
        {
          kind: 'excellence.notices.selfAssessmentReopened',
          params: { reason: String(args.event.reason) },
          link: `/excellence/assessments/${ctx.assessmentId}`,
        },
        at,
      );
      return;
    case 'REOPEN_SCORES':
      await notify(
        db,
        [{ userId: String(args.event.assessorId) }],
        {
          kind: 'excellence.notices.scoresReopened',
          params: { reason: String(args.event.reason) },
          link: `/excellence/assessments/${ctx.assessmentId}`,
        },
        at,
      );
      return;
    case 'ASSIGN_TEAM':
      return writeTeam(db, ctx);
    case 'SUBMIT_SCORES':
      return requireCompleteSheet(db, ctx, args.actor.id ?? '');
    case 'RECORD_CONSENSUS':
      return requireConsensus(db, ctx);
    case 'PUBLISH':
      // A cycle-wide publish computes once, after its cascade (see moveCycle).
      // Coordinators hear of their own entity's results; leadership once per cycle.
      await noticeAssessmentPublished(db, ctx, at);
      if (!isCycleWidePublication(args.effectOptions)) {
        await publishCycleResults(db, ctx.cycleId, at);
        await noticeCyclePublished(db, ctx.cycleId, at);
      }
      return;
    case 'FILE_APPEAL': {
      const { framework } = await cycleFramework(db, ctx.cycleId);
      if (!findNode(framework, String(args.event.nodeCode)))
        throw new AppError('BAD_REQUEST', 'errors.excellence.unknownNode', { node: String(args.event.nodeCode) });
      await db
        .insertInto('excellence_appeals')
        .values({
          assessment_id: ctx.assessmentId,
          node_code: String(args.event.nodeCode),
          reason: String(args.event.reason),
          filed_by: args.actor.id ?? '',
          filed_at: at,
          decision: null,
          decision_reason: null,
          new_percent: null,
          decided_by: null,
          decided_at: null,
        })
        .execute();
      return;
    }
    case 'DECIDE_APPEAL':
      await db
        .updateTable('excellence_appeals')
        .set({
          decision: args.event.decision as 'upheld' | 'rejected',
          decision_reason: String(args.event.reason),
          decided_by: args.actor.id,
          decided_at: at,
        })
        .where('assessment_id', '=', ctx.assessmentId)
        .execute();
      {
        const appeal = await db
          .selectFrom('excellence_appeals')
          .select('node_code')
          .where('assessment_id', '=', ctx.assessmentId)
          .executeTakeFirst();
        await noticeAppealDecided(db, ctx, args.event.decision as 'upheld' | 'rejected', appeal?.node_code ?? '', at);
      }
      return;
    case 'ISSUE_FEEDBACK': {
      const { framework } = await cycleFramework(db, ctx.cycleId);
      await raiseAfiGaps(db, framework, { id: ctx.assessmentId, cycleId: ctx.cycleId, entityId: ctx.entityId }, at);
      return;
    }
  }
  // The deadline timer moved the self-assessment to late: tell the entity and the programme.
  if (stateAfter === 'self_assessment.late' && stateBefore === 'self_assessment.open') {
    await notify(
      db,
      [{ role: 'entity_coordinator', entityId: ctx.entityId }, { role: 'programme_manager' }],
      {
        kind: 'excellence.notices.selfAssessmentLate',
        params: { assessment: ctx.assessmentId },
        link: `/excellence/assessments/${ctx.assessmentId}`,
      },
      at,
    );
  }
}

async function writeTeam(db: DB, ctx: AssessmentContext): Promise<void> {
  const { framework } = await cycleFramework(db, ctx.cycleId);
  const assessors = new Set((await activeHolders(db, 'assessor').where('users.id', 'in', ctx.assessorIds).execute()).map((u) => u.id));
  const grants = await grantsByUser(db, ctx.assessorIds);
  const partners = framework.independenceRequired ? await servicePartners(db) : [];
  for (const id of ctx.assessorIds) {
    if (!assessors.has(id)) throw new AppError('BAD_REQUEST', 'errors.excellence.notAnAssessor', { assessor: id });
    // Every entity a grant ties the assessor to is "own": a coordinator of X who also assesses never scores X.
    const own = affiliatedEntities({ grants: grants.get(id) ?? [] });
    const conflicts = own.map((assessorEntityId) =>
      assessorConflict({
        assessorEntityId,
        assessedEntityId: ctx.entityId,
        servicePartners: partners,
        independenceRequired: framework.independenceRequired,
      }),
    );
    const conflict = conflicts.includes('own_entity') ? 'own_entity' : conflicts.find((c) => c !== null);
    if (conflict) throw new AppError('CONFLICT', `errors.excellence.conflict.${conflict}`, { assessor: id });
  }
  await db.deleteFrom('excellence_team_members').where('assessment_id', '=', ctx.assessmentId).execute();
  await db
    .insertInto('excellence_team_members')
    .values(ctx.assessorIds.map((id) => ({ assessment_id: ctx.assessmentId, assessor_id: id, is_lead: id === ctx.leadAssessorId })))
    .execute();
}

async function requireCompleteSheet(db: DB, ctx: AssessmentContext, assessorId: string): Promise<void> {
  const { framework } = await cycleFramework(db, ctx.cycleId);
  const scored = await db
    .selectFrom('excellence_assessor_scores')
    .select('node_code')
    .where('assessment_id', '=', ctx.assessmentId)
    .where('assessor_id', '=', assessorId)
    .execute();
  const have = new Set(scored.map((s) => s.node_code));
  const missing = applicableLeaves(framework, ctx.entityType).filter((c) => !have.has(c));
  if (missing.length > 0)
    throw new AppError('PRECONDITION_FAILED', 'errors.excellence.sheetIncomplete', { missing: missing.length, first: missing[0]! });
}

async function requireConsensus(db: DB, ctx: AssessmentContext): Promise<void> {
  const { framework } = await cycleFramework(db, ctx.cycleId);
  const rows = await db.selectFrom('excellence_consensus').select('node_code').where('assessment_id', '=', ctx.assessmentId).execute();
  const have = new Set(rows.map((r) => r.node_code));
  const missing = applicableLeaves(framework, ctx.entityType).filter((c) => !have.has(c));
  if (missing.length > 0)
    throw new AppError('PRECONDITION_FAILED', 'errors.excellence.consensusIncomplete', { missing: missing.length, first: missing[0]! });
}
