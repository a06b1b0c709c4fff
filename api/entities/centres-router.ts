import { z } from 'zod';
import type { Selectable } from 'kysely';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { AppError } from '../trpc/app-error.ts';
import { authedProcedure, router } from '../trpc/init.ts';
import { administratorProcedure } from '../admin/admin-procedure.ts';
import { recordAdminChange } from '../admin/admin-change.ts';
import { changeAudited } from '../admin/audited-change.ts';
import { assertNoProblems } from '../admin/field-problems.ts';
import { centreInputSchema, centreProblems } from '../../workflows/registry/centre-rules.ts';
import type { ServiceCentresTable } from '../accounts/tables.ts';
import type { DB } from '../db/schema.ts';

function centreView(c: Selectable<ServiceCentresTable>) {
  return {
    id: c.id,
    entityId: c.entity_id,
    code: c.code,
    nameAr: c.name_ar,
    nameEn: c.name_en,
    model: c.model,
    channel: c.channel,
    cityAr: c.city_ar,
    cityEn: c.city_en,
    active: c.active,
  };
}

async function ruleFacts(db: DB) {
  const [centres, entities] = await Promise.all([
    db.selectFrom('service_centres').select(['id', 'code']).execute(),
    db.selectFrom('entities').select(['id', 'archived_at']).execute(),
  ]);
  return { centres, entities: entities.map((e) => ({ id: e.id, archived: e.archived_at !== null })) };
}

function row(input: z.infer<typeof centreInputSchema>) {
  return {
    entity_id: input.entityId,
    code: input.code,
    name_ar: input.nameAr,
    name_en: input.nameEn,
    model: input.model,
    channel: input.channel,
    city_ar: input.cityAr,
    city_en: input.cityEn,
    active: input.active,
  };
}

/** Service centres: everyone reads the open ones; the administrator adds, edits and closes them. */
export const centresRouter = router({
  list: authedProcedure
    .input(z.object({ entityId: z.string().max(100).optional(), includeInactive: z.boolean().optional() }).optional())
    .query(async ({ ctx, input }) => {
      let q = ctx.db.selectFrom('service_centres').selectAll().orderBy('code');
      if (input?.entityId) q = q.where('entity_id', '=', input.entityId);
      if (!input?.includeInactive) q = q.where('active', '=', true);
      return (await q.execute()).map(centreView);
    }),

  create: administratorProcedure.input(centreInputSchema).mutation(({ ctx, input }) =>
    inTransaction(ctx.db, async (trx) => {
      const facts = await ruleFacts(trx);
      assertNoProblems(centreProblems(input, null, facts.centres, facts.entities));
      const created = await trx
        .insertInto('service_centres')
        .values({ id: `ctr-${crypto.randomUUID()}`, ...row(input) })
        .returningAll()
        .executeTakeFirstOrThrow();
      const after = centreView(created);
      await recordAdminChange(trx, {
        actorId: ctx.user.id,
        subjectKind: 'service_centre',
        subjectId: created.id,
        action: 'created',
        after,
      });
      return after;
    }),
  ),

  update: administratorProcedure.input(centreInputSchema.extend({ id: z.string().min(1).max(100) })).mutation(({ ctx, input }) =>
    inTransaction(ctx.db, async (trx) =>
      changeAudited(trx, {
        actorId: ctx.user.id,
        subjectKind: 'service_centre',
        action: 'updated',
        current: await trx.selectFrom('service_centres').selectAll().where('id', '=', input.id).forUpdate().executeTakeFirst(),
        notFound: () => new AppError('NOT_FOUND', 'errors.registry.centreNotFound'),
        view: centreView,
        check: async () => {
          const facts = await ruleFacts(trx);
          assertNoProblems(centreProblems(input, input.id, facts.centres, facts.entities));
        },
        write: () => trx.updateTable('service_centres').set(row(input)).where('id', '=', input.id).returningAll().executeTakeFirstOrThrow(),
      }),
    ),
  ),
});
