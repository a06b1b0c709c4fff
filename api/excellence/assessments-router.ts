import { z } from 'zod';
import { freeText, requiredText, titleText } from '../trpc/inputs.ts';
import { TRPCError } from '@trpc/server';
import { authedProcedure, roleProcedure, router } from '../trpc/init.ts';
import { actorOf, type SessionUser } from '../trpc/context.ts';
import { AppError } from '../trpc/app-error.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import type { DB } from '../db/schema.ts';
import { isProgramme, openAssessment, type LoadedAssessment } from './assessment-access.ts';
import { cycleFramework } from './cycle-framework.ts';
import { entryPercent, leafEntryInput } from './leaf-entry.ts';
import { checkEvidenceFile } from './evidence-files.ts';
import { addEvidence, listEvidence } from './evidence-store.ts';
import { previousAfis } from './previous-afis.ts';
import { applicableLeaves } from './applicable-leaves.ts';
import { findNode } from '../../workflows/excellence/framework-nodes.ts';
import { capabilityRoles } from '../access/capabilities.ts';
import { coordinatesEntity } from '../access/grants.ts';
import { assignTeam } from './team-assignment.ts';
import { selfAssessmentReview } from './submission-review.ts';

const id = z.string().min(1);

/** Self-assessment scores and evidence: the entity, its team's assessors and the programme; never leadership or other entities. */
export async function openPrivate(db: DB, user: SessionUser, assessmentId: string): Promise<LoadedAssessment> {
  const a = await openAssessment(db, user, assessmentId);
  if (!isProgramme(user) && !coordinatesEntity(user, a.entityId) && !a.context.assessorIds.includes(user.id))
    throw new TRPCError({ code: 'NOT_FOUND', message: 'errors.notFound' });
  return a;
}

/** The entity's own coordinator, while the self-assessment is open. */
export async function openForSelfAssessment(db: DB, user: SessionUser, assessmentId: string): Promise<LoadedAssessment> {
  const a = await openPrivate(db, user, assessmentId);
  if (!coordinatesEntity(user, a.entityId)) throw new AppError('FORBIDDEN', 'errors.forbidden');
  if (!a.state.startsWith('self_assessment'))
    throw new AppError('PRECONDITION_FAILED', 'errors.excellence.selfAssessmentClosed', { state: a.state });
  return a;
}

/** Events that carry no domain rows; the others go through their own procedures. */
const plainEvents = [
  'SET_PLAN',
  'START_SELF_ASSESSMENT',
  'EXTEND_SELF_ASSESSMENT',
  'SUBMIT_SELF_ASSESSMENT',
  'START_SCORING',
  'COMPLETE_SITE_VISITS',
  'LOCK_MODERATION',
  'UNLOCK_MODERATION',
  'PUBLISH',
  'FILE_APPEAL',
  'ISSUE_FEEDBACK',
  'SUBMIT_IMPROVEMENT_PLAN',
  'CLOSE',
] as const;

export const excellenceAssessmentsRouter = router({
  get: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const a = await openAssessment(ctx.db, ctx.user, input.id);
    const { cycle, framework } = await cycleFramework(ctx.db, a.cycleId);
    const entity = await ctx.db
      .selectFrom('entities')
      .select(['name_ar', 'name_en'])
      .where('id', '=', a.entityId)
      .executeTakeFirstOrThrow();
    const centre = await ctx.db
      .selectFrom('service_centres')
      .select(['name_ar', 'name_en'])
      .where('id', '=', a.subjectId)
      .executeTakeFirst();
    const team = await ctx.db
      .selectFrom('excellence_team_members as t')
      .innerJoin('users as u', 'u.id', 't.assessor_id')
      .select(['t.assessor_id', 't.is_lead', 'u.display_name_ar', 'u.display_name_en'])
      .where('t.assessment_id', '=', a.id)
      .execute();
    return {
      id: a.id,
      cycle: {
        id: cycle.id,
        number: cycle.number,
        year: cycle.year,
        nameAr: cycle.name_ar,
        nameEn: cycle.name_en,
        frameworkCode: cycle.framework_code,
        frameworkVersion: cycle.framework_version,
      },
      subjectId: a.subjectId,
      entityId: a.entityId,
      entityNameAr: entity.name_ar,
      entityNameEn: entity.name_en,
      subjectNameAr: centre?.name_ar ?? entity.name_ar,
      subjectNameEn: centre?.name_en ?? entity.name_en,
      entityType: a.entityType,
      state: a.state,
      version: a.version,
      selfAssessmentDueAt: a.context.selfAssessmentDueAt,
      late: a.context.selfAssessmentLateSince !== null,
      submittedAssessorIds: a.context.submittedAssessorIds,
      leadAssessorId: a.context.leadAssessorId,
      team: team.map((t) => ({ assessorId: t.assessor_id, lead: t.is_lead, nameAr: t.display_name_ar, nameEn: t.display_name_en })),
      applicableLeaves: applicableLeaves(framework, a.entityType),
      framework,
    };
  }),

  /** Workflow steps without domain rows, through the engine (who may send what is the workflow's rule). */
  send: authedProcedure
    .input(z.object({ id, type: z.enum(plainEvents), payload: z.record(z.string(), z.unknown()).default({}) }))
    .mutation(async ({ ctx, input }) => {
      const a = await openAssessment(ctx.db, ctx.user, input.id);
      const result = await ctx.engine.send({
        instanceId: input.id,
        event: { ...input.payload, type: input.type },
        actor: actorOf(ctx.user, a.entityId),
      });
      return { state: result.state, version: result.version };
    }),

  /**
   * The team, with its lead; a conflict of interest is refused by the assessment's effects. A late
   * assessment whose cycle already scores starts scoring with it (see late-arrival.ts).
   */
  assignTeam: roleProcedure(...capabilityRoles.runExcellenceProgramme)
    .input(z.object({ id, assessorIds: z.array(id).min(1).max(20), leadAssessorId: id }))
    .mutation(async ({ ctx, input }) => {
      if (!input.assessorIds.includes(input.leadAssessorId)) throw new AppError('BAD_REQUEST', 'errors.excellence.leadNotOnTeam');
      const a = await openAssessment(ctx.db, ctx.user, input.id);
      const result = await inTransaction(ctx.db, (trx) =>
        assignTeam(trx, ctx.engine, actorOf(ctx.user), a, { assessorIds: input.assessorIds, leadAssessorId: input.leadAssessorId }),
      );
      return { state: result.state };
    }),

  /** What submitting the self-assessment hands over, counted here: criteria complete and missing, evidence. */
  submitReview: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const a = await openPrivate(ctx.db, ctx.user, input.id);
    return selfAssessmentReview(ctx.db, a);
  }),

  selfScores: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const a = await openPrivate(ctx.db, ctx.user, input.id);
    const rows = await ctx.db
      .selectFrom('excellence_self_scores')
      .selectAll()
      .where('assessment_id', '=', a.id)
      .orderBy('node_code')
      .execute();
    return rows.map((r) => ({ nodeCode: r.node_code, entry: r.entry, percent: r.percent, comment: r.comment, updatedAt: r.updated_at }));
  }),

  saveSelfScore: authedProcedure
    .input(z.object({ id, nodeCode: id, entry: leafEntryInput, comment: freeText(5000).default('') }))
    .mutation(async ({ ctx, input }) => {
      const a = await openForSelfAssessment(ctx.db, ctx.user, input.id);
      const { framework } = await cycleFramework(ctx.db, a.cycleId);
      const percent = entryPercent(framework, input.nodeCode, input.entry);
      const at = new Date();
      const row = { entry: JSON.stringify(input.entry), percent, comment: input.comment, updated_by: ctx.user.id, updated_at: at };
      await ctx.db
        .insertInto('excellence_self_scores')
        .values({ assessment_id: a.id, node_code: input.nodeCode, ...row })
        .onConflict((oc) => oc.columns(['assessment_id', 'node_code']).doUpdateSet(row))
        .execute();
      return { percent };
    }),

  evidence: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const a = await openPrivate(ctx.db, ctx.user, input.id);
    return listEvidence(ctx.db, a.id);
  }),

  addEvidence: authedProcedure
    .input(
      z.object({
        id,
        nodeCode: id,
        kind: z.enum(['text', 'link', 'file']),
        body: freeText(10_000).default(''),
        file: z.object({ name: titleText(255), mimeType: z.string().min(1).max(200), base64: z.string().max(8_000_000) }).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const a = await openForSelfAssessment(ctx.db, ctx.user, input.id);
      const { framework } = await cycleFramework(ctx.db, a.cycleId);
      if (!findNode(framework, input.nodeCode))
        throw new AppError('BAD_REQUEST', 'errors.excellence.unknownNode', { node: input.nodeCode });
      if (input.kind === 'link' && !/^https?:\/\/\S+$/.test(input.body)) throw new AppError('BAD_REQUEST', 'errors.excellence.invalidLink');
      if (input.kind === 'text' && input.body.trim() === '') throw new AppError('BAD_REQUEST', 'errors.excellence.emptyEvidence');
      if (input.kind === 'file' && !input.file) throw new AppError('BAD_REQUEST', 'errors.excellence.fileMissing');
      const file =
        input.kind === 'file' && input.file
          ? { name: input.file.name, mimeType: input.file.mimeType, bytes: checkEvidenceFile(input.file.mimeType, input.file.base64) }
          : undefined;
      const evidenceId = await addEvidence(ctx.db, {
        assessmentId: a.id,
        entityId: a.entityId,
        nodeCode: input.nodeCode,
        kind: input.kind,
        body: input.body,
        file,
        userId: ctx.user.id,
        at: new Date(),
      });
      return { id: evidenceId };
    }),

  evidenceFile: authedProcedure.input(z.object({ id, evidenceId: id })).query(async ({ ctx, input }) => {
    const a = await openPrivate(ctx.db, ctx.user, input.id);
    const row = await ctx.db
      .selectFrom('excellence_evidence as e')
      .innerJoin('excellence_evidence_files as f', 'f.id', 'e.file_id')
      .select(['f.file_name', 'f.mime_type', 'f.content'])
      .where('e.id', '=', input.evidenceId)
      .where('e.assessment_id', '=', a.id)
      .executeTakeFirst();
    if (!row) throw new TRPCError({ code: 'NOT_FOUND', message: 'errors.notFound' });
    return { fileName: row.file_name, mimeType: row.mime_type, base64: Buffer.from(row.content).toString('base64') };
  }),

  previousAfis: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const a = await openPrivate(ctx.db, ctx.user, input.id);
    return previousAfis(ctx.db, a);
  }),

  /** Extends the self-assessment deadline (the manager); re-arms the timer through the engine. */
  extendDeadline: roleProcedure(...capabilityRoles.runExcellenceProgramme)
    .input(z.object({ id, dueAt: z.iso.datetime({ offset: true }), reason: requiredText(2000) }))
    .mutation(async ({ ctx, input }) =>
      inTransaction(ctx.db, async (trx) => {
        const result = await ctx.engine.send(
          {
            instanceId: input.id,
            event: { type: 'EXTEND_SELF_ASSESSMENT', dueAt: input.dueAt, reason: input.reason },
            actor: actorOf(ctx.user),
          },
          trx,
        );
        return { state: result.state };
      }),
    ),
});
