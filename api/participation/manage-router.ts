import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { roleProcedure, router } from '../trpc/init.ts';
import { AppError } from '../trpc/app-error.ts';
import { actorOf } from '../trpc/context.ts';
import { freeText } from '../trpc/inputs.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { checkEvidenceFile } from '../excellence/evidence-files.ts';
import { toCsv } from '../spreadsheets/csv-writer.ts';
import { assertManageRead, assertRun, managedScope, mayManageRead } from './consultation-access.ts';
import { attachmentInput, consultationFields, createConsultationInput, idInput, responseInput } from './consultation-inputs.ts';
import { createConsultation, runnable, stepConsultation, updateDraft } from './consultation-lifecycle.ts';
import { loadConsultation, summaryOf } from './consultation-store.ts';
import { contributionOwner, moderateContribution, moderationQueue } from './contribution-store.ts';
import { pollResults } from './ballot-store.ts';
import { publishedResponse, writeResponse } from './response-store.ts';
import { ballotCsvRows } from './ballot-csv.ts';

/** The people who run consultations, or read them for the programme. */
const staff = roleProcedure('programme_manager', 'administrator', 'entity_coordinator');

/**
 * The staff side: create and edit a draft, attach files, open, close early, moderate, answer
 * ("you said, we did") and export. Each step checks the owner (the programme manager, or the
 * owning entity's coordinator); the engine refuses a step out of turn.
 */
export const consultationsManageRouter = router({
  list: staff.query(async ({ ctx }) => {
    const scope = managedScope(ctx.user);
    if (scope !== 'all' && scope.length === 0) return [];
    let query = ctx.db.selectFrom('consultations').selectAll().orderBy('created_at', 'desc').limit(200);
    if (scope !== 'all') query = query.where('entity_id', 'in', scope);
    return (await query.execute()).map(summaryOf);
  }),

  get: staff.input(z.object({ id: idInput })).query(async ({ ctx, input }) => {
    const row = await loadConsultation(ctx.db, input.id);
    assertManageRead(ctx.user, row.entity_id);
    const attachments = await ctx.db
      .selectFrom('consultation_attachments')
      .select(['id', 'file_name', 'mime_type', 'size_bytes'])
      .where('consultation_id', '=', row.id)
      .execute();
    const counts = await ctx.db
      .selectFrom('consultation_contributions')
      .select(['status', ctx.db.fn.countAll<string>().as('n')])
      .where('consultation_id', '=', row.id)
      .groupBy('status')
      .execute();
    return {
      ...summaryOf(row),
      subjectRef: row.subject_ref,
      body: { ar: row.body_ar, en: row.body_en },
      resultsVisibility: row.results_visibility,
      questions: row.questions,
      attachments: attachments.map((a) => ({ id: a.id, fileName: a.file_name, mimeType: a.mime_type, sizeBytes: a.size_bytes })),
      contributions: Object.fromEntries(counts.map((c) => [c.status, Number(c.n)])) as Partial<
        Record<'pending' | 'published' | 'hidden', number>
      >,
      results: row.questions.length > 0 ? await pollResults(ctx.db, row) : null,
      response: await publishedResponse(ctx.db, row.id),
    };
  }),

  create: staff.input(createConsultationInput).mutation(async ({ ctx, input }) => {
    const { entityId, ...fields } = input;
    return { id: await createConsultation(ctx, ctx.user, entityId, fields) };
  }),

  update: staff.input(consultationFields.extend({ id: idInput })).mutation(async ({ ctx, input }) => {
    const { id, ...fields } = input;
    await updateDraft(ctx, ctx.user, id, fields);
    return { id };
  }),

  addAttachment: staff.input(attachmentInput).mutation(async ({ ctx, input }) =>
    inTransaction(ctx.db, async (trx) => {
      const row = await runnable(trx, ctx.user, input.id);
      if (row.phase === 'responded') throw new AppError('PRECONDITION_FAILED', 'errors.participation.finished');
      const bytes = checkEvidenceFile(input.mimeType, input.base64);
      const id = randomUUID();
      await trx
        .insertInto('consultation_attachments')
        .values({
          id,
          consultation_id: row.id,
          file_name: input.name,
          mime_type: input.mimeType,
          size_bytes: bytes.length,
          content: bytes,
          created_by: ctx.user.id,
          created_at: new Date(),
        })
        .execute();
      return { id };
    }),
  ),

  schedule: staff.input(z.object({ id: idInput })).mutation(async ({ ctx, input }) => ({
    phase: await stepConsultation(ctx, ctx.user, input.id, 'SCHEDULE'),
  })),

  closeEarly: staff.input(z.object({ id: idInput })).mutation(async ({ ctx, input }) => ({
    phase: await stepConsultation(ctx, ctx.user, input.id, 'CLOSE_EARLY'),
  })),

  publishResponse: staff.input(responseInput).mutation(async ({ ctx, input }) =>
    inTransaction(ctx.db, async (trx) => {
      const row = await runnable(trx, ctx.user, input.id);
      if (row.phase !== 'closed') throw new AppError('PRECONDITION_FAILED', 'errors.participation.notClosed');
      const now = new Date();
      await writeResponse(
        trx,
        {
          consultationId: row.id,
          entityId: row.entity_id,
          heard: input.heard,
          willDo: input.willDo,
          gapIds: input.gapIds,
          userId: ctx.user.id,
        },
        now,
      );
      const result = await ctx.engine.send(
        { instanceId: row.id, event: { type: 'PUBLISH_RESPONSE' }, actor: actorOf(ctx.user, row.entity_id) },
        trx,
      );
      return { phase: result.state };
    }),
  ),

  /** Gaps of the owning entity the response may link (the programme's own: every entity's). */
  linkableGaps: staff.input(z.object({ id: idInput })).query(async ({ ctx, input }) => {
    const row = await loadConsultation(ctx.db, input.id);
    assertRun(ctx.user, row.entity_id);
    let query = ctx.db
      .selectFrom('gaps')
      .select(['id', 'code', 'title', 'status'])
      .where('status', '!=', 'merged')
      .orderBy('code')
      .limit(500);
    if (row.entity_id !== null) query = query.where('entity_id', '=', row.entity_id);
    return query.execute();
  }),

  queue: staff.query(async ({ ctx }) => moderationQueue(ctx.db, managedScope(ctx.user))),

  moderate: staff
    .input(z.object({ contributionId: idInput, decision: z.enum(['publish', 'hide']), reason: freeText(500).default('') }))
    .mutation(async ({ ctx, input }) => {
      const owner = await contributionOwner(ctx.db, input.contributionId);
      // Another entity's comment reads as one that does not exist.
      if (!mayManageRead(ctx.user, owner.entity_id)) throw new AppError('NOT_FOUND', 'errors.participation.contributionNotFound');
      assertRun(ctx.user, owner.entity_id);
      if (input.decision === 'hide' && input.reason === '') throw new AppError('BAD_REQUEST', 'errors.participation.reasonRequired');
      await moderateContribution(
        ctx.db,
        {
          contributionId: owner.id,
          decision: input.decision,
          reason: input.decision === 'hide' ? input.reason : null,
          moderatorId: ctx.user.id,
        },
        new Date(),
      );
      return { status: input.decision === 'publish' ? ('published' as const) : ('hidden' as const) };
    }),

  /** Every ballot's answers, one row per answer, for the owning entity (and the programme office). */
  exportCsv: staff.input(z.object({ id: idInput, locale: z.enum(['ar', 'en']).default('ar') })).query(async ({ ctx, input }) => {
    const row = await loadConsultation(ctx.db, input.id);
    assertManageRead(ctx.user, row.entity_id);
    const { header, rows } = await ballotCsvRows(ctx.db, row, input.locale);
    return { fileName: `consultation-${row.id}.csv`, csv: toCsv(header, rows) };
  }),
});
