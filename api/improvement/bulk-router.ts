import { z } from 'zod';
import { requiredText } from '../trpc/inputs.ts';
import { authedProcedure, router } from '../trpc/init.ts';
import { actorOf } from '../trpc/context.ts';
import { AppError } from '../trpc/app-error.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { recordAdminChange } from '../admin/admin-change.ts';
import { activePeopleOf } from '../accounts/grants-store.ts';
import { assertCanEdit } from './register-access.ts';
import { checkSelection } from './bulk-selection.ts';
import { forEachSelected } from './bulk-items.ts';
import { exportActionsCsv, exportGapsCsv } from './bulk-export.ts';

const id = z.string().min(1).max(100);
const selection = z.array(id).min(1).max(200);

/**
 * Changes to a selection from the gap register and the action lists. Who may act is checked
 * for the whole selection first (`checkSelection`: all or nothing, nothing changes on a
 * refusal); then each item goes through its own path (the gap's audited update, the action
 * machine's EXTEND_DUE with its permission, guard and audit trail) and what its own state
 * refuses is reported for that item alone (`forEachSelected`).
 */
export const bulkRouter = router({
  /** One owner for several gaps; the owner must belong to each gap's entity, as on the gap page. */
  assignGapOwner: authedProcedure.input(z.object({ ids: selection, ownerId: id.nullable() })).mutation(async ({ ctx, input }) => {
    await checkSelection(ctx.db, 'gaps', input.ids, ctx.user, true);
    const outcomes = await forEachSelected(input.ids, (gapId) =>
      inTransaction(ctx.db, async (trx) => {
        const gap = await trx
          .selectFrom('gaps')
          .select(['id', 'entity_id', 'status', 'owner_id'])
          .where('id', '=', gapId)
          .executeTakeFirst();
        if (!gap) throw new AppError('NOT_FOUND', 'errors.improvement.notFound');
        assertCanEdit(ctx.user, gap.entity_id);
        if (gap.status === 'merged') throw new AppError('PRECONDITION_FAILED', 'errors.improvement.gapMerged');
        if (input.ownerId !== null) {
          const owner = await activePeopleOf(trx, gap.entity_id).where('users.id', '=', input.ownerId).executeTakeFirst();
          if (!owner) throw new AppError('BAD_REQUEST', 'errors.improvement.ownerUnknown');
        }
        await trx.updateTable('gaps').set({ owner_id: input.ownerId }).where('id', '=', gap.id).execute();
        await recordAdminChange(trx, {
          actorId: ctx.user.id,
          subjectKind: 'gap',
          subjectId: gap.id,
          action: 'owner_assigned',
          before: { ownerId: gap.owner_id },
          after: { ownerId: input.ownerId },
        });
      }),
    );
    return { outcomes };
  }),

  /** A new due date for several actions: the machine's EXTEND_DUE for each, with its permission, guard and audit. */
  extendActionDue: authedProcedure
    .input(z.object({ ids: selection, dueAt: z.iso.datetime({ offset: true }), reason: requiredText(1000) }))
    .mutation(async ({ ctx, input }) => {
      const entityOf = await checkSelection(ctx.db, 'actions', input.ids, ctx.user, true);
      const outcomes = await forEachSelected(input.ids, (actionId) =>
        ctx.engine.send({
          instanceId: actionId,
          event: { type: 'EXTEND_DUE', dueAt: input.dueAt, reason: input.reason },
          actor: actorOf(ctx.user, entityOf.get(actionId)!),
        }),
      );
      return { outcomes };
    }),

  /** The selected gaps as CSV. */
  exportGaps: authedProcedure.input(z.object({ ids: selection })).query(async ({ ctx, input }) => {
    await checkSelection(ctx.db, 'gaps', input.ids, ctx.user, false);
    return exportGapsCsv(ctx.db, input.ids);
  }),

  /** The selected actions the caller may see, as CSV. */
  exportActions: authedProcedure.input(z.object({ ids: selection })).query(async ({ ctx, input }) => {
    await checkSelection(ctx.db, 'actions', input.ids, ctx.user, false);
    return exportActionsCsv(ctx.db, input.ids);
  }),
});
