import { z } from 'zod';
import { freeText, requiredText, titleText } from '../trpc/inputs.ts';
import { authedProcedure, roleProcedure, router } from '../trpc/init.ts';
import { capabilityRoles } from '../access/capabilities.ts';
import { scoreSheetReview } from './submission-review.ts';
import { actorOf } from '../trpc/context.ts';
import { isProgramme, openAssessment, viewerOf } from './assessment-access.ts';
import { assertLeadOrProgramme, assertProgrammeOrAssessor, assertTeamAssessor } from './scoring-access.ts';
import { leafEntryInput } from './leaf-entry.ts';
import { statementList } from './node-texts.ts';
import { ownScoreSheet, saveOwnScore, teamScoreSheets } from './score-sheets.ts';
import { agreedScores, consensusWorkspace, recordConsensus, saveConsensusEntries } from './consensus-store.ts';
import { recordSiteVisit, siteVisitsOf } from './site-visit-store.ts';

const id = z.string().min(1);
const percentValue = z.number().min(0).max(100).nullable();

/** Independent scoring, consensus and site visits: each procedure opens the assessment, authorises, and makes one call. */
export const excellenceScoringRouter = router({
  /** The signed-in assessor's own score sheet (autosaved drafts included). */
  myScores: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const a = await openAssessment(ctx.db, ctx.user, input.id);
    assertTeamAssessor(ctx.user, a);
    return ownScoreSheet(ctx.db, a, ctx.user.id);
  }),

  /** Autosave of one leaf while scoring is open and the assessor has not submitted. */
  saveScore: authedProcedure
    .input(z.object({ id, nodeCode: id, entry: leafEntryInput, strengths: statementList, afis: statementList }))
    .mutation(async ({ ctx, input }) => {
      const a = await openAssessment(ctx.db, ctx.user, input.id);
      assertTeamAssessor(ctx.user, a);
      return saveOwnScore(ctx.db, a, ctx.user.id, input, new Date());
    }),

  /** Submits the sheet; the assessment refuses an incomplete one. */
  submitScores: authedProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
    const a = await openAssessment(ctx.db, ctx.user, input.id);
    assertTeamAssessor(ctx.user, a);
    const result = await ctx.engine.send({ instanceId: a.id, event: { type: 'SUBMIT_SCORES' }, actor: actorOf(ctx.user, a.entityId) });
    return { state: result.state };
  }),

  /** What submitting the caller's own sheet hands over, counted here. */
  sheetReview: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const a = await openAssessment(ctx.db, ctx.user, input.id);
    assertTeamAssessor(ctx.user, a);
    return scoreSheetReview(ctx.db, a, ctx.user.id);
  }),

  /** The manager sends a submitted sheet back to its assessor, with a reason (kept in the history; the assessor is told). */
  reopenScores: roleProcedure(...capabilityRoles.runExcellenceProgramme)
    .input(z.object({ id, assessorId: id, reason: requiredText(2000) }))
    .mutation(async ({ ctx, input }) => {
      const a = await openAssessment(ctx.db, ctx.user, input.id);
      const result = await ctx.engine.send({
        instanceId: a.id,
        event: { type: 'REOPEN_SCORES', assessorId: input.assessorId, reason: input.reason },
        actor: actorOf(ctx.user),
      });
      return { state: result.state };
    }),

  /**
   * Individual scores per team assessor, blind: a sheet is returned only where
   * `mayViewIndividualScores` allows it (the programme; an assessor's own; other assessors'
   * once the reader submitted). Entity users and leadership never see them.
   */
  teamScores: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const a = await openAssessment(ctx.db, ctx.user, input.id);
    assertProgrammeOrAssessor(ctx.user);
    return teamScoreSheets(ctx.db, a, viewerOf(ctx.user, a.entityId));
  }),

  /** Consensus workspace: individual scores side by side with the spread per node. */
  consensusView: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const a = await openAssessment(ctx.db, ctx.user, input.id);
    assertLeadOrProgramme(ctx.user, a);
    return consensusWorkspace(ctx.db, a, isProgramme(ctx.user));
  }),

  /** The lead records agreed scores, strengths, areas for improvement and the rationale per node. */
  saveConsensus: authedProcedure
    .input(
      z.object({
        id,
        entries: z
          .array(
            z.object({
              nodeCode: id,
              percent: percentValue,
              strengths: statementList,
              afis: statementList,
              rationale: freeText(5000).default(''),
            }),
          )
          .min(1)
          .max(500),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const a = await openAssessment(ctx.db, ctx.user, input.id);
      assertLeadOrProgramme(ctx.user, a);
      return saveConsensusEntries(ctx.db, a, input.entries, ctx.user.id, new Date());
    }),

  /** Closes consensus (the lead); the assessment refuses unless every applicable leaf is agreed. */
  recordConsensus: authedProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
    const a = await openAssessment(ctx.db, ctx.user, input.id);
    return recordConsensus(ctx.db, ctx.engine, a, actorOf(ctx.user, a.entityId));
  }),

  /** Agreed results, for the team and the programme (the entity reads the feedback report). */
  consensus: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const a = await openAssessment(ctx.db, ctx.user, input.id);
    assertProgrammeOrAssessor(ctx.user);
    return agreedScores(ctx.db, a.id);
  }),

  /**
   * A scheduled or unannounced (mystery-shopper) visit with its checklist, findings and
   * times; it may change consensus scores, each change with its reason.
   */
  recordSiteVisit: authedProcedure
    .input(
      z.object({
        id,
        kind: z.enum(['scheduled', 'unannounced']),
        scheduledAt: z.iso.datetime({ offset: true }).optional(),
        startedAt: z.iso.datetime({ offset: true }),
        endedAt: z.iso.datetime({ offset: true }),
        checklist: z
          .array(
            z.object({ item: titleText(500), answer: z.enum(['yes', 'partly', 'no', 'not_applicable']), note: freeText(2000).default('') }),
          )
          .max(200)
          .default([]),
        findings: freeText(20_000).default(''),
        changes: z
          .array(z.object({ nodeCode: id, percent: percentValue, reason: requiredText(2000) }))
          .max(200)
          .default([]),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const a = await openAssessment(ctx.db, ctx.user, input.id);
      assertLeadOrProgramme(ctx.user, a);
      return recordSiteVisit(ctx.db, ctx.engine, a, input, actorOf(ctx.user, a.entityId), new Date());
    }),

  siteVisits: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const a = await openAssessment(ctx.db, ctx.user, input.id);
    assertProgrammeOrAssessor(ctx.user, 'errors.forbidden');
    return siteVisitsOf(ctx.db, a.id);
  }),
});
