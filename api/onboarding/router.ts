import { z } from 'zod';
import { roleProcedure, router } from '../trpc/init.ts';
import { AppError } from '../trpc/app-error.ts';
import { onboardingLists, type OnboardingList } from '../../workflows/onboarding/list-definition.ts';
import { importableList, type ImportableList } from './list-registry.ts';
import { runImport } from './import-runner.ts';
import { readUploadedSheet } from './sheet-reader.ts';
import { listTemplate } from './templates.ts';

const administrator = roleProcedure('administrator');
const list = z.enum(onboardingLists);
/** A file of at most 6 MB as base64 (see the route's body cap in api/http/body-limit.ts). */
const file = z.base64({ error: 'errors.onboarding.not_base64' }).max(8_000_000);

function importable(name: OnboardingList): ImportableList<unknown> {
  const found = importableList(name);
  if (!found) throw new AppError('BAD_REQUEST', 'errors.onboarding.list_unavailable', { list: name });
  return found;
}

/** Bulk onboarding of an organisation's entities, centres, people and services from CSV or Excel. */
export const onboardingRouter = router({
  /** The lists that can be imported, with their columns (the web shows them next to the template). */
  lists: administrator.query(() =>
    onboardingLists.map((name) => {
      const found = importableList(name);
      return {
        name,
        available: found !== undefined,
        columns: found
          ? found.definition.columns.map((c) => ({ key: c.key, required: c.required, allowed: c.allowed ?? null, example: c.example }))
          : [],
      };
    }),
  ),

  /** A list's template as CSV or as a workbook, base64. */
  template: administrator
    .input(z.object({ list, format: z.enum(['csv', 'xlsx']) }))
    .query(({ input }) => listTemplate(importable(input.list).definition, input.format)),

  /** Reads and validates a file and says what importing it would do; writes nothing. */
  check: administrator.input(z.object({ list, file })).mutation(async ({ ctx, input }) => {
    const target = importable(input.list);
    const sheet = await readUploadedSheet(Buffer.from(input.file, 'base64'));
    return runImport(ctx.db, { ...target, sheet, mode: 'refuse', dryRun: true, actorId: ctx.user.id });
  }),

  /** Imports a file: all or nothing (`refuse`) or the good rows only (`skip`), each change audited. */
  import: administrator.input(z.object({ list, file, mode: z.enum(['refuse', 'skip']) })).mutation(async ({ ctx, input }) => {
    const target = importable(input.list);
    const sheet = await readUploadedSheet(Buffer.from(input.file, 'base64'));
    return runImport(ctx.db, { ...target, sheet, mode: input.mode, dryRun: false, actorId: ctx.user.id });
  }),
});
