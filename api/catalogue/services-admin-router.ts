import { z } from 'zod';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { router } from '../trpc/init.ts';
import { catalogueProcedure } from '../admin/admin-procedure.ts';
import { listServices } from '../journeys/catalogue.ts';
import { createService, editService, serviceVersion, serviceVersions, setServiceRetired } from './service-store.ts';

const code = z.string().min(1).max(40);

/**
 * Keeping the catalogue: create, edit (each edit a new version, the older ones readable),
 * retire and bring back. `definition` is checked by the domain schema and against the
 * entities and document types in the database, every problem at its path.
 */
export const servicesAdminRouter = router({
  list: catalogueProcedure.query(({ ctx }) => listServices(ctx.db, { includeRetired: true })),

  create: catalogueProcedure
    .input(z.object({ definition: z.unknown() }))
    .mutation(({ ctx, input }) =>
      inTransaction(ctx.db, (trx) => createService(trx, input.definition, { actorId: ctx.user.id, at: new Date() })),
    ),

  update: catalogueProcedure
    .input(z.object({ definition: z.unknown() }))
    .mutation(({ ctx, input }) =>
      inTransaction(ctx.db, (trx) => editService(trx, input.definition, { actorId: ctx.user.id, at: new Date() })),
    ),

  setRetired: catalogueProcedure
    .input(z.object({ code, retired: z.boolean() }))
    .mutation(({ ctx, input }) =>
      inTransaction(ctx.db, (trx) => setServiceRetired(trx, input.code, input.retired, { actorId: ctx.user.id, at: new Date() })),
    ),

  versions: catalogueProcedure.input(z.object({ code })).query(({ ctx, input }) => serviceVersions(ctx.db, input.code)),

  version: catalogueProcedure
    .input(z.object({ code, version: z.number().int().positive() }))
    .query(({ ctx, input }) => serviceVersion(ctx.db, input.code, input.version)),
});
