import { z } from 'zod';
import { tracked } from '@trpc/server';
import { publicProcedure, roleProcedure, router } from '../trpc/init.ts';
import { actorOf, type SessionUser } from '../trpc/context.ts';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { thresholdInputSchema } from '../../workflows/command-centre/threshold.ts';
import { csvRecords } from '../cx/csv-records.ts';
import { entitiesFor, hasAnyRole } from '../access/grants.ts';
import { capabilityRoles } from '../access/capabilities.ts';
import { assertWatches, scopeOf } from './board-access.ts';
import { loadBoard } from './board.ts';
import { loadCentreDetail } from './centre-detail.ts';
import { liveBoard } from './live-board.ts';
import { addThreshold, listThresholds, removeThreshold } from './threshold-store.ts';
import { findAlert, listAlerts } from './alert-store.ts';
import { raiseAlertAsGap } from './alert-gap.ts';
import { ingestTicketEvents } from './ingest.ts';
import { checkThresholds } from './threshold-check.ts';
import { publicIndices } from './public-indices.ts';

/** Everyone who watches centres: the programme and leadership all, supervisors and ambassadors their entity's. */
const watcher = roleProcedure('programme_manager', 'administrator', 'leadership', 'centre_supervisor', 'quality_ambassador');
/** Who answers alerts: the programme manager, and the entity's supervisors and ambassadors. */
const responder = roleProcedure(...capabilityRoles.answerCentreAlerts);
const id = z.string().min(1).max(100);
const entityScope = z.object({ entityId: id.optional() });

async function alertFor(ctx: { db: DB; user: SessionUser }, alertId: string) {
  const alert = await findAlert(ctx.db, alertId);
  if (!alert) throw new AppError('NOT_FOUND', 'errors.commandCentre.alertNotFound');
  assertWatches(ctx.user, alert.entityId);
  return alert;
}

/**
 * The service-centre command centre: the board (figures per window, computed in SQL), its live
 * stream, the drill-down to a centre's counters and transactions, targets, alerts, and the CSV
 * import of ticket events (the API push is /api/v1/centre-events).
 */
export const commandCentreRouter = router({
  /** Public, no sign-in: each centre's satisfaction index and performance indicators per month, with its stars. */
  publicIndices: publicProcedure
    .input(
      z.object({
        month: z
          .string()
          .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'errors.commandCentre.badMonth' })
          .optional(),
      }),
    )
    .query(({ ctx, input }) => publicIndices(ctx.db, input.month, ctx.engine.clock())),

  board: watcher.input(entityScope).query(({ ctx, input }) => loadBoard(ctx.db, scopeOf(ctx.user, input.entityId), ctx.engine.clock())),

  /** The board again after every batch of events for the watched entities (see live-board.ts). */
  watch: watcher.input(entityScope.extend({ lastEventId: z.string().nullish() })).subscription(async function* ({ ctx, input, signal }) {
    const scope = scopeOf(ctx.user, input.entityId);
    let n = 0;
    for await (const update of liveBoard(ctx.db, ctx.notifications, scope, { signal, now: () => ctx.engine.clock() })) {
      n += 1;
      yield tracked(String(n), update);
    }
  }),

  centre: watcher.input(z.object({ code: id })).query(async ({ ctx, input }) => {
    const detail = await loadCentreDetail(ctx.db, input.code, ctx.engine.clock());
    assertWatches(ctx.user, detail.entityId);
    return detail;
  }),

  thresholds: roleProcedure('programme_manager', 'administrator').query(({ ctx }) => listThresholds(ctx.db)),

  addThreshold: roleProcedure(...capabilityRoles.setCentreTargets)
    .input(thresholdInputSchema)
    .mutation(({ ctx, input }) => addThreshold(ctx.db, input, ctx.user.id, ctx.engine.clock())),

  removeThreshold: roleProcedure(...capabilityRoles.setCentreTargets)
    .input(z.object({ id }))
    .mutation(async ({ ctx, input }) => {
      await removeThreshold(ctx.db, input.id, ctx.user.id);
      return { removed: input.id };
    }),

  alerts: watcher
    .input(entityScope.extend({ onlyOpen: z.boolean().default(true) }))
    .query(({ ctx, input }) => listAlerts(ctx.db, scopeOf(ctx.user, input.entityId), input.onlyOpen)),

  alert: watcher.input(z.object({ id })).query(({ ctx, input }) => alertFor(ctx, input.id)),

  acknowledge: responder.input(z.object({ id })).mutation(async ({ ctx, input }) => {
    const alert = await alertFor(ctx, input.id);
    if (alert.status === 'resolved') throw new AppError('CONFLICT', 'errors.commandCentre.alertResolved');
    await ctx.engine.send({ instanceId: alert.id, event: { type: 'ACKNOWLEDGE' }, actor: actorOf(ctx.user, alert.entityId) });
    return findAlert(ctx.db, alert.id);
  }),

  raiseGap: responder.input(z.object({ id })).mutation(async ({ ctx, input }) => {
    const alert = await alertFor(ctx, input.id);
    return raiseAlertAsGap(ctx, alert.id, actorOf(ctx.user, alert.entityId), ctx.engine.clock());
  }),

  /** A CSV of ticket events: a supervisor for their entity's centres, the programme manager for any. */
  importCsv: roleProcedure('programme_manager', 'centre_supervisor')
    .input(z.object({ csv: z.string().max(50_000_000), mode: z.enum(['refuse', 'skip']).default('refuse') }))
    .mutation(async ({ ctx, input }) => {
      const programme = hasAnyRole(ctx.user, ['programme_manager']);
      const own = entitiesFor(ctx.user, 'centre_supervisor');
      if (!programme && own.length !== 1) throw new AppError('FORBIDDEN', 'errors.forbidden');
      const parsed = csvRecords(input.csv);
      const rows: Record<string, string>[] = [];
      for await (const r of parsed.records) rows.push(r);
      if (rows.length === 0) throw new AppError('BAD_REQUEST', 'errors.commandCentre.emptyFile');
      const at = ctx.engine.clock();
      const result = await ingestTicketEvents(ctx.db, rows, { entityId: programme ? null : own[0]!, mode: input.mode, at, firstIndex: 2 });
      if (result.status === 'written' && result.createdRows > 0) await checkThresholds(ctx, at);
      return result;
    }),
});
