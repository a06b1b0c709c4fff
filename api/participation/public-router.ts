import { z } from 'zod';
import { publicProcedure, router } from '../trpc/init.ts';
import { AppError } from '../trpc/app-error.ts';
import { freeText, requiredText } from '../trpc/inputs.ts';
import { answerSchema } from '../../workflows/participation/ballot.ts';
import { maxContributionChars } from '../../workflows/participation/identification.ts';
import { resultsPublic } from '../../workflows/participation/results-visibility.ts';
import { publicPhases } from './consultation-access.ts';
import { idInput } from './consultation-inputs.ts';
import { loadConsultation, summaryOf, type ConsultationRow } from './consultation-store.ts';
import { addContribution, assertReportable, publishedContributions, reportContribution } from './contribution-store.ts';
import { castBallot, hasVoted, pollResults } from './ballot-store.ts';
import { sendParticipationCode, verifyParticipationCode } from './email-verification.ts';
import { assertOpen, participantOf } from './participant.ts';
import { takeParticipation } from './rate-limit.ts';
import { publishedResponse } from './response-store.ts';
import type { DB } from '../db/schema.ts';

/** A consultation the public may see; a draft or a scheduled one reads as unknown. */
async function loadPublic(db: DB, id: string): Promise<ConsultationRow> {
  const row = await loadConsultation(db, id);
  if (!(publicPhases as readonly string[]).includes(row.phase)) throw new AppError('NOT_FOUND', 'errors.participation.notFound');
  return row;
}

const contributionBody = requiredText(maxContributionChars);
const emailToken = z.string().min(1).max(200).optional();
const emailAddress = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ error: 'errors.participation.badEmail' }));

/**
 * The public side, no sign-in needed to read: published consultations, their published
 * contributions, results when the settings allow, and the response. Writing is rate-limited
 * per address and per account, and text is stored as typed (the web shows it as text).
 */
export const participationPublicRouter = router({
  list: publicProcedure.query(async ({ ctx }) => {
    const rows = await ctx.db
      .selectFrom('consultations')
      .selectAll()
      .where('phase', 'in', [...publicPhases])
      .orderBy('closes_at', 'desc')
      .limit(200)
      .execute();
    return rows.map(summaryOf);
  }),

  get: publicProcedure.input(z.object({ id: idInput })).query(async ({ ctx, input }) => {
    const row = await loadPublic(ctx.db, input.id);
    const attachments = await ctx.db
      .selectFrom('consultation_attachments')
      .select(['id', 'file_name', 'mime_type', 'size_bytes'])
      .where('consultation_id', '=', row.id)
      .orderBy('created_at')
      .execute();
    const voted = ctx.user ? await hasVoted(ctx.db, row.id, `user:${ctx.user.id}`) : false;
    return {
      ...summaryOf(row),
      subjectRef: row.subject_ref,
      body: { ar: row.body_ar, en: row.body_en },
      resultsVisibility: row.results_visibility,
      questions: row.questions,
      attachments: attachments.map((a) => ({ id: a.id, fileName: a.file_name, mimeType: a.mime_type, sizeBytes: a.size_bytes })),
      contributions: row.comments_enabled ? await publishedContributions(ctx.db, row.id) : [],
      voted,
      results: row.questions.length > 0 && resultsPublic(row.results_visibility, row.phase, voted) ? await pollResults(ctx.db, row) : null,
      response: await publishedResponse(ctx.db, row.id),
    };
  }),

  attachment: publicProcedure.input(z.object({ id: idInput, attachmentId: idInput })).query(async ({ ctx, input }) => {
    const row = await loadPublic(ctx.db, input.id);
    const file = await ctx.db
      .selectFrom('consultation_attachments')
      .select(['file_name', 'mime_type', 'content'])
      .where('id', '=', input.attachmentId)
      .where('consultation_id', '=', row.id)
      .executeTakeFirst();
    if (!file) throw new AppError('NOT_FOUND', 'errors.participation.attachmentNotFound');
    return { fileName: file.file_name, mimeType: file.mime_type, base64: Buffer.from(file.content).toString('base64') };
  }),

  contribute: publicProcedure
    .input(z.object({ id: idInput, body: z.string().max(200_000), authorName: freeText(80).default('') }))
    .mutation(async ({ ctx, input }) => {
      const now = new Date();
      const row = await loadPublic(ctx.db, input.id);
      assertOpen(row);
      if (!row.comments_enabled) throw new AppError('PRECONDITION_FAILED', 'errors.participation.commentsClosed');
      // The size cap is checked here, with its own message, before anything counts or is stored.
      if (input.body.trim().length > maxContributionChars) {
        throw new AppError('BAD_REQUEST', 'errors.participation.contributionTooLong', { max: maxContributionChars });
      }
      const body = contributionBody.safeParse(input.body);
      if (!body.success) throw new AppError('BAD_REQUEST', body.error.issues[0]?.message ?? 'errors.participation.contributionEmpty');
      // E-mail verification counts voices in polls; a comment needs a session only where the consultation asks for one.
      if (row.identification === 'signed_in' && !ctx.user) throw new AppError('PRECONDITION_FAILED', 'errors.participation.signInRequired');
      await takeParticipation(ctx.db, 'contribute', { ip: ctx.ip, userId: ctx.user?.id ?? null }, now);
      const id = await addContribution(
        ctx.db,
        { consultationId: row.id, userId: ctx.user?.id ?? null, authorName: input.authorName, body: body.data },
        now,
      );
      return { id, status: 'pending' as const };
    }),

  report: publicProcedure.input(z.object({ contributionId: idInput, reason: requiredText(500) })).mutation(async ({ ctx, input }) => {
    const now = new Date();
    // An unknown or unpublished contribution is refused before anything counts.
    await assertReportable(ctx.db, input.contributionId);
    await takeParticipation(ctx.db, 'report', { ip: ctx.ip, userId: ctx.user?.id ?? null }, now);
    await reportContribution(ctx.db, input.contributionId, ctx.user ? `user:${ctx.user.id}` : `ip:${ctx.ip}`, input.reason, now);
    return { reported: true };
  }),

  requestCode: publicProcedure.input(z.object({ id: idInput, email: emailAddress })).mutation(async ({ ctx, input }) => {
    const now = new Date();
    const row = await loadPublic(ctx.db, input.id);
    assertOpen(row);
    if (row.identification !== 'verified_email') throw new AppError('PRECONDITION_FAILED', 'errors.participation.noCodeNeeded');
    await takeParticipation(ctx.db, 'code', { ip: ctx.ip, userId: ctx.user?.id ?? null, extraKey: input.email.trim().toLowerCase() }, now);
    const locale = ctx.user?.locale ?? (String(ctx.req.headers['accept-language'] ?? '').startsWith('en') ? 'en' : 'ar');
    const title = locale === 'en' ? row.title_en : row.title_ar;
    await ctx.db
      .transaction()
      .execute((trx) => sendParticipationCode(trx, { consultationId: row.id, address: input.email, locale, title }, now));
    return { sent: true };
  }),

  verifyCode: publicProcedure
    .input(
      z.object({
        id: idInput,
        email: emailAddress,
        code: z
          .string()
          .trim()
          .regex(/^\d{6}$/, { error: 'errors.participation.codeWrong' }),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const now = new Date();
      const row = await loadPublic(ctx.db, input.id);
      assertOpen(row);
      await takeParticipation(ctx.db, 'code', { ip: ctx.ip, userId: ctx.user?.id ?? null }, now);
      return { token: await verifyParticipationCode(ctx.db, { consultationId: row.id, address: input.email, code: input.code }, now) };
    }),

  vote: publicProcedure
    .input(z.object({ id: idInput, answers: z.array(answerSchema).max(40), emailToken }))
    .mutation(async ({ ctx, input }) => {
      const now = new Date();
      const row = await loadPublic(ctx.db, input.id);
      assertOpen(row);
      if (row.questions.length === 0) throw new AppError('PRECONDITION_FAILED', 'errors.participation.noQuestions');
      const who = await participantOf(ctx.db, row, ctx.user, input.emailToken, now);
      await takeParticipation(ctx.db, 'vote', { ip: ctx.ip, userId: ctx.user?.id ?? null }, now);
      await castBallot(ctx.db, row, who.voterKey, input.answers, now);
      return { results: resultsPublic(row.results_visibility, row.phase, true) ? await pollResults(ctx.db, row) : null };
    }),
});
