import { z } from 'zod';
import { AppError } from '../trpc/app-error.ts';
import { authedProcedure, router } from '../trpc/init.ts';
import { listBundleIds, loadBundle } from './bundle-store.ts';
import { bundleDetail, bundleSummary } from './bundle-view.ts';
import type { SessionUser } from '../trpc/context.ts';
import { isOnlyParticipant } from '../access/grants.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { catalogueProcedure } from '../admin/admin-procedure.ts';
import { bundleDocumentJson, parseBundleJson, saveBundleDocument } from './bundle-admin.ts';

/** Customers who joined a workshop see that workshop only, not the bundle catalogue. */
function assertStaff(user: SessionUser): void {
  if (isOnlyParticipant(user)) throw new AppError('FORBIDDEN', 'errors.forbidden');
}

export const bundlesRouter = router({
  list: authedProcedure.query(async ({ ctx }) => {
    assertStaff(ctx.user);
    const bundles = [];
    for (const id of await listBundleIds(ctx.db)) {
      const bundle = await loadBundle(ctx.db, id);
      if (bundle) bundles.push(bundleSummary(bundle));
    }
    return bundles;
  }),

  get: authedProcedure.input(z.object({ id: z.string().min(1).max(100) })).query(async ({ ctx, input }) => {
    assertStaff(ctx.user);
    const bundle = await loadBundle(ctx.db, input.id);
    if (!bundle) throw new AppError('NOT_FOUND', 'errors.bundles.notFound');
    return bundleDetail(bundle);
  }),

  /** Creates or edits a bundle from its whole document; the design history is appended to, never rewritten. */
  save: catalogueProcedure
    .input(z.object({ document: z.unknown() }))
    .mutation(({ ctx, input }) =>
      inTransaction(ctx.db, (trx) => saveBundleDocument(trx, input.document, { actorId: ctx.user.id, at: new Date() })),
    ),

  /** Imports JSON text in the seeds' shape, mirroring `excellence.frameworks.import`. */
  import: catalogueProcedure.input(z.object({ json: z.string().min(1).max(2_000_000) })).mutation(({ ctx, input }) => {
    const document = parseBundleJson(input.json);
    return inTransaction(ctx.db, (trx) => saveBundleDocument(trx, document, { actorId: ctx.user.id, at: new Date() }));
  }),

  /** The bundle as a document the import takes back unchanged. */
  export: catalogueProcedure.input(z.object({ id: z.string().min(1).max(100) })).query(async ({ ctx, input }) => {
    const bundle = await loadBundle(ctx.db, input.id);
    if (!bundle) throw new AppError('NOT_FOUND', 'errors.bundles.notFound');
    return { fileName: `${bundle.id}.json`, json: bundleDocumentJson(bundle) };
  }),
});
