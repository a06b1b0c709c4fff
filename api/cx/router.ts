import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { authedProcedure, roleProcedure, router } from '../trpc/init.ts';
import { AppError } from '../trpc/app-error.ts';
import type { SessionUser } from '../trpc/context.ts';
import { cxImportKinds, importColumns } from '../../workflows/journeys/cx-import-rows.ts';
import { csvRecords } from './csv-records.ts';
import { importCxRows } from './import-rows.ts';
import { listImportJobs, readImportJob, type ProgressChannel } from './import-jobs.ts';
import { failAbandonedImportJobs } from './import-claim.ts';
import { importScope, mayReadImport } from './import-access.ts';
import type { DriverKind } from '../../engine/db/connect.ts';
import { coordinatedEntities, hasRole } from '../access/grants.ts';

const importer = roleProcedure('programme_manager', 'entity_coordinator');

/** Coordinators bring their own entity's data only; the programme imports for everyone. */
const ownEntity = (user: SessionUser): string | null => {
  if (hasRole(user, 'programme_manager')) return null;
  // A coordinator of several entities imports for the first; the rows must still name it.
  return coordinatedEntities(user)[0] ?? '';
};
const kind = z.enum(cxImportKinds as [(typeof cxImportKinds)[number], ...(typeof cxImportKinds)[number][]]);
const mode = z.enum(['refuse', 'skip']);
const importId = z.uuid();
/** A server has a pool, so progress goes through another connection; PGlite has one (see import-jobs.ts). */
const progressChannel = (driver: DriverKind): ProgressChannel => (driver === 'postgres' ? 'separate-connection' : 'process-memory');

/** Customer-experience data: complaints, survey answers, centre operations, by CSV or JSON rows. */
export const cxRouter = router({
  columns: authedProcedure.input(z.object({ kind })).query(({ input }) => importColumns(input.kind)),

  /** A CSV file's text; streamed through the parser and written in batches in one transaction. */
  importCsv: importer
    .input(
      z.object({ kind, mode, csv: z.string().max(200_000_000), fileName: z.string().max(300).optional(), importId: importId.optional() }),
    )
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
        progress: progressChannel(ctx.driver),
      });
    }),

  /** The same rows as JSON objects, column -> value, for systems that push data. */
  importRows: importer
    .input(
      z.object({
        kind,
        mode,
        rows: z
          .array(z.record(z.string(), z.union([z.string(), z.number(), z.null()])))
          .min(1)
          .max(50_000),
      }),
    )
    .mutation(({ ctx, input }) =>
      importCxRows(
        ctx.db,
        input.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? undefined : String(v)]))),
        {
          kind: input.kind,
          mode: input.mode,
          source: 'api',
          userId: ctx.user.id,
          at: new Date(),
          entityId: ownEntity(ctx.user),
          progress: progressChannel(ctx.driver),
        },
      ),
    ),

  /** One import's live counts (any API process) and, once finished, its bad-row report. */
  progress: importer.input(z.object({ importId })).query(async ({ ctx, input }) => {
    let job = await readImportJob(ctx.db, input.importId);
    // A job whose process died answers `failed` at once, not `running` until the next sweep.
    if (job?.status === 'running' && (await failAbandonedImportJobs(ctx.db, ctx.driver, [job.id])).length > 0)
      job = await readImportJob(ctx.db, input.importId);
    if (!job || !mayReadImport(ctx.user, job)) throw new AppError('NOT_FOUND', 'errors.cx.import_unknown');
    return { ...job, done: job.status !== 'running' };
  }),

  /** Past and running import attempts, newest first, refused ones included. */
  jobs: importer.query(({ ctx }) => {
    const scope = importScope(ctx.user);
    return scope ? listImportJobs(ctx.db, { entityIds: scope.all ? null : scope.entityIds, limit: 50 }) : [];
  }),

  /** Accepted imports, newest first, as far as `importScope` lets the user see (a seed import belongs to no entity). */
  imports: authedProcedure.query(async ({ ctx }) => {
    const scope = importScope(ctx.user);
    if (!scope) return [];
    let q = ctx.db.selectFrom('cx_imports').leftJoin('cx_import_jobs as job', 'job.id', 'cx_imports.id').selectAll('cx_imports');
    if (!scope.all) {
      const { entityIds } = scope;
      q = q.where((eb) =>
        eb.or([eb('job.entity_id', 'in', entityIds), eb('job.entity_id', 'is', null), eb('cx_imports.created_by', '=', ctx.user.id)]),
      );
    }
    return q.orderBy('cx_imports.created_at', 'desc').limit(50).execute();
  }),
});
