import { z } from 'zod';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { AppError } from '../trpc/app-error.ts';
import { authedProcedure, router } from '../trpc/init.ts';
import { catalogueProcedure } from '../admin/admin-procedure.ts';
import { recordAdminChange } from '../admin/admin-change.ts';
import { assertNoProblems } from '../admin/field-problems.ts';
import { documentTypeInputSchema, documentTypeProblems } from '../../workflows/registry/catalogue-rules.ts';
import { loadCatalogueReferences } from './catalogue-references.ts';
import type { DocumentTypesTable } from './tables.ts';
import type { Selectable } from 'kysely';

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
    inTransaction(ctx.db, async (trx) => {
      const current = await trx.selectFrom('document_types').selectAll().where('id', '=', input.id).forUpdate().executeTakeFirst();
      if (!current) throw notFound();
      assertNoProblems(documentTypeProblems(input, false, new Set(), await loadCatalogueReferences(trx)));
      const row = await trx
        .updateTable('document_types')
        .set({ name_ar: input.nameAr, name_en: input.nameEn, issuer_entity_code: input.issuerEntityCode })
        .where('id', '=', input.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const after = view(row);
      await recordAdminChange(trx, {
        actorId: ctx.user.id,
        subjectKind: 'document_type',
        subjectId: row.id,
        action: 'updated',
        before: view(current),
        after,
      });
      return after;
    }),
  ),

  /** Retired: no longer offered to new definitions; services and maps that name it keep their text. */
  setRetired: catalogueProcedure.input(z.object({ id: z.string().min(1).max(80), retired: z.boolean() })).mutation(({ ctx, input }) =>
    inTransaction(ctx.db, async (trx) => {
      const current = await trx.selectFrom('document_types').selectAll().where('id', '=', input.id).forUpdate().executeTakeFirst();
      if (!current) throw notFound();
      if ((current.retired_at !== null) === input.retired) return view(current);
      const row = await trx
        .updateTable('document_types')
        .set({ retired_at: input.retired ? new Date() : null })
        .where('id', '=', input.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      const after = view(row);
      await recordAdminChange(trx, {
        actorId: ctx.user.id,
        subjectKind: 'document_type',
        subjectId: row.id,
        action: input.retired ? 'retired' : 'restored',
        before: view(current),
        after,
      });
      return after;
    }),
  ),
});
