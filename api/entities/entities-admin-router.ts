import { z } from 'zod';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { AppError } from '../trpc/app-error.ts';
import { router } from '../trpc/init.ts';
import { administratorProcedure } from '../admin/admin-procedure.ts';
import { adminChangesOf, recordAdminChange } from '../admin/admin-change.ts';
import { changeAudited } from '../admin/audited-change.ts';
import { assertNoProblems } from '../admin/field-problems.ts';
import { archiveProblems, entityInputSchema, entityProblems, removalOutcome } from '../../workflows/registry/entity-rules.ts';
import { entityReferenceCount, entityView, lockedRegister, newEntityId, requireEntity } from './entity-store.ts';

const id = z.object({ id: z.string().min(1).max(100) });

const notFound = () => new AppError('NOT_FOUND', 'errors.registry.entityNotFound');

/** Creating, editing, archiving and removing entities; every change leaves its before and after in admin_changes. */
export const entitiesAdminRouter = router({
  create: administratorProcedure.input(entityInputSchema).mutation(({ ctx, input }) =>
    inTransaction(ctx.db, async (trx) => {
      assertNoProblems(entityProblems(input, null, await lockedRegister(trx)));
      const row = await trx
        .insertInto('entities')
        .values({
          id: await newEntityId(trx, input.code),
          code: input.code,
          name_ar: input.nameAr,
          name_en: input.nameEn,
          type: input.type,
          sector: input.sector,
          delivers_services: input.deliversServices,
          parent_entity_id: input.parentEntityId,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      const after = entityView(row);
      await recordAdminChange(trx, { actorId: ctx.user.id, subjectKind: 'entity', subjectId: row.id, action: 'created', after });
      return after;
    }),
  ),

  update: administratorProcedure.input(entityInputSchema.extend(id.shape)).mutation(({ ctx, input }) =>
    inTransaction(ctx.db, async (trx) => {
      const register = await lockedRegister(trx);
      const current = await requireEntity(trx, input.id);
      if (!current) throw notFound();
      assertNoProblems(entityProblems(input, input.id, register));
      const row = await trx
        .updateTable('entities')
        .set({
          code: input.code,
          name_ar: input.nameAr,
          name_en: input.nameEn,
          type: input.type,
          sector: input.sector,
          delivers_services: input.deliversServices,
          parent_entity_id: input.parentEntityId,
        })
        .where('id', '=', input.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const before = entityView(current);
      const after = entityView(row);
      // A code change renames the catalogue's references by code in the same commit.
      if (current.code !== row.code) {
        await trx.updateTable('services').set({ owner_entity_code: row.code }).where('owner_entity_code', '=', current.code).execute();
        await trx
          .updateTable('document_types')
          .set({ issuer_entity_code: row.code })
          .where('issuer_entity_code', '=', current.code)
          .execute();
      }
      await recordAdminChange(trx, { actorId: ctx.user.id, subjectKind: 'entity', subjectId: row.id, action: 'updated', before, after });
      return after;
    }),
  ),

  /** Out of every picker, still readable wherever history names it. */
  archive: administratorProcedure.input(id).mutation(({ ctx, input }) =>
    inTransaction(ctx.db, async (trx) => {
      const register = await lockedRegister(trx);
      return changeAudited(trx, {
        actorId: ctx.user.id,
        subjectKind: 'entity',
        action: 'archived',
        current: await requireEntity(trx, input.id),
        notFound,
        view: entityView,
        unchanged: (current) => !!current.archived_at,
        check: () => assertNoProblems(archiveProblems(input.id, register)),
        write: async () => {
          // Its centres close with it; restoring the entity leaves them for the administrator to reopen.
          await trx.updateTable('service_centres').set({ active: false }).where('entity_id', '=', input.id).execute();
          return trx
            .updateTable('entities')
            .set({ archived_at: new Date() })
            .where('id', '=', input.id)
            .returningAll()
            .executeTakeFirstOrThrow();
        },
      });
    }),
  ),

  restore: administratorProcedure.input(id).mutation(({ ctx, input }) =>
    inTransaction(ctx.db, async (trx) =>
      changeAudited(trx, {
        actorId: ctx.user.id,
        subjectKind: 'entity',
        action: 'restored',
        current: await requireEntity(trx, input.id),
        notFound,
        view: entityView,
        unchanged: (current) => !current.archived_at,
        write: () =>
          trx.updateTable('entities').set({ archived_at: null }).where('id', '=', input.id).returningAll().executeTakeFirstOrThrow(),
      }),
    ),
  ),

  /** Deletes an entity nothing refers to (a typing slip); archives one that history refers to. */
  remove: administratorProcedure.input(id).mutation(({ ctx, input }) =>
    inTransaction(ctx.db, async (trx) => {
      const register = await lockedRegister(trx);
      const current = await requireEntity(trx, input.id);
      if (!current) throw notFound();
      const outcome = removalOutcome(await entityReferenceCount(trx, current));
      const before = entityView(current);
      if (outcome === 'delete') {
        await trx.deleteFrom('entities').where('id', '=', input.id).execute();
        await recordAdminChange(trx, { actorId: ctx.user.id, subjectKind: 'entity', subjectId: input.id, action: 'deleted', before });
        return { outcome, entity: null };
      }
      assertNoProblems(archiveProblems(input.id, register));
      const row = await trx
        .updateTable('entities')
        .set({ archived_at: current.archived_at ?? new Date() })
        .where('id', '=', input.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await trx.updateTable('service_centres').set({ active: false }).where('entity_id', '=', input.id).execute();
      const after = entityView(row);
      await recordAdminChange(trx, { actorId: ctx.user.id, subjectKind: 'entity', subjectId: input.id, action: 'archived', before, after });
      return { outcome, entity: after };
    }),
  ),

  /** Who changed the entity, when, and what it was before and after. */
  history: administratorProcedure.input(id).query(async ({ ctx, input }) => {
    const rows = await adminChangesOf(ctx.db, 'entity', input.id).execute();
    return rows.map((r) => ({
      action: r.action,
      actorId: r.actor_id,
      at: new Date(r.at as unknown as Date).toISOString(),
      before: r.before,
      after: r.after,
    }));
  }),
});
