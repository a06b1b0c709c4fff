import { z } from 'zod';
import { freeText, titleText } from '../trpc/inputs.ts';
import type { DB } from '../db/schema.ts';
import type { SessionUser } from '../trpc/context.ts';
import { authedProcedure, router } from '../trpc/init.ts';
import { AppError } from '../trpc/app-error.ts';
import { gapFilterSchema, gapSearchText } from '../../workflows/improvement/gap-query.ts';
import { gapSeverities } from '../../workflows/improvement/gap.ts';
import { scopeGapFilter } from '../../workflows/improvement/register-visibility.ts';
import { assertCanEdit, assertCanSee, canEditEntity, viewerOf } from './register-access.ts';
import { gapGroupColumns, getGap, groupGapCounts, listGaps } from './gap-store.ts';
import { withCriterionNames } from './gap-criterion-names.ts';
import { mergeGapRows } from './gap-merge-store.ts';
import { activePeopleOf } from '../accounts/grants-store.ts';

const id = z.string().min(1).max(100);

async function loadVisibleGap(ctx: { user: SessionUser; db: DB }, gapId: string) {
  const gap = await getGap(ctx.db, gapId);
  if (!gap) throw new AppError('NOT_FOUND', 'errors.improvement.notFound');
  assertCanSee(ctx.user, gap.entityId);
  return gap;
}

/** The one gap register: every source, one list; coordinators see their own entity only. */
export const gapsRouter = router({
  list: authedProcedure
    .input(gapFilterSchema.extend({ limit: z.number().int().min(1).max(500).default(50), offset: z.number().int().min(0).default(0) }))
    .query(async ({ ctx, input }) => {
      const { limit, offset, ...filter } = input;
      const page = await listGaps(ctx.db, scopeGapFilter(filter, viewerOf(ctx.user)), { limit, offset });
      return { ...page, items: await withCriterionNames(ctx.db, page.items) };
    }),

  groups: authedProcedure
    .input(z.object({ by: z.enum(gapGroupColumns), filter: gapFilterSchema.default({}) }))
    .query(({ ctx, input }) => groupGapCounts(ctx.db, scopeGapFilter(input.filter, viewerOf(ctx.user)), input.by)),

  get: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const gap = await loadVisibleGap(ctx, input.id);
    const actions = await ctx.db
      .selectFrom('action_gaps')
      .innerJoin('actions', 'actions.id', 'action_gaps.action_id')
      .select(['actions.id', 'actions.code', 'actions.title', 'actions.status', 'actions.progress', 'actions.due_at'])
      .where('action_gaps.gap_id', '=', gap.id)
      .execute();
    const mergedFrom = await ctx.db
      .selectFrom('gaps')
      .select(['id', 'code', 'title'])
      .where('merged_into_id', '=', gap.id)
      .orderBy('code')
      .execute();
    const mergedInto = gap.mergedIntoId
      ? ((await ctx.db.selectFrom('gaps').select(['id', 'code', 'title']).where('id', '=', gap.mergedIntoId).executeTakeFirst()) ?? null)
      : null;
    const owner = gap.ownerId
      ? ((await ctx.db
          .selectFrom('users')
          .select(['id', 'display_name_ar', 'display_name_en'])
          .where('id', '=', gap.ownerId)
          .executeTakeFirst()) ?? null)
      : null;
    const [named] = await withCriterionNames(ctx.db, [gap]);
    return {
      ...named!,
      owner: owner && { id: owner.id, nameAr: owner.display_name_ar, nameEn: owner.display_name_en },
      actions: actions.map((a) => ({ ...a, due_at: new Date(a.due_at).toISOString() })),
      mergedFrom,
      mergedInto,
      canEdit: canEditEntity(ctx.user, gap.entityId) && gap.status !== 'merged',
    };
  }),

  /** People of the gap's entity who may own it (the edit form's choices). */
  owners: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const gap = await loadVisibleGap(ctx, input.id);
    const rows = await activePeopleOf(ctx.db, gap.entityId).orderBy('users.display_name_en').execute();
    return rows.map((u) => ({ id: u.id, nameAr: u.display_name_ar, nameEn: u.display_name_en }));
  }),

  update: authedProcedure
    .input(
      z.object({
        id,
        title: titleText(300).optional(),
        description: freeText(5000).optional(),
        severity: z.enum(gapSeverities).optional(),
        criterionCode: z.string().min(1).max(40).nullable().optional(),
        ownerId: z.string().min(1).max(100).nullable().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const gap = await loadVisibleGap(ctx, input.id);
      assertCanEdit(ctx.user, gap.entityId);
      if (gap.status === 'merged') throw new AppError('PRECONDITION_FAILED', 'errors.improvement.gapMerged');
      if (input.ownerId) {
        const owner = await activePeopleOf(ctx.db, gap.entityId).where('users.id', '=', input.ownerId).executeTakeFirst();
        // The owner answers for the gap inside its entity.
        if (!owner) throw new AppError('BAD_REQUEST', 'errors.improvement.ownerUnknown');
      }
      const { id: gapId, ...fields } = input;
      const set = {
        ...(fields.title !== undefined && { title: fields.title }),
        ...(fields.description !== undefined && { description: fields.description }),
        ...(fields.severity !== undefined && { severity: fields.severity }),
        ...(fields.criterionCode !== undefined && { criterion_code: fields.criterionCode }),
        ...(fields.ownerId !== undefined && { owner_id: fields.ownerId }),
        ...((fields.title !== undefined || fields.description !== undefined) && {
          search_text: gapSearchText({
            code: gap.code,
            title: fields.title ?? gap.title,
            description: fields.description ?? gap.description,
          }),
        }),
      };
      if (Object.keys(set).length > 0) await ctx.db.updateTable('gaps').set(set).where('id', '=', gapId).execute();
      return getGap(ctx.db, gapId);
    }),

  merge: authedProcedure.input(z.object({ survivorId: id, duplicateId: id })).mutation(async ({ ctx, input }) => {
    const survivor = await loadVisibleGap(ctx, input.survivorId);
    const duplicate = await loadVisibleGap(ctx, input.duplicateId);
    assertCanEdit(ctx.user, survivor.entityId);
    assertCanEdit(ctx.user, duplicate.entityId);
    return mergeGapRows(ctx.db, input.survivorId, input.duplicateId);
  }),
});
