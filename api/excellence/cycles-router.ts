import { z } from 'zod';
import { requiredText, titleText } from '../trpc/inputs.ts';
import { bilingualSide, eitherSide, fillSides } from '../../workflows/text/user-text.ts';
import { authedProcedure, roleProcedure, router } from '../trpc/init.ts';
import { actorOf } from '../trpc/context.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { createCycle, moveCycle } from './cycle-service.ts';
import { listAssessments } from './assessment-list.ts';
import { listAssessorPool, upsertAssessorProfile } from './assessor-pool.ts';
import { addPartnership, removePartnership, servicePartners } from './partnerships.ts';
import { loadCycleRow } from './cycle-framework.ts';
import { AppError } from '../trpc/app-error.ts';
import { capabilityRoles } from '../access/capabilities.ts';
import { hasAnyRole } from '../access/grants.ts';
import { restoreSnapshot } from '../../engine/workflow/snapshot.ts';
import { cycleMoveReview } from './cycle-move-review.ts';
import { moveSelection } from './assessment-moves.ts';

/** The moves the cycle page offers, in the order a cycle takes them. */
const cycleMoves = ['OPEN', 'START_SCORING', 'START_MODERATION', 'PUBLISH', 'CLOSE'] as const;

const programme = roleProcedure(...capabilityRoles.runExcellenceProgramme);
const isoDateTime = z.iso.datetime({ offset: true });
const isoDate = z.iso.date();
const reason = requiredText(2000);

/** A move for one entity's assessment or a selection of them (see assessment-moves.ts). */
const selectionMove = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('ASSIGN_TEAM'),
    team: z.object({ assessorIds: z.array(z.string().min(1)).min(1).max(20), leadAssessorId: z.string().min(1) }),
  }),
  z.object({ type: z.literal('START_SCORING') }),
  z.object({ type: z.literal('EXTEND_SELF_ASSESSMENT'), dueAt: isoDateTime, reason }),
  z.object({ type: z.literal('REOPEN_SELF_ASSESSMENT'), reason }),
]);

/** Cycles, the assessor pool and service partnerships. */
export const excellenceCyclesRouter = router({
  list: authedProcedure.query(async ({ ctx }) => {
    const rows = await ctx.db
      .selectFrom('excellence_cycles as c')
      .innerJoin('workflow_instances as w', 'w.id', 'c.id')
      .select([
        'c.id',
        'c.number',
        'c.year',
        'c.name_ar',
        'c.name_en',
        'c.framework_code',
        'c.framework_version',
        'c.subject_kind',
        'c.self_assessment_due_at',
        'c.starts_on',
        'c.ends_on',
        'w.state',
      ])
      .orderBy('c.framework_code')
      .orderBy('c.number', 'desc')
      .execute();
    return rows.map((r) => ({
      id: r.id,
      number: r.number,
      year: r.year,
      nameAr: r.name_ar,
      nameEn: r.name_en,
      frameworkCode: r.framework_code,
      frameworkVersion: r.framework_version,
      subjectKind: r.subject_kind,
      selfAssessmentDueAt: r.self_assessment_due_at,
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      state: r.state,
    }));
  }),

  get: authedProcedure.input(z.object({ id: z.string().min(1) })).query(async ({ ctx, input }) => {
    const cycle = await loadCycleRow(ctx.db, input.id);
    const wi = await ctx.db
      .selectFrom('workflow_instances')
      .select(['state', 'kind', 'machine_version', 'snapshot'])
      .where('id', '=', input.id)
      .executeTakeFirstOrThrow();
    const assessments = await listAssessments(ctx.db, ctx.user, input.id);
    // The moves the machine accepts now, so the page offers only those (as the journeys page does).
    let availableEvents: (typeof cycleMoves)[number][] = [];
    if (hasAnyRole(ctx.user, capabilityRoles.runExcellenceProgramme)) {
      const snapshot = restoreSnapshot(ctx.registry.get(wi.kind, wi.machine_version).machine, wi.snapshot);
      const { count } = await ctx.db
        .selectFrom('excellence_assessments')
        .select((eb) => eb.fn.countAll<string>().as('count'))
        .where('cycle_id', '=', input.id)
        .executeTakeFirstOrThrow();
      const at = new Date().toISOString();
      availableEvents = cycleMoves.filter((type) =>
        snapshot.can({ type, entityCount: Number(count), $actor: actorOf(ctx.user), $at: at } as never),
      );
    }
    return { cycle, state: wi.state, availableEvents, assessments };
  }),

  /** Assessments the signed-in user may see (all cycles). */
  myAssessments: authedProcedure.query(({ ctx }) => listAssessments(ctx.db, ctx.user)),

  create: programme
    .input(
      z
        .object({
          number: z.number().int().positive(),
          year: z.number().int().min(2000).max(2100),
          // Either language is enough (issue 11 item 6): a blank side takes the other's text.
          nameAr: bilingualSide(200),
          nameEn: bilingualSide(200),
          frameworkCode: z.string().min(1),
          frameworkVersion: z.number().int().positive().optional(),
          subjectKind: z.enum(['entity', 'centre']),
          subjectIds: z.array(z.string().min(1)).min(1).max(5000),
          entityTypes: z.record(z.string(), z.string()).optional(),
          startsOn: isoDate.optional(),
          endsOn: isoDate.optional(),
          selfAssessmentDueAt: isoDateTime,
          appealWindowDays: z.number().int().min(1).max(90).optional(),
        })
        .refine(...eitherSide('nameAr', 'nameEn')),
    )
    .mutation(({ ctx, input }) => {
      const name = fillSides(input.nameAr, input.nameEn);
      return createCycle(ctx.db, ctx.engine, actorOf(ctx.user), { ...input, nameAr: name.ar, nameEn: name.en }, new Date());
    }),

  /** Moves the cycle; its assessments follow where their rules allow. */
  move: programme
    .input(
      z.object({
        id: z.string().min(1),
        type: z.enum(['UPDATE_DRAFT', 'OPEN', 'START_SCORING', 'START_MODERATION', 'PUBLISH', 'CLOSE']),
        payload: z.record(z.string(), z.unknown()).default({}),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const result = await moveCycle(ctx.db, ctx.engine, actorOf(ctx.user), input.id, { ...input.payload, type: input.type });
      return { state: result.cycle.state, moved: result.moved };
    }),

  /** What a cycle move would do, before the manager confirms it: how many assessments it moves, which stay behind. */
  moveReview: programme.input(z.object({ id: z.string().min(1), type: z.enum(cycleMoves) })).query(async ({ ctx, input }) => {
    await loadCycleRow(ctx.db, input.id);
    return cycleMoveReview(ctx.db, ctx.registry, input.id, input.type, actorOf(ctx.user), new Date());
  }),

  /** One move for one entity or a selection of the cycle's entities, apart from the whole cycle. */
  moveSelection: programme
    .input(z.object({ id: z.string().min(1), assessmentIds: z.array(z.string().min(1)).min(1).max(500), move: selectionMove }))
    .mutation(({ ctx, input }) => {
      if (input.move.type === 'ASSIGN_TEAM' && !input.move.team.assessorIds.includes(input.move.team.leadAssessorId))
        throw new AppError('BAD_REQUEST', 'errors.excellence.leadNotOnTeam');
      return moveSelection(ctx.db, ctx.engine, actorOf(ctx.user), input.id, input.assessmentIds, input.move);
    }),

  pool: programme.query(({ ctx }) => listAssessorPool(ctx.db)),

  setAssessorProfile: programme
    .input(
      z.object({
        userId: z.string().min(1),
        certifications: z.array(titleText(100)).max(20),
        maxWorkload: z.number().int().min(0).max(50),
      }),
    )
    .mutation(({ ctx, input }) =>
      inTransaction(ctx.db, (trx) => upsertAssessorProfile(trx, input.userId, input.certifications, input.maxWorkload)),
    ),

  partnerships: programme.query(({ ctx }) => servicePartners(ctx.db)),

  setPartnership: programme
    .input(z.object({ a: z.string().min(1), b: z.string().min(1), partners: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      if (input.a === input.b) throw new AppError('BAD_REQUEST', 'errors.excellence.partnerSelf');
      const found = await ctx.db.selectFrom('entities').select('id').where('id', 'in', [input.a, input.b]).execute();
      if (found.length !== 2) throw new AppError('NOT_FOUND', 'errors.notFound');
      if (input.partners) await addPartnership(ctx.db, input.a, input.b);
      else await removePartnership(ctx.db, input.a, input.b);
      return { ok: true };
    }),
});
