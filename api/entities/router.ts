import { z } from 'zod';
import { authedProcedure, router } from '../trpc/init.ts';
import { AppError } from '../trpc/app-error.ts';
import { entityView } from './entity-store.ts';
import { entitiesAdminRouter } from './entities-admin-router.ts';
import { centresRouter } from './centres-router.ts';

/**
 * The entity register. `list` feeds the pickers, so archived entities are left out unless asked
 * for (names in history ask); `get` always answers, archived or not.
 */
export const entitiesRouter = router({
  list: authedProcedure.input(z.object({ includeArchived: z.boolean().optional() }).optional()).query(async ({ ctx, input }) => {
    let entitiesQuery = ctx.db.selectFrom('entities').selectAll().orderBy('code');
    if (!input?.includeArchived) entitiesQuery = entitiesQuery.where('archived_at', 'is', null);
    const [entities, centres] = await Promise.all([
      entitiesQuery.execute(),
      ctx.db.selectFrom('service_centres').selectAll().where('active', '=', true).orderBy('code').execute(),
    ]);
    return entities.map((e) => ({
      ...entityView(e),
      centres: centres
        .filter((c) => c.entity_id === e.id)
        .map((c) => ({ id: c.id, code: c.code, nameAr: c.name_ar, nameEn: c.name_en, model: c.model, channel: c.channel })),
    }));
  }),

  get: authedProcedure.input(z.object({ id: z.string().max(100) })).query(async ({ ctx, input }) => {
    const e = await ctx.db.selectFrom('entities').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!e) throw new AppError('NOT_FOUND', 'errors.notFound');
    return entityView(e);
  }),

  admin: entitiesAdminRouter,
  centres: centresRouter,
});
