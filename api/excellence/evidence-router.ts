import { z } from 'zod';
import { authedProcedure, router } from '../trpc/init.ts';
import { AppError } from '../trpc/app-error.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { coordinatesEntity } from '../access/grants.ts';
import { findNode } from '../../workflows/excellence/framework-nodes.ts';
import { isProgramme } from './assessment-access.ts';
import { openForSelfAssessment, openPrivate } from './assessments-router.ts';
import { cycleFramework } from './cycle-framework.ts';
import { libraryOf, removeEvidence, removeLibraryFile, reuseLibraryFile } from './evidence-library.ts';

const id = z.string().min(1).max(100);

/**
 * The entity's evidence library, seen from one of its assessments: files uploaded in any
 * cycle, reused on more criteria as links, removed while the self-assessment is open.
 * File bytes are served over HTTP (api/http/evidence-file-route.ts) so a browser can preview them.
 */
export const excellenceEvidenceRouter = router({
  /** Every file of the assessment's entity, with where each is used; its coordinators and the programme. */
  library: authedProcedure.input(z.object({ id })).query(async ({ ctx, input }) => {
    const a = await openPrivate(ctx.db, ctx.user, input.id);
    if (!isProgramme(ctx.user) && !coordinatesEntity(ctx.user, a.entityId)) throw new AppError('FORBIDDEN', 'errors.forbidden');
    return libraryOf(ctx.db, a.entityId);
  }),

  /** Links a library file to a criterion of this assessment (the entity's coordinator, self-assessment open). */
  reuse: authedProcedure.input(z.object({ id, nodeCode: id, fileId: id })).mutation(async ({ ctx, input }) => {
    const a = await openForSelfAssessment(ctx.db, ctx.user, input.id);
    const { framework } = await cycleFramework(ctx.db, a.cycleId);
    if (!findNode(framework, input.nodeCode)) throw new AppError('BAD_REQUEST', 'errors.excellence.unknownNode', { node: input.nodeCode });
    return { id: await reuseLibraryFile(ctx.db, a, input.nodeCode, input.fileId, ctx.user.id, new Date()) };
  }),

  /** Takes a piece of evidence off a criterion (audited); refused once the self-assessment is submitted. */
  remove: authedProcedure.input(z.object({ id, evidenceId: id })).mutation(async ({ ctx, input }) => {
    const a = await openForSelfAssessment(ctx.db, ctx.user, input.id);
    await inTransaction(ctx.db, (trx) => removeEvidence(trx, a, input.evidenceId, ctx.user.id));
    return { removed: input.evidenceId };
  }),

  /** Deletes a file from the library with its links (audited); refused while a submitted self-assessment uses it. */
  removeFile: authedProcedure.input(z.object({ id, fileId: id })).mutation(async ({ ctx, input }) => {
    const a = await openForSelfAssessment(ctx.db, ctx.user, input.id);
    await inTransaction(ctx.db, (trx) => removeLibraryFile(trx, a.entityId, input.fileId, ctx.user.id));
    return { removed: input.fileId };
  }),
});
