import { z } from 'zod';
import { WorkflowError } from '../../engine/workflow/errors.ts';
import type { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { authedProcedure, roleProcedure, router } from '../trpc/init.ts';
import { actorOf, type SessionUser } from '../trpc/context.ts';
import { AppError } from '../trpc/app-error.ts';
import { conflictsWith } from '../../workflows/mystery-shopper/visit-plan.ts';
import { visitReportSchema } from '../../workflows/mystery-shopper/visit-machine.ts';
import type { DB } from '../db/schema.ts';
import { assertCanReadVisit } from './visit-access.ts';
import { listShoppers } from './shopper-store.ts';
import { addVisitPhoto, findVisit, keptPhoto, myVisits, visitDetail, visitPhoto, type VisitRow } from './visit-store.ts';

const id = z.string().min(1).max(100);
const clientKey = z.string().regex(/^[A-Za-z0-9_-]{8,100}$/);
const programme = roleProcedure('programme_manager', 'administrator');
const shopper = roleProcedure('mystery_shopper');

async function readableVisit(db: DB, user: SessionUser, visitId: string): Promise<VisitRow> {
  const visit = await findVisit(db, visitId);
  if (!visit) throw new AppError('NOT_FOUND', 'errors.mysteryShopper.visitNotFound');
  assertCanReadVisit(user, visit);
  return visit;
}

/** The shopper's own visit: anyone else's reads as missing. */
async function ownVisit(db: DB, user: SessionUser, visitId: string): Promise<VisitRow> {
  const visit = await findVisit(db, visitId);
  if (!visit || visit.shopperId !== user.id) throw new AppError('NOT_FOUND', 'errors.mysteryShopper.visitNotFound');
  return visit;
}

/** Sends one event through the engine: authorised by the definition, audited, in one transaction with its effects. */
async function sendVisitEvent(
  engine: WorkflowEngine,
  user: SessionUser,
  visit: VisitRow,
  event: { type: string } & Record<string, unknown>,
) {
  const result = await engine.send({ instanceId: visit.id, event, actor: (instance) => actorOf(user, instance.entityId) });
  return { state: result.state, version: result.version };
}

export const visitsRouter = router({
  /** The signed-in shopper's assigned visits: their home. */
  mine: shopper.query(({ ctx }) => myVisits(ctx.db, ctx.user.id)),

  get: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    await readableVisit(ctx.db, ctx.user, input.id);
    return visitDetail(ctx.db, input.id);
  }),

  /**
   * The shopper's report, sent when the phone is online again. The phone's key for this report
   * makes a resend (the answer was lost, two tabs sent it) write nothing: it answers the visit as it is.
   */
  submit: shopper.input(z.object({ id, clientKey, report: visitReportSchema })).mutation(async ({ ctx, input }) => {
    const visit = await ownVisit(ctx.db, ctx.user, input.id);
    if (visit.submissionKey === input.clientKey) return { state: visit.state, duplicate: true };
    try {
      return {
        ...(await sendVisitEvent(ctx.engine, ctx.user, visit, { type: 'SUBMIT', report: input.report, clientKey: input.clientKey })),
        duplicate: false,
      };
    } catch (err) {
      // Two sends of one report racing: the loser finds the winner's key on the row.
      const now = await findVisit(ctx.db, input.id);
      if (err instanceof WorkflowError && now?.submissionKey === input.clientKey) return { state: now.state, duplicate: true };
      if (err instanceof WorkflowError && err.code === 'EVENT_NOT_ACCEPTED')
        throw new AppError(
          'CONFLICT',
          visit.state === 'assigned' || visit.state === 'returned'
            ? 'errors.mysteryShopper.incompleteReport'
            : 'errors.mysteryShopper.notOpen',
        );
      throw err;
    }
  }),

  addPhoto: shopper
    .input(
      z.object({
        id,
        clientKey,
        fileName: z.string().trim().min(1).max(200),
        mimeType: z.string().max(100),
        base64: z.string().max(7_000_000),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const visit = await ownVisit(ctx.db, ctx.user, input.id);
      // A resend of a photo already kept answers it, even once the report is in.
      const kept = await keptPhoto(ctx.db, visit.id, input.clientKey);
      if (kept) return { id: kept, created: false };
      if (visit.state !== 'assigned' && visit.state !== 'returned') throw new AppError('CONFLICT', 'errors.mysteryShopper.notOpen');
      return addVisitPhoto(ctx.db, visit.id, input, ctx.user.id, new Date());
    }),

  photo: authedProcedure.input(z.object({ id, photoId: id })).query(async ({ ctx, input }) => {
    await readableVisit(ctx.db, ctx.user, input.id);
    return visitPhoto(ctx.db, input.id, input.photoId);
  }),

  /** The reviewer accepts a submitted visit (its findings become gaps) or returns it with a reason. */
  review: programme
    .input(
      z.discriminatedUnion('decision', [
        z.object({ id, decision: z.literal('accept') }),
        z.object({ id, decision: z.literal('return'), reason: z.string().trim().min(1).max(2000) }),
      ]),
    )
    .mutation(async ({ ctx, input }) => {
      const visit = await readableVisit(ctx.db, ctx.user, input.id);
      if (visit.state !== 'submitted') throw new AppError('CONFLICT', 'errors.mysteryShopper.notSubmitted');
      const event = input.decision === 'accept' ? { type: 'ACCEPT' } : { type: 'RETURN', reason: input.reason };
      return sendVisitEvent(ctx.engine, ctx.user, visit, event);
    }),

  /** Edits the plan: another shopper (never one who conflicts with the centre's entity) or another day. */
  reassign: programme.input(z.object({ id, shopperId: id, plannedOn: z.iso.date() })).mutation(async ({ ctx, input }) => {
    const visit = await readableVisit(ctx.db, ctx.user, input.id);
    if (visit.state !== 'assigned') throw new AppError('CONFLICT', 'errors.mysteryShopper.notOpen');
    const target = (await listShoppers(ctx.db, { activeOnly: true })).find((s) => s.id === input.shopperId);
    if (!target) throw new AppError('BAD_REQUEST', 'errors.mysteryShopper.shopperNotFound');
    if (conflictsWith(target, visit.entityId)) throw new AppError('BAD_REQUEST', 'errors.mysteryShopper.shopperConflict');
    return sendVisitEvent(ctx.engine, ctx.user, visit, { type: 'REASSIGN', shopperId: input.shopperId, plannedOn: input.plannedOn });
  }),

  cancel: programme.input(z.object({ id, reason: z.string().trim().min(1).max(2000) })).mutation(async ({ ctx, input }) => {
    const visit = await readableVisit(ctx.db, ctx.user, input.id);
    if (visit.state !== 'assigned' && visit.state !== 'returned') throw new AppError('CONFLICT', 'errors.mysteryShopper.notOpen');
    return sendVisitEvent(ctx.engine, ctx.user, visit, { type: 'CANCEL', reason: input.reason });
  }),
});
