import { z } from 'zod';
import { authedProcedure, roleProcedure, router } from '../trpc/init.ts';
import { AppError } from '../trpc/app-error.ts';
import { defaultFactorWeights } from '../../workflows/journeys/service-prioritisation.ts';
import { listServices } from './catalogue.ts';
import { prioritiseServices } from './prioritisation.ts';
import { cxChannels } from '../../workflows/journeys/cx-import-rows.ts';
import { referenceDocuments, referenceParties } from '../catalogue/catalogue-references.ts';
import { servicesAdminRouter } from '../catalogue/services-admin-router.ts';
import { documentTypesRouter } from '../catalogue/document-types-router.ts';
import { capabilityRoles } from '../access/capabilities.ts';

const weight = z.number().min(0).max(10);
/** A calendar day that exists (2026-02-30 does not). */
const day = z.iso.date();

/** The documented service catalogue and the prioritisation view. */
export const servicesRouter = router({
  list: authedProcedure.query(({ ctx }) => listServices(ctx.db)),

  /** Reference names the documentation refers to by code: documents and entities, from the database. */
  reference: authedProcedure.query(async ({ ctx }) => {
    const [documents, entities] = await Promise.all([referenceDocuments(ctx.db), referenceParties(ctx.db)]);
    return { documents, entities };
  }),

  /** One service, retired or not: journeys and imports that named it keep reading it. */
  get: authedProcedure.input(z.object({ code: z.string().min(1).max(40) })).query(async ({ ctx, input }) => {
    const s = (await listServices(ctx.db, { includeRetired: true })).find((x) => x.code === input.code);
    if (!s) throw new AppError('NOT_FOUND', 'errors.journeys.unknown_service');
    return s;
  }),

  /** Ranked by a transparent formula; every factor's raw, normalised and weighted value is returned. */
  prioritisation: authedProcedure
    .input(
      z.object({
        weights: z.object({ volume: weight, dissatisfaction: weight, complaints: weight, strategic: weight }).optional(),
        from: day.optional(),
        to: day.optional(),
        channel: z.enum(cxChannels).optional(),
      }),
    )
    .query(({ ctx, input }) => {
      if (input.from && input.to && input.from > input.to) throw new AppError('BAD_REQUEST', 'errors.journeys.period_reversed');
      return prioritiseServices(ctx.db, input.weights ?? defaultFactorWeights, {
        from: input.from ?? null,
        to: input.to ?? null,
        channel: input.channel ?? null,
      });
    }),

  setStrategicWeight: roleProcedure(...capabilityRoles.setStrategicWeights)
    .input(z.object({ code: z.string().min(1).max(40), weight: z.number().min(0).max(1) }))
    .mutation(async ({ ctx, input }) => {
      const r = await ctx.db
        .updateTable('services')
        .set({ strategic_weight: input.weight })
        .where('code', '=', input.code)
        .where('retired_at', 'is', null)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) throw new AppError('NOT_FOUND', 'errors.journeys.unknown_service');
      return { ok: true };
    }),

  admin: servicesAdminRouter,
  documentTypes: documentTypesRouter,
});
