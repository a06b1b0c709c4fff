import { z } from 'zod';
import { bilingualText, titleText } from '../trpc/inputs.ts';
import { tracked } from '@trpc/server';
import { authedProcedure, publicProcedure, roleProcedure, router } from '../trpc/init.ts';
import { actorOf } from '../trpc/context.ts';
import { AppError } from '../trpc/app-error.ts';
import { WorkflowError } from '../../engine/workflow/errors.ts';
import type { LockedInstance } from '../../engine/workflow/engine.ts';
import { sessionCookie } from '../accounts/session-cookie.ts';
import { revokeSession } from '../accounts/sessions.ts';
import { designProblems, type Bundle } from '../../workflows/bundles/bundle.ts';
import { designFields } from '../../workflows/workshops/workshop-board.ts';
import { workshopEventPayloads, type WorkshopEventType } from '../../workflows/workshops/workshop-events.ts';
import {
  duplicateWorkshopStructure,
  standardWorkshopTemplates,
  workshopInputFromTemplate,
} from '../../workflows/workshops/workshop-templates.ts';
import { workshopReport } from '../../workflows/workshops/workshop-report.ts';
import { phaseLabels, quadrantLabels } from '../../workflows/workshops/workshop-labels.ts';
import { loadBundle } from '../bundles/bundle-store.ts';
import { assertFacilitatorOf, mayReadWorkshop, workshopViewerRole } from './workshop-access.ts';
import { loadWorkshop, type WorkshopRecord } from './workshop-record.ts';
import { liveWorkshop } from './workshop-live-hub.ts';
import { workshopView } from './workshop-view.ts';
import { bundleKeyOf, liveMessages, type LiveSent, type LiveViewer } from './live-changes.ts';
import { workshopRefusal } from './workshop-refusal.ts';
import { newWorkshopId, startWorkshop } from './workshop-creation.ts';
import { joinWithInviteCode } from './guest-join.ts';
import type { Context, SessionUser } from '../trpc/context.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import type { WorkshopContext } from '../../workflows/workshops/workshop-machine.ts';
import { commitmentToAction } from './commitment-actions.ts';

const id = z.string().min(1).max(100);

/** Everything but the participant list goes through `send`; joining has its own doors. */
const sendableTypes = (Object.keys(workshopEventPayloads) as WorkshopEventType[]).filter((t) => t !== 'ADD_PARTICIPANT') as [
  WorkshopEventType,
  ...WorkshopEventType[],
];

async function load(ctx: Pick<Context, 'db'>, workshopId: string): Promise<WorkshopRecord> {
  const record = await loadWorkshop(ctx.db, workshopId);
  if (!record) throw new AppError('NOT_FOUND', 'errors.workshops.notFound');
  return record;
}

async function bundleOf(ctx: Pick<Context, 'db'>, record: WorkshopRecord): Promise<Bundle | undefined> {
  return record.context.bundleId ? loadBundle(ctx.db, record.context.bundleId) : undefined;
}

async function viewFor(ctx: Pick<Context, 'db'>, record: WorkshopRecord, user: SessionUser, bundle?: Bundle) {
  const role = workshopViewerRole(user, record.context);
  return workshopView(record, { id: user.id, role }, bundle ?? (await bundleOf(ctx, record)));
}

/** A to-be design may only name the bundle's own services and documents. */
async function assertDesignFitsBundle(ctx: Pick<Context, 'db'>, record: WorkshopRecord, payload: Record<string, unknown>): Promise<void> {
  const bundle = await bundleOf(ctx, record);
  const parsed = designFields.safeParse(payload);
  if (!bundle || !parsed.success) return; // no bundle to check against; the engine validates the shape
  const problems = designProblems(
    parsed.data.design,
    new Set(bundle.services.map((s) => s.id)),
    new Set(bundle.documents.map((d) => d.id)),
  );
  if (problems.length > 0) throw new AppError('BAD_REQUEST', 'errors.workshops.designInvalid', { problem: problems[0]! });
}

export const workshopsRouter = router({
  templates: roleProcedure('facilitator', 'programme_manager', 'administrator').query(() => standardWorkshopTemplates),

  list: authedProcedure.query(async ({ ctx }) => {
    const rows = await ctx.db.selectFrom('workshops').selectAll().orderBy('updated_at', 'desc').execute();
    return rows
      .filter((r) => mayReadWorkshop(ctx.user, { facilitatorId: r.facilitator_id, participants: r.participants }))
      .map((r) => ({
        id: r.id,
        title: { ar: r.title_ar, en: r.title_en },
        bundleId: r.bundle_id,
        phase: r.phase,
        facilitatorId: r.facilitator_id,
        participantCount: r.participants.filter((p) => !p.removed).length,
        updatedAt: r.updated_at,
      }));
  }),

  get: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => viewFor(ctx, await load(ctx, input.id), ctx.user)),

  create: roleProcedure('facilitator')
    .input(
      z.object({
        templateId: z.string().max(64),
        title: bilingualText(300),
        bundleId: z.string().max(100).nullable(),
        participantCap: z.number().int().min(2).max(1000).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const template = standardWorkshopTemplates.find((t) => t.id === input.templateId);
      if (!template) throw new AppError('BAD_REQUEST', 'errors.workshops.unknownTemplate');
      if (input.bundleId && !(await loadBundle(ctx.db, input.bundleId))) throw new AppError('BAD_REQUEST', 'errors.bundles.notFound');
      const workshopInput = workshopInputFromTemplate(template, {
        workshopId: newWorkshopId(),
        title: input.title,
        facilitatorId: ctx.user.id,
        bundleId: input.bundleId,
      });
      return startWorkshop(ctx.db, ctx.engine, workshopInput, ctx.user, input.participantCap);
    }),

  /** A new workshop with a finished one's structure (agenda, time boxes, vote rules, formula, bundle). */
  duplicate: roleProcedure('facilitator')
    .input(z.object({ id, title: bilingualText(300).optional(), includeParticipants: z.boolean().default(false) }))
    .mutation(async ({ ctx, input }) => {
      const source = await load(ctx, input.id);
      workshopViewerRole(ctx.user, source.context);
      if (source.context.phase !== 'closed') throw new AppError('PRECONDITION_FAILED', 'errors.workshops.notFinished');
      const copy = duplicateWorkshopStructure(source.context, {
        workshopId: newWorkshopId(),
        facilitatorId: ctx.user.id,
        title: input.title,
        includeParticipants: input.includeParticipants,
      });
      // Customers are invited per workshop: only representatives carry over.
      copy.participants = copy.participants.filter((p) => p.kind === 'entity_representative');
      return startWorkshop(ctx.db, ctx.engine, copy, ctx.user);
    }),

  /** A customer joins with the code (or the /join/<code> link) and gets a session for this workshop only. */
  join: publicProcedure
    .input(z.object({ code: z.string().trim().min(4).max(20), name: titleText(80), locale: z.enum(['ar', 'en']).default('ar') }))
    .mutation(async ({ ctx, input }) => {
      const joined = await joinWithInviteCode(ctx.db, ctx.engine, { ...input, ip: ctx.ip });
      // As at sign-in: a session already in this browser (a shared kiosk's) is replaced, not kept.
      if (ctx.sessionToken) await revokeSession(ctx.db, ctx.sessionToken);
      ctx.res.appendHeader('Set-Cookie', sessionCookie(joined.session.token, joined.session.expiresAt, ctx.secureCookies));
      return { workshopId: joined.workshopId, userId: joined.userId };
    }),

  /** Entity representatives the facilitator can add (accounts of entity coordinators). */
  representatives: roleProcedure('facilitator').query(async ({ ctx }) => {
    const rows = await ctx.db
      .selectFrom('users')
      .innerJoin('user_roles as g', 'g.user_id', 'users.id')
      .select(['users.id', 'users.display_name_ar', 'users.display_name_en', 'g.entity_id'])
      .where('g.role', '=', 'entity_coordinator')
      .where('users.active', '=', true)
      .orderBy('users.id')
      .orderBy('g.entity_id')
      .execute();
    // A coordinator of several entities represents the first of them.
    const first = rows.filter((r, i) => rows.findIndex((o) => o.id === r.id) === i);
    return first.map((r) => ({ id: r.id, name: { ar: r.display_name_ar, en: r.display_name_en }, entityId: r.entity_id }));
  }),

  addRepresentative: roleProcedure('facilitator')
    .input(z.object({ id, userId: id }))
    .mutation(async ({ ctx, input }) => {
      const record = await load(ctx, input.id);
      assertFacilitatorOf(ctx.user, record.context);
      const user = await ctx.db
        .selectFrom('users')
        .innerJoin('user_roles as g', 'g.user_id', 'users.id')
        .select(['users.id', 'users.display_name_ar', 'g.entity_id'])
        .where('users.id', '=', input.userId)
        .where('users.active', '=', true)
        .where('g.role', '=', 'entity_coordinator')
        .orderBy('g.entity_id')
        .executeTakeFirst();
      if (!user?.entity_id) throw new AppError('BAD_REQUEST', 'errors.workshops.notARepresentative');
      const participant = { id: user.id, kind: 'entity_representative', entityId: user.entity_id, name: user.display_name_ar };
      try {
        const result = await ctx.engine.send({
          instanceId: input.id,
          event: { type: 'ADD_PARTICIPANT', participant },
          actor: actorOf(ctx.user),
        });
        return { version: result.version };
      } catch (err) {
        // The machine refuses a second ADD_PARTICIPANT for the same person, and any once the workshop is closed.
        if (err instanceof WorkflowError && err.code === 'EVENT_NOT_ACCEPTED') {
          throw record.context.phase === 'closed'
            ? new AppError('PRECONDITION_FAILED', 'errors.workshops.refused')
            : new AppError('CONFLICT', 'errors.workshops.alreadyParticipant');
        }
        throw err;
      }
    }),

  /** Every board and phase action, each one engine event; the machine enforces phase rules and vote budgets. */
  send: authedProcedure
    .input(z.object({ id, type: z.enum(sendableTypes), payload: z.record(z.string(), z.unknown()).default({}) }))
    .mutation(async ({ ctx, input }) => {
      const user = ctx.user;
      // A commitment and a design are checked against other data before the send, after the read
      // check as before; everything else is ruled on the state the event is applied to, with no read of its own.
      if (input.type === 'ADD_COMMITMENT' || input.type === 'SET_DESIGN') {
        const record = await load(ctx, input.id);
        workshopViewerRole(user, record.context);
        if (input.type === 'ADD_COMMITMENT') {
          const entityId = input.payload.entityId;
          const known =
            typeof entityId === 'string' &&
            (await ctx.db.selectFrom('entities').select('id').where('id', '=', entityId).executeTakeFirst());
          if (!known) throw new AppError('BAD_REQUEST', 'errors.workshops.unknownEntity');
        } else {
          await assertDesignFitsBundle(ctx, record, input.payload);
        }
      }
      let seen: WorkshopContext | null = null;
      const authorize = (instance: LockedInstance) => {
        if (instance.kind !== 'workshop') throw new AppError('NOT_FOUND', 'errors.workshops.notFound');
        seen = instance.context as WorkshopContext;
        workshopViewerRole(user, seen);
      };
      const args = { instanceId: input.id, event: { ...input.payload, type: input.type }, actor: actorOf(user), authorize };
      try {
        if (input.type !== 'ADD_COMMITMENT') {
          // On its own, so that sends arriving together at one board are applied as one group.
          const result = await ctx.engine.send(args);
          return { version: result.version, phase: (result.snapshot.context as WorkshopContext).phase };
        }
        return await inTransaction(ctx.db, async (trx) => {
          const result = await ctx.engine.send(args, trx);
          const context = result.snapshot.context as WorkshopContext;
          const commitment = context.board.commitments.at(-1);
          // The commitment and its register action commit together or not at all.
          if (commitment) await commitmentToAction(trx, ctx.engine, context, commitment, args.actor);
          return { version: result.version, phase: context.phase };
        });
      } catch (err) {
        if (err instanceof WorkflowError && err.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', 'errors.workshops.notFound');
        throw seen ? workshopRefusal(err, seen, input.type, input.payload, user.id) : err;
      }
    }),

  /** Data for the printable bilingual report; the web renders it in either language. */
  report: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const record = await load(ctx, input.id);
    workshopViewerRole(ctx.user, record.context);
    const bundle = await bundleOf(ctx, record);
    const entityIds = [
      ...new Set([
        ...record.context.board.commitments.map((c) => c.entityId),
        ...record.context.participants.flatMap((p) => (p.entityId ? [p.entityId] : [])),
      ]),
    ];
    const entities =
      entityIds.length > 0
        ? await ctx.db.selectFrom('entities').select(['id', 'name_ar', 'name_en']).where('id', 'in', entityIds).execute()
        : [];
    return {
      report: workshopReport(record.context, bundle),
      bundleName: bundle?.name ?? null,
      serviceNames: Object.fromEntries((bundle?.services ?? []).map((s) => [s.id, s.name])),
      entityNames: Object.fromEntries(entities.map((e) => [e.id, { ar: e.name_ar, en: e.name_en }])),
      participantNames: Object.fromEntries(record.context.participants.map((p) => [p.id, p.name])),
      phaseLabels,
      quadrantLabels,
    };
  }),

  /**
   * The viewer's board, live: the whole board filtered for this viewer on join or resume (or
   * when their role changes), then one change per version while they keep up, each computed
   * between two views of this viewer, so filtered the same way; its shared part is computed once
   * per version for every viewer of the same class in this process. One stream of versions per
   * workshop feeds every viewer in this process; a client resuming with its last version gets
   * the whole board when it missed anything, never a duplicate.
   */
  watch: authedProcedure.input(z.object({ id, lastEventId: z.string().nullish() })).subscription(async function* ({ ctx, input, signal }) {
    const first = await load(ctx, input.id);
    workshopViewerRole(ctx.user, first.context);
    const bundle = await bundleOf(ctx, first);
    const bundleKey = bundleKeyOf(bundle);
    const after = input.lastEventId ? Number(input.lastEventId) || 0 : 0;
    const state: { sent: LiveSent | null } = { sent: null };
    // A participant removed mid-session is refused from here on.
    const viewerOf = (record: WorkshopRecord): LiveViewer => ({
      id: ctx.user.id,
      role: workshopViewerRole(ctx.user, record.context),
      bundle,
      bundleKey,
    });
    for await (const records of liveWorkshop(ctx.db, ctx.notifications, ctx.engine.committed, input.id, after, signal)) {
      for (const { version, message } of liveMessages(state, records, viewerOf)) yield tracked(String(version), message);
    }
  }),
});
