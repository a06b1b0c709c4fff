import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { freeText, requiredText, titleText } from '../trpc/inputs.ts';
import type { Kysely } from 'kysely';
import { authedProcedure, router } from '../trpc/init.ts';
import { actorOf, type SessionUser } from '../trpc/context.ts';
import { AppError } from '../trpc/app-error.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import type { EngineTables } from '../../engine/db/schema.ts';
import type { DB } from '../db/schema.ts';
import { accessOf, isProgramme, openAssessment, viewerOf, type LoadedAssessment } from '../excellence/assessment-access.ts';
import { cycleFramework } from '../excellence/cycle-framework.ts';
import { entryPercent, leafEntryInput } from '../excellence/leaf-entry.ts';
import { statementList, statements } from '../excellence/node-texts.ts';
import { mayViewIndividualScores } from '../../workflows/excellence/score-visibility.ts';
import { consensusSpread } from '../../workflows/excellence/consensus-spread.ts';
import { findNode, isLeaf } from '../../workflows/excellence/framework-nodes.ts';

const id = z.string().min(1);
const asEngineDb = (db: DB) => db as unknown as Kysely<EngineTables>;
const percentValue = z.number().min(0).max(100).nullable();

function assertTeamAssessor(user: SessionUser, a: LoadedAssessment): void {
  if (user.role !== 'assessor' || !a.context.assessorIds.includes(user.id)) throw new AppError('FORBIDDEN', 'errors.forbidden');
}

/** The lead (or the programme) may work on consensus and site visits. */
function assertLeadOrProgramme(user: SessionUser, a: LoadedAssessment): void {
  if (isProgramme(user)) return;
  if (a.context.leadAssessorId !== user.id) throw new AppError('FORBIDDEN', 'errors.excellence.leadOnly');
}

function scoreView(r: { node_code: string; entry: unknown; percent: number | null; strengths: unknown; afis: unknown; updated_at: Date }) {
  return { nodeCode: r.node_code, entry: r.entry, percent: r.percent, strengths: statements(r.strengths), afis: statements(r.afis), updatedAt: r.updated_at };
}

async function individualScores(db: DB, assessmentId: string) {
  return db.selectFrom('excellence_assessor_scores').selectAll().where('assessment_id', '=', assessmentId).orderBy('assessor_id').orderBy('node_code').execute();
}

export const excellenceScoringRouter = router({
  /** The signed-in assessor's own score sheet (autosaved drafts included). */
  myScores: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const a = await openAssessment(ctx.db, ctx.user, input.id);
    assertTeamAssessor(ctx.user, a);
    const rows = await ctx.db
      .selectFrom('excellence_assessor_scores')
      .selectAll()
      .where('assessment_id', '=', a.id)
      .where('assessor_id', '=', ctx.user.id)
      .orderBy('node_code')
      .execute();
    return { submitted: a.context.submittedAssessorIds.includes(ctx.user.id), scores: rows.map(scoreView) };
  }),

  /** Autosave of one leaf while scoring is open and the assessor has not submitted. */
  saveScore: authedProcedure
    .input(z.object({ id, nodeCode: id, entry: leafEntryInput, strengths: statementList, afis: statementList }))
    .mutation(async ({ ctx, input }) => {
      const a = await openAssessment(ctx.db, ctx.user, input.id);
      assertTeamAssessor(ctx.user, a);
      if (a.state !== 'independent_scoring') throw new AppError('PRECONDITION_FAILED', 'errors.excellence.scoringClosed', { state: a.state });
      if (a.context.submittedAssessorIds.includes(ctx.user.id)) throw new AppError('PRECONDITION_FAILED', 'errors.excellence.alreadySubmitted');
      const { framework } = await cycleFramework(ctx.db, a.cycleId);
      const percent = entryPercent(framework, input.nodeCode, input.entry);
      const row = { entry: JSON.stringify(input.entry), percent, strengths: JSON.stringify(input.strengths), afis: JSON.stringify(input.afis), updated_at: new Date() };
      await ctx.db
        .insertInto('excellence_assessor_scores')
        .values({ assessment_id: a.id, assessor_id: ctx.user.id, node_code: input.nodeCode, ...row })
        .onConflict((oc) => oc.columns(['assessment_id', 'assessor_id', 'node_code']).doUpdateSet(row))
        .execute();
      return { percent };
    }),

  /** Submits the sheet; the assessment refuses an incomplete one. */
  submitScores: authedProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
    const a = await openAssessment(ctx.db, ctx.user, input.id);
    assertTeamAssessor(ctx.user, a);
    const result = await ctx.engine.send({ instanceId: a.id, event: { type: 'SUBMIT_SCORES' }, actor: actorOf(ctx.user) });
    return { state: result.state };
  }),

  /**
   * Individual scores per team assessor, blind: a sheet is returned only where
   * `mayViewIndividualScores` allows it (the programme; an assessor's own; other assessors'
   * once the reader submitted). Entity users and leadership never see them.
   */
  teamScores: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const a = await openAssessment(ctx.db, ctx.user, input.id);
    if (!isProgramme(ctx.user) && ctx.user.role !== 'assessor') throw new AppError('FORBIDDEN', 'errors.excellence.scoresHidden');
    const viewer = viewerOf(ctx.user);
    const access = accessOf(a);
    const rows = await individualScores(ctx.db, a.id);
    return a.context.assessorIds.map((assessorId) => {
      const visible = mayViewIndividualScores(viewer, access, assessorId);
      return {
        assessorId,
        submitted: a.context.submittedAssessorIds.includes(assessorId),
        visible,
        scores: visible ? rows.filter((r) => r.assessor_id === assessorId).map(scoreView) : [],
      };
    });
  }),

  /** Consensus workspace: individual scores side by side with the spread per node. */
  consensusView: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const a = await openAssessment(ctx.db, ctx.user, input.id);
    assertLeadOrProgramme(ctx.user, a);
    if (a.state === 'independent_scoring' && !isProgramme(ctx.user)) throw new AppError('PRECONDITION_FAILED', 'errors.excellence.scoringNotFinished');
    const { framework } = await cycleFramework(ctx.db, a.cycleId);
    const rows = await individualScores(ctx.db, a.id);
    const spreads = consensusSpread(
      rows.filter((r) => r.percent !== null).map((r) => ({ assessorId: r.assessor_id, nodeCode: r.node_code, percent: r.percent! })),
      framework.consensusSpreadThreshold,
    );
    const consensus = await ctx.db.selectFrom('excellence_consensus').selectAll().where('assessment_id', '=', a.id).orderBy('node_code').execute();
    return {
      threshold: framework.consensusSpreadThreshold,
      individual: rows.map((r) => ({ assessorId: r.assessor_id, ...scoreView(r) })),
      spreads,
      consensus: consensus.map((c) => ({
        nodeCode: c.node_code,
        percent: c.percent,
        strengths: statements(c.strengths),
        afis: statements(c.afis),
        rationale: c.rationale,
        spread: c.spread,
        flagged: c.flagged,
      })),
    };
  }),

  /** The lead records agreed scores, strengths, areas for improvement and the rationale per node. */
  saveConsensus: authedProcedure
    .input(
      z.object({
        id,
        entries: z
          .array(z.object({ nodeCode: id, percent: percentValue, strengths: statementList, afis: statementList, rationale: freeText(5000).default('') }))
          .min(1)
          .max(500),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const a = await openAssessment(ctx.db, ctx.user, input.id);
      assertLeadOrProgramme(ctx.user, a);
      if (a.state !== 'consensus') throw new AppError('PRECONDITION_FAILED', 'errors.excellence.notInConsensus', { state: a.state });
      const { framework } = await cycleFramework(ctx.db, a.cycleId);
      const rows = await individualScores(ctx.db, a.id);
      const spreads = new Map(
        consensusSpread(
          rows.filter((r) => r.percent !== null).map((r) => ({ assessorId: r.assessor_id, nodeCode: r.node_code, percent: r.percent! })),
          framework.consensusSpreadThreshold,
        ).map((s) => [s.nodeCode, s]),
      );
      const at = new Date();
      return inTransaction(ctx.db, async (trx) => {
        let flagged = 0;
        for (const e of input.entries) {
          const node = findNode(framework, e.nodeCode);
          if (!node || !isLeaf(node)) throw new AppError('BAD_REQUEST', 'errors.excellence.unknownNode', { node: e.nodeCode });
          const spread = spreads.get(e.nodeCode);
          if (spread?.flagged && e.rationale.trim() === '') throw new AppError('BAD_REQUEST', 'errors.excellence.rationaleRequired', { node: e.nodeCode });
          if (spread?.flagged) flagged++;
          const row = {
            percent: e.percent,
            strengths: JSON.stringify(e.strengths),
            afis: JSON.stringify(e.afis),
            rationale: e.rationale,
            spread: spread?.spread ?? null,
            flagged: spread?.flagged ?? false,
            recorded_by: ctx.user.id,
            recorded_at: at,
          };
          await trx
            .insertInto('excellence_consensus')
            .values({ assessment_id: a.id, node_code: e.nodeCode, ...row })
            .onConflict((oc) => oc.columns(['assessment_id', 'node_code']).doUpdateSet(row))
            .execute();
        }
        return { flagged };
      });
    }),

  /** Closes consensus (the lead); the assessment refuses unless every applicable leaf is agreed. */
  recordConsensus: authedProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
    const a = await openAssessment(ctx.db, ctx.user, input.id);
    const flagged = await ctx.db
      .selectFrom('excellence_consensus')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('assessment_id', '=', a.id)
      .where('flagged', '=', true)
      .executeTakeFirstOrThrow();
    const result = await ctx.engine.send({ instanceId: a.id, event: { type: 'RECORD_CONSENSUS', flaggedNodes: Number(flagged.n) }, actor: actorOf(ctx.user) });
    return { state: result.state, flaggedNodes: Number(flagged.n) };
  }),

  /** Agreed results, for the team and the programme (the entity reads the feedback report). */
  consensus: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const a = await openAssessment(ctx.db, ctx.user, input.id);
    if (!isProgramme(ctx.user) && ctx.user.role !== 'assessor') throw new AppError('FORBIDDEN', 'errors.excellence.scoresHidden');
    const rows = await ctx.db.selectFrom('excellence_consensus').selectAll().where('assessment_id', '=', a.id).orderBy('node_code').execute();
    return rows.map((c) => ({ nodeCode: c.node_code, percent: c.percent, strengths: statements(c.strengths), afis: statements(c.afis), rationale: c.rationale, flagged: c.flagged, spread: c.spread }));
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
        checklist: z.array(z.object({ item: titleText(500), answer: z.enum(['yes', 'partly', 'no', 'not_applicable']), note: freeText(2000).default('') })).max(200).default([]),
        findings: freeText(20_000).default(''),
        changes: z.array(z.object({ nodeCode: id, percent: percentValue, reason: requiredText(2000) })).max(200).default([]),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const a = await openAssessment(ctx.db, ctx.user, input.id);
      assertLeadOrProgramme(ctx.user, a);
      if (Date.parse(input.endedAt) < Date.parse(input.startedAt)) throw new AppError('BAD_REQUEST', 'errors.excellence.visitEndsBeforeStart');
      const visitId = randomUUID();
      const at = new Date();
      return inTransaction(ctx.db, async (trx) => {
        await trx
          .insertInto('excellence_site_visits')
          .values({
            id: visitId,
            assessment_id: a.id,
            kind: input.kind,
            scheduled_at: input.scheduledAt ? new Date(input.scheduledAt) : null,
            started_at: new Date(input.startedAt),
            ended_at: new Date(input.endedAt),
            checklist: JSON.stringify(input.checklist),
            findings: input.findings,
            created_by: ctx.user.id,
            created_at: at,
          })
          .execute();
        for (const change of input.changes) {
          const current = await trx.selectFrom('excellence_consensus').select('percent').where('assessment_id', '=', a.id).where('node_code', '=', change.nodeCode).executeTakeFirst();
          if (!current) throw new AppError('BAD_REQUEST', 'errors.excellence.unknownNode', { node: change.nodeCode });
          await trx.updateTable('excellence_consensus').set({ percent: change.percent }).where('assessment_id', '=', a.id).where('node_code', '=', change.nodeCode).execute();
          await trx
            .insertInto('excellence_score_changes')
            .values({
              id: randomUUID(),
              assessment_id: a.id,
              node_code: change.nodeCode,
              source: 'site_visit',
              source_id: visitId,
              from_percent: current.percent,
              to_percent: change.percent,
              reason: change.reason,
              changed_by: ctx.user.id,
              changed_at: at,
            })
            .execute();
        }
        // The engine refuses outside the site-visit stage, rolling the rows above back with it.
        await ctx.engine.send({ instanceId: a.id, event: { type: 'RECORD_SITE_VISIT', visitId, visitKind: input.kind }, actor: actorOf(ctx.user) }, asEngineDb(trx));
        return { id: visitId };
      });
    }),

  siteVisits: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const a = await openAssessment(ctx.db, ctx.user, input.id);
    if (!isProgramme(ctx.user) && ctx.user.role !== 'assessor') throw new AppError('FORBIDDEN', 'errors.forbidden');
    const visits = await ctx.db.selectFrom('excellence_site_visits').selectAll().where('assessment_id', '=', a.id).orderBy('started_at').execute();
    const changes = await ctx.db.selectFrom('excellence_score_changes').selectAll().where('assessment_id', '=', a.id).orderBy('changed_at').execute();
    return {
      visits: visits.map((v) => ({ id: v.id, kind: v.kind, scheduledAt: v.scheduled_at, startedAt: v.started_at, endedAt: v.ended_at, checklist: v.checklist, findings: v.findings })),
      changes: changes.map((c) => ({ nodeCode: c.node_code, source: c.source, sourceId: c.source_id, from: c.from_percent, to: c.to_percent, reason: c.reason, changedBy: c.changed_by, changedAt: c.changed_at })),
    };
  }),
});
