import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { authedProcedure, router } from '../trpc/init.ts';

export const entitiesRouter = router({
  list: authedProcedure.query(async ({ ctx }) => {
    const [entities, centres] = await Promise.all([
      ctx.db.selectFrom('entities').selectAll().orderBy('code').execute(),
      ctx.db.selectFrom('service_centres').selectAll().orderBy('code').execute(),
    ]);
    return entities.map((e) => ({
      id: e.id,
      code: e.code,
      nameAr: e.name_ar,
      nameEn: e.name_en,
      type: e.type,
      sector: e.sector,
      deliversServices: e.delivers_services,
      centres: centres
        .filter((c) => c.entity_id === e.id)
        .map((c) => ({ id: c.id, code: c.code, nameAr: c.name_ar, nameEn: c.name_en, model: c.model, channel: c.channel })),
    }));
  }),

  get: authedProcedure.input(z.object({ id: z.string().max(100) })).query(async ({ ctx, input }) => {
    const e = await ctx.db.selectFrom('entities').selectAll().where('id', '=', input.id).executeTakeFirst();
    if (!e) throw new TRPCError({ code: 'NOT_FOUND', message: 'errors.notFound' });
    return { id: e.id, code: e.code, nameAr: e.name_ar, nameEn: e.name_en, type: e.type, sector: e.sector };
  }),
});
