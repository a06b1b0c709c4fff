import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { authedProcedure, roleProcedure, router } from '../trpc/init.ts';
import { AppError } from '../trpc/app-error.ts';
import type { SessionUser } from '../trpc/context.ts';
import { cxImportKinds, importColumns } from '../../workflows/journeys/cx-import-rows.ts';
import { csvRecords } from '../cx/csv-records.ts';
import { importCxRows } from '../cx/import-rows.ts';
import { importProgress } from '../cx/import-progress.ts';

const importer = roleProcedure('programme_manager', 'entity_coordinator');

/** Coordinators bring their own entity's data only; the programme imports for everyone. */
const ownEntity = (user: SessionUser): string | null => (user.role === 'entity_coordinator' ? (user.entityId ?? '') : null);
const kind = z.enum(cxImportKinds as [typeof cxImportKinds[number], ...typeof cxImportKinds[number][]]);
const mode = z.enum(['refuse', 'skip']);
const importId = z.uuid();

/** Customer-experience data: complaints, survey answers, centre operations, by CSV or JSON rows. */
export const cxRouter = router({
  columns: authedProcedure.input(z.object({ kind })).query(({ input }) => importColumns(input.kind)),

  /** A CSV file's text; streamed through the parser and written in batches in one transaction. */
  importCsv: importer
    .input(z.object({ kind, mode, csv: z.string().max(200_000_000), fileName: z.string().max(300).optional(), importId: importId.optional() }))
    .mutation(async ({ ctx, input }) => {
      const parsed = csvRecords(input.csv);
      let lines = 0;
      for (let i = input.csv.indexOf('\n'); i !== -1; i = input.csv.indexOf('\n', i + 1)) lines++;
      return importCxRows(ctx.db, parsed.records, {
        kind: input.kind,
        mode: input.mode,
        source: 'csv',
        fileName: input.fileName ?? null,
        userId: ctx.user.id,
        at: new Date(),
        importId: input.importId ?? randomUUID(),
        rowsExpected: Math.max(0, lines - 1),
        entityId: ownEntity(ctx.user),
        header: parsed.header,
      });
    }),

  /** The same rows as JSON objects, column -> value, for systems that push data. */
  importRows: importer
    .input(z.object({ kind, mode, rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))).min(1).max(50_000) }))
    .mutation(({ ctx, input }) =>
      importCxRows(
        ctx.db,
        input.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? undefined : String(v)]))),
        { kind: input.kind, mode: input.mode, source: 'api', userId: ctx.user.id, at: new Date(), entityId: ownEntity(ctx.user) },
      ),
    ),

  progress: importer.input(z.object({ importId })).query(({ ctx, input }) => {
    const p = importProgress(input.importId);
    if (!p || p.userId !== ctx.user.id) throw new AppError('NOT_FOUND', 'errors.cx.import_unknown');
    return p;
  }),

  imports: authedProcedure.query(({ ctx }) => ctx.db.selectFrom('cx_imports').selectAll().orderBy('created_at', 'desc').limit(50).execute()),
});
