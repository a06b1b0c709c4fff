import { z } from 'zod';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { AppError } from '../trpc/app-error.ts';
import { authedProcedure, router } from '../trpc/init.ts';
import { catalogueProcedure } from '../admin/admin-procedure.ts';
import { recordAdminChange } from '../admin/admin-change.ts';
import { changeAudited } from '../admin/audited-change.ts';
import { assertNoProblems } from '../admin/field-problems.ts';
import { documentTypeInputSchema, documentTypeProblems } from '../../workflows/registry/catalogue-rules.ts';
import { loadCatalogueReferences } from './catalogue-references.ts';
import type { DocumentTypesTable } from './tables.ts';
import type { Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';

function view(d: Selectable<DocumentTypesTable>) {
  return {
    id: d.id,
    nameAr: d.name_ar,
    nameEn: d.name_en,
    issuerEntityCode: d.issuer_entity_code,
    retired: d.retired_at !== null,
  };
}

const notFound = () => new AppError('NOT_FOUND', 'errors.registry.documentTypeNotFound');

const lockedDocumentType = (trx: DB, id: string) =>
  trx.selectFrom('document_types').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();

/** Document types: read by everyone signed in (the pickers), kept by the administrator and the programme manager. */
export const documentTypesRouter = router({
  list: authedProcedure.input(z.object({ includeRetired: z.boolean().optional() }).optional()).query(async ({ ctx, input }) => {
    let q = ctx.db.selectFrom('document_types').selectAll().orderBy('id');
    if (!input?.includeRetired) q = q.where('retired_at', 'is', null);
    return (await q.execute()).map(view);
  }),

  create: catalogueProcedure.input(documentTypeInputSchema).mutation(({ ctx, input }) =>
    inTransaction(ctx.db, async (trx) => {
      const ids = new Set((await trx.selectFrom('document_types').select('id').execute()).map((d) => d.id));
      assertNoProblems(documentTypeProblems(input, true, ids, await loadCatalogueReferences(trx)));
      const row = await trx
        .insertInto('document_types')
        .values({ id: input.id, name_ar: input.nameAr, name_en: input.nameEn, issuer_entity_code: input.issuerEntityCode })
        .returningAll()
        .executeTakeFirstOrThrow();
      const after = view(row);
      await recordAdminChange(trx, { actorId: ctx.user.id, subjectKind: 'document_type', subjectId: row.id, action: 'created', after });
      return after;
    }),
  ),

  update: catalogueProcedure.input(documentTypeInputSchema).mutation(({ ctx, input }) =>
    inTransaction(ctx.db, async (trx) =>
      changeAudited(trx, {
        actorId: ctx.user.id,
        subjectKind: 'document_type',
        action: 'updated',
        current: await lockedDocumentType(trx, input.id),
        notFound,
        view,
        check: async () => assertNoProblems(documentTypeProblems(input, false, new Set(), await loadCatalogueReferences(trx))),
        write: () =>
          trx
            .updateTable('document_types')
            .set({ name_ar: input.nameAr, name_en: input.nameEn, issuer_entity_code: input.issuerEntityCode })
            .where('id', '=', input.id)
            .returningAll()
            .executeTakeFirstOrThrow(),
      }),
    ),
  ),

  /** Retired: no longer offered to new definitions; services and maps that name it keep their text. */
  setRetired: catalogueProcedure.input(z.object({ id: z.string().min(1).max(80), retired: z.boolean() })).mutation(({ ctx, input }) =>
    inTransaction(ctx.db, async (trx) =>
      changeAudited(trx, {
        actorId: ctx.user.id,
        subjectKind: 'document_type',
        action: input.retired ? 'retired' : 'restored',
        current: await lockedDocumentType(trx, input.id),
        notFound,
        view,
        unchanged: (current) => (current.retired_at !== null) === input.retired,
        write: () =>
          trx
            .updateTable('document_types')
            .set({ retired_at: input.retired ? new Date() : null })
            .where('id', '=', input.id)
            .returningAll()
            .executeTakeFirstOrThrow(),
      }),
    ),
  ),
});
