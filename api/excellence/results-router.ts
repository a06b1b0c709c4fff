import { changeAgreedScore } from './agreed-score-change.ts';
import { z } from 'zod';
import { requiredText } from '../trpc/inputs.ts';
import { authedProcedure, roleProcedure, router } from '../trpc/init.ts';
import { actorOf } from '../trpc/context.ts';
import { AppError } from '../trpc/app-error.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { accessOf, openAssessment, viewerOf } from './assessment-access.ts';
import { cycleFramework } from './cycle-framework.ts';
import { publishCycleResults } from './publication.ts';
import { cycleDistributions } from './score-distributions.ts';
import { toCsv } from '../spreadsheets/csv-writer.ts';
import { toXlsx } from '../spreadsheets/xlsx-writer.ts';
import { scoreTable } from './score-table.ts';
import { publishedRows } from './published-rows.ts';
import { statements } from './node-texts.ts';
import { mayViewResults } from '../../workflows/excellence/score-visibility.ts';
import { feedbackScore } from '../../workflows/excellence/feedback-score.ts';
import { allNodes } from '../../workflows/excellence/framework-nodes.ts';
import { maturityLevelFor } from '../../workflows/excellence/maturity-level.ts';
import { classify } from '../../workflows/excellence/classification.ts';
import { listCompositeSources, recordCompositeSources } from './composite-sources.ts';
import { compositeSourcesOf } from './recorded-sources.ts';
import { capabilityRoles } from '../access/capabilities.ts';

const id = z.string().min(1);
const programme = roleProcedure(...capabilityRoles.runExcellenceProgramme);

export const excellenceResultsRouter = router({
  /** Moderation: score distributions per team and per assessor across the cycle. */
  distributions: programme.input(z.object({ cycleId: id })).query(({ ctx, input }) => cycleDistributions(ctx.db, input.cycleId)),

  /** The cycle's ranking table (published results only). */
  ranking: authedProcedure.input(z.object({ cycleId: id })).query(async ({ ctx, input }) => {
    const { framework } = await cycleFramework(ctx.db, input.cycleId);
    const rows = await publishedRows(ctx.db, ctx.user, input.cycleId);
    const tiers = new Map((framework.classification?.tiers ?? []).map((t) => [t.code, t.name]));
    // A subject left unrated for want of a composite figure says which one.
    const required = (framework.classification?.composite ?? []).map((c) => c.source).filter((x) => x !== 'assessment');
    const recorded = required.length > 0 ? await compositeSourcesOf(ctx.db, input.cycleId) : new Map<string, Record<string, number>>();
    return rows.map((r) => ({
      missingSources: required.filter((src) => (recorded.get(r.subject_id) as Record<string, number> | undefined)?.[src] === undefined),
      subjectId: r.subject_id,
      assessmentId: r.assessment_id,
      entityId: r.entity_id,
      nameAr: r.name_ar,
      nameEn: r.name_en,
      totalPoints: r.total_points,
      maxPoints: r.max_points,
      totalPercent: r.total_percent,
      maturity: framework.maturityLevels.find((m) => m.code === r.maturity_code)?.name ?? null,
      stars: r.stars,
      tier: r.tier,
      tierName: r.tier ? (tiers.get(r.tier) ?? null) : null,
      rank: r.rank,
      previousRank: r.previous_rank,
    }));
  }),

  /** One assessment's published result: totals, pillars (for the radar), nodes, strengths and AFIs. */
  result: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const a = await openAssessment(ctx.db, ctx.user, input.id);
    if (!mayViewResults(viewerOf(ctx.user, a.entityId), accessOf(a))) throw new AppError('FORBIDDEN', 'errors.excellence.notPublished');
    const { framework } = await cycleFramework(ctx.db, a.cycleId);
    const row = await ctx.db
      .selectFrom('published_results')
      .selectAll()
      .where('cycle_id', '=', a.cycleId)
      .where('subject_id', '=', a.subjectId)
      .executeTakeFirst();
    if (!row) throw new AppError('PRECONDITION_FAILED', 'errors.excellence.notPublished');
    const nodes = await ctx.db
      .selectFrom('published_node_scores')
      .selectAll()
      .where('cycle_id', '=', a.cycleId)
      .where('subject_id', '=', a.subjectId)
      .execute();
    const consensus = await ctx.db
      .selectFrom('excellence_consensus')
      .select(['node_code', 'strengths', 'afis'])
      .where('assessment_id', '=', a.id)
      .execute();
    const texts = new Map(consensus.map((c) => [c.node_code, { strengths: statements(c.strengths), afis: statements(c.afis) }]));
    const names = new Map([...allNodes(framework.nodes)].map((e) => [e.node.code, e.node.name]));
    const order = [...allNodes(framework.nodes)].map((e) => e.node.code);
    nodes.sort((x, y) => order.indexOf(x.node_code) - order.indexOf(y.node_code));
    const tier = framework.classification?.tiers.find((t) => t.code === row.tier) ?? null;
    // Why the label was (or was not) given, from the published figures and the recorded sources.
    const pillarPercents = Object.fromEntries(nodes.filter((n) => n.depth === 0).map((n) => [n.node_code, n.percent]));
    const sources = (await compositeSourcesOf(ctx.db, a.cycleId)).get(a.subjectId) ?? {};
    const why = framework.classification
      ? classify(framework.classification, { assessmentPercent: row.total_percent, pillarPercents, sources })
      : null;
    const sourceNames = new Map((framework.classification?.composite ?? []).map((c) => [c.source, c.name]));
    return {
      classification: why
        ? {
            score: why.score,
            parts: why.parts.map((p) => ({ ...p, name: sourceNames.get(p.source) ?? null })),
            reasons: why.reasons,
            missing: why.reasons.flatMap((r) =>
              r.code === 'missing_component' ? [{ source: r.source, name: sourceNames.get(r.source) ?? null }] : [],
            ),
          }
        : null,
      totalPoints: row.total_points,
      maxPoints: row.max_points,
      totalPercent: row.total_percent,
      maturity: maturityLevelFor(framework.maturityLevels, row.total_percent),
      classificationKind: framework.classification?.kind ?? null,
      stars: row.stars,
      tier: tier ? { code: tier.code, name: tier.name } : null,
      rank: row.rank,
      previousRank: row.previous_rank,
      pillars: nodes
        .filter((n) => n.depth === 0)
        .map((n) => ({ code: n.node_code, name: names.get(n.node_code)!, percent: n.percent, points: n.points, maxPoints: n.max_points })),
      nodes: nodes.map((n) => ({
        code: n.node_code,
        name: names.get(n.node_code)!,
        depth: n.depth,
        percent: n.percent,
        points: n.points,
        maxPoints: n.max_points,
        ...(texts.get(n.node_code) ?? { strengths: [], afis: [] }),
      })),
    };
  }),

  /** The composite's other sources per subject, for the programme to record (centre star ratings). */
  compositeSources: programme.input(z.object({ cycleId: id })).query(({ ctx, input }) => listCompositeSources(ctx.db, input.cycleId)),

  /** Records one subject's sources (percent 0-100) with history; re-publishes when the cycle has published. */
  recordCompositeSources: programme
    .input(
      z.object({
        cycleId: id,
        subjectId: id,
        values: z
          .object({
            customer_feedback: z.number().min(0).max(100).optional(),
            mystery_shopper: z.number().min(0).max(100).optional(),
            employee_survey: z.number().min(0).max(100).optional(),
          })
          .refine((v) => Object.values(v).some((x) => x !== undefined), { message: 'errors.excellence.noSourceGiven' }),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const values = Object.fromEntries(Object.entries(input.values).filter(([, v]) => v !== undefined)) as Record<string, number>;
      await inTransaction(ctx.db, (trx) => recordCompositeSources(trx, ctx.user.id, input.cycleId, input.subjectId, values, new Date()));
      return listCompositeSources(ctx.db, input.cycleId);
    }),

  /** The feedback report: strengths and AFIs per node, with bands instead of raw scores where the framework says so. */
  feedbackReport: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const a = await openAssessment(ctx.db, ctx.user, input.id);
    if (!mayViewResults(viewerOf(ctx.user, a.entityId), accessOf(a))) throw new AppError('FORBIDDEN', 'errors.excellence.notPublished');
    const { cycle, framework } = await cycleFramework(ctx.db, a.cycleId);
    const entity = await ctx.db
      .selectFrom('entities')
      .select(['name_ar', 'name_en'])
      .where('id', '=', a.entityId)
      .executeTakeFirstOrThrow();
    const published = await ctx.db
      .selectFrom('published_node_scores')
      .select(['node_code', 'percent'])
      .where('cycle_id', '=', a.cycleId)
      .where('subject_id', '=', a.subjectId)
      .execute();
    const percents = new Map(published.map((p) => [p.node_code, p.percent]));
    const consensus = await ctx.db
      .selectFrom('excellence_consensus')
      .select(['node_code', 'strengths', 'afis'])
      .where('assessment_id', '=', a.id)
      .execute();
    const texts = new Map(consensus.map((c) => [c.node_code, { strengths: statements(c.strengths), afis: statements(c.afis) }]));
    const total = await ctx.db
      .selectFrom('published_results')
      .select(['total_percent'])
      .where('cycle_id', '=', a.cycleId)
      .where('subject_id', '=', a.subjectId)
      .executeTakeFirst();
    return {
      cycle: { number: cycle.number, year: cycle.year, nameAr: cycle.name_ar, nameEn: cycle.name_en },
      framework: {
        code: framework.code,
        version: framework.version,
        name: framework.name,
        showsRawScores: framework.feedbackShowsRawScores,
      },
      entity: { nameAr: entity.name_ar, nameEn: entity.name_en },
      total: total ? feedbackScore(framework, total.total_percent) : null,
      nodes: [...allNodes(framework.nodes)]
        .filter((e) => percents.has(e.node.code))
        .map((e) => ({
          code: e.node.code,
          name: e.node.name,
          depth: e.ancestors.length,
          score: feedbackScore(framework, percents.get(e.node.code)!),
          ...(texts.get(e.node.code) ?? { strengths: [], afis: [] }),
        })),
    };
  }),

  appeal: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const a = await openAssessment(ctx.db, ctx.user, input.id);
    const row = await ctx.db.selectFrom('excellence_appeals').selectAll().where('assessment_id', '=', a.id).executeTakeFirst();
    return row ?? null;
  }),

  /** The programme decides an appeal; an upheld one may change the node's score, re-ranking the cycle. */
  decideAppeal: programme
    .input(
      z.object({
        id,
        decision: z.enum(['upheld', 'rejected']),
        reason: requiredText(2000),
        newPercent: z.number().min(0).max(100).nullable().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) =>
      inTransaction(ctx.db, async (trx) => {
        const a = await openAssessment(trx, ctx.user, input.id);
        const appeal = await trx.selectFrom('excellence_appeals').selectAll().where('assessment_id', '=', a.id).executeTakeFirst();
        if (!appeal) throw new AppError('PRECONDITION_FAILED', 'errors.excellence.noAppeal');
        const at = new Date();
        if (input.decision === 'upheld' && input.newPercent !== undefined) {
          await changeAgreedScore(trx, {
            assessmentId: a.id,
            nodeCode: appeal.node_code,
            percent: input.newPercent,
            source: 'appeal',
            sourceId: a.id,
            reason: input.reason,
            changedBy: ctx.user.id,
            changedAt: at,
          });
          await trx.updateTable('excellence_appeals').set({ new_percent: input.newPercent }).where('assessment_id', '=', a.id).execute();
        }
        const result = await ctx.engine.send(
          {
            instanceId: a.id,
            event: { type: 'DECIDE_APPEAL', decision: input.decision, reason: input.reason },
            actor: actorOf(ctx.user, a.entityId),
          },
          trx,
        );
        await publishCycleResults(trx, a.cycleId, at);
        return { state: result.state };
      }),
    ),

  /** Published scores per subject and node as CSV. */
  scoresCsv: authedProcedure.input(z.object({ cycleId: id })).query(async ({ ctx, input }) => {
    const table = await scoreTable(ctx.db, ctx.user, input.cycleId);
    return { fileName: `${table.baseName}.csv`, csv: toCsv(table.header, table.rows) };
  }),

  /** The same table as an Excel workbook (base64), right-to-left for Arabic readers. */
  scoresXlsx: authedProcedure.input(z.object({ cycleId: id, rightToLeft: z.boolean().default(false) })).query(async ({ ctx, input }) => {
    const table = await scoreTable(ctx.db, ctx.user, input.cycleId);
    const bytes = await toXlsx(table.header, table.rows, { sheet: 'scores', rightToLeft: input.rightToLeft });
    return { fileName: `${table.baseName}.xlsx`, base64: bytes.toString('base64') };
  }),
});
