import { z } from 'zod';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { publicProcedure, roleProcedure, router } from '../trpc/init.ts';
import { actorOf } from '../trpc/context.ts';
import { AppError } from '../trpc/app-error.ts';
import { bilingualText } from '../trpc/inputs.ts';
import { scenarioFieldsSchema, scenarioWordingSchema } from '../../workflows/mystery-shopper/checklist.ts';
import { shopperChannels } from '../../workflows/mystery-shopper/profile.ts';
import { newShopperSchema, shopperFieldsSchema } from './shopper-input.ts';
import { addShoppers, listShoppers, setShopperActive, updateShopper } from './shopper-store.ts';
import { createScenario, listScenarios, updateScenario } from './scenario-store.ts';
import { createPeriod, generatePlan, getPeriod, listPeriods, publishPeriod, setQuotas } from './period-store.ts';
import { annualReport, periodResults } from './results-store.ts';
import { visitsRouter } from './visits-router.ts';

const id = z.string().min(1).max(100);
const day = z.iso.date();
const programme = roleProcedure('programme_manager', 'administrator');

/** The shopper pool, administered by the programme. */
const shoppersRouter = router({
  list: programme.query(({ ctx }) => listShoppers(ctx.db)),
  /** Onboards one shopper or a batch (up to 200, all or none). */
  add: programme.input(z.object({ shoppers: z.array(newShopperSchema).min(1).max(200) })).mutation(async ({ ctx, input }) => ({
    ids: await inTransaction(ctx.db, (trx) => addShoppers(trx, input.shoppers, ctx.user.id, new Date())),
  })),
  update: programme.input(z.object({ userId: id, profile: shopperFieldsSchema })).mutation(async ({ ctx, input }) => {
    await inTransaction(ctx.db, (trx) => updateShopper(trx, input.userId, input.profile, ctx.user.id, new Date()));
    return { ok: true as const };
  }),
  /** Takes a shopper out of the pool (or back in): the planner skips inactive shoppers. */
  setActive: programme.input(z.object({ userId: id, active: z.boolean() })).mutation(async ({ ctx, input }) => {
    await inTransaction(ctx.db, (trx) => setShopperActive(trx, input.userId, input.active, ctx.user.id));
    return { ok: true as const };
  }),
});

const scenariosRouter = router({
  list: programme.query(({ ctx }) => listScenarios(ctx.db)),
  create: programme.input(scenarioFieldsSchema).mutation(async ({ ctx, input }) => ({
    id: await inTransaction(ctx.db, (trx) => createScenario(trx, input, ctx.user.id, new Date())),
  })),
  update: programme.input(scenarioWordingSchema.extend({ id })).mutation(async ({ ctx, input }) => {
    await inTransaction(ctx.db, (trx) => updateScenario(trx, input.id, input, ctx.user.id));
    return { ok: true as const };
  }),
});

const periodsRouter = router({
  list: programme.query(({ ctx }) => listPeriods(ctx.db)),
  get: programme.input(z.object({ id })).query(({ ctx, input }) => getPeriod(ctx.db, input.id)),
  create: programme
    .input(
      z.object({
        name: bilingualText(200),
        startsOn: day,
        endsOn: day,
        seed: z
          .number()
          .int()
          .min(0)
          .max(2 ** 31 - 1)
          .optional(),
        cycleId: id.nullable().default(null),
      }),
    )
    .mutation(async ({ ctx, input }) => ({
      id: await inTransaction(ctx.db, (trx) =>
        createPeriod(trx, { nameAr: input.name.ar, nameEn: input.name.en, ...input }, ctx.user.id, new Date()),
      ),
    })),
  setQuotas: programme
    .input(
      z.object({
        id,
        quotas: z
          .array(
            z.object({
              centreId: id,
              channel: z.enum(shopperChannels),
              scenarioId: id,
              visits: z.number().int().min(0).max(50),
              announced: z.boolean().default(false),
            }),
          )
          .max(2000),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      await inTransaction(ctx.db, (trx) => setQuotas(trx, input.id, input.quotas, ctx.user.id));
      return { ok: true as const };
    }),
  /** Generates the visits from the quotas and the pool; answers how many and what could not be met. */
  generate: programme
    .input(z.object({ id }))
    .mutation(({ ctx, input }) =>
      inTransaction(ctx.db, (trx) => generatePlan(trx, ctx.engine, input.id, { ...actorOf(ctx.user), id: ctx.user.id }, new Date())),
    ),
  publish: programme.input(z.object({ id })).mutation(async ({ ctx, input }) => {
    await inTransaction(ctx.db, (trx) => publishPeriod(trx, input.id, ctx.user.id, new Date()));
    return { ok: true as const };
  }),
});

export const mysteryShopperRouter = router({
  shoppers: shoppersRouter,
  scenarios: scenariosRouter,
  periods: periodsRouter,
  visits: visitsRouter,
  /** Per centre and channel scores over the chosen periods, with each centre's trend. */
  results: roleProcedure('programme_manager', 'administrator', 'leadership')
    .input(z.object({ periodIds: z.array(id).max(24) }))
    .query(({ ctx, input }) => periodResults(ctx.db, input.periodIds)),
  /** An entity's annual public report: published periods only; anyone may read it. */
  annualReport: publicProcedure
    .input(z.object({ entityId: id, year: z.number().int().min(2000).max(2100) }))
    .query(async ({ ctx, input }) => {
      const report = await annualReport(ctx.db, input.entityId, input.year);
      if (!report) throw new AppError('NOT_FOUND', 'errors.mysteryShopper.entityNotFound');
      return report;
    }),
});
