import { z } from 'zod';
import { authedProcedure, roleProcedure, router } from '../trpc/init.ts';
import { AppError } from '../trpc/app-error.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { parseFramework } from '../../workflows/excellence/framework-validation.ts';
import { listFrameworks, loadFramework, saveFramework } from './framework-store.ts';
import { capabilityRoles } from '../access/capabilities.ts';

const programme = roleProcedure(...capabilityRoles.runExcellenceProgramme);

/** Framework documents: read by everyone signed in (guidance is public), written by the programme. */
export const excellenceFrameworksRouter = router({
  list: authedProcedure.query(({ ctx }) => listFrameworks(ctx.db)),

  get: authedProcedure
    .input(z.object({ code: z.string().min(1), version: z.number().int().positive().optional() }))
    .query(async ({ ctx, input }) => {
      const { framework, frozen } = await loadFramework(ctx.db, input.code, input.version);
      return { framework, frozen };
    }),

  /** Checks a document without saving: every error with its path, for the editor. */
  validate: programme.input(z.object({ document: z.unknown() })).mutation(({ input }) => {
    const parsed = parseFramework(input.document);
    return parsed.ok ? { ok: true as const, errors: [] } : { ok: false as const, errors: parsed.errors };
  }),

  /** Imports JSON text. Refuses unreadable JSON and invalid documents, naming the first bad path. */
  import: programme.input(z.object({ json: z.string().min(1).max(2_000_000) })).mutation(async ({ ctx, input }) => {
    let document: unknown;
    try {
      document = JSON.parse(input.json);
    } catch {
      throw new AppError('BAD_REQUEST', 'errors.excellence.frameworkNotJson');
    }
    return inTransaction(ctx.db, (trx) => saveFramework(trx, document, ctx.user.id, new Date()));
  }),

  /** Saves an edited document: in place while unused, as a new version once a cycle uses it. */
  save: programme
    .input(z.object({ document: z.unknown() }))
    .mutation(({ ctx, input }) => inTransaction(ctx.db, (trx) => saveFramework(trx, input.document, ctx.user.id, new Date()))),

  export: authedProcedure
    .input(z.object({ code: z.string().min(1), version: z.number().int().positive().optional() }))
    .query(async ({ ctx, input }) => {
      const { framework } = await loadFramework(ctx.db, input.code, input.version);
      return { fileName: `${framework.code}-v${framework.version}.json`, json: JSON.stringify(framework, null, 2) };
    }),
});
