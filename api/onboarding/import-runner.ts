import { sql } from 'kysely';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { recordAdminChange } from '../admin/admin-change.ts';
import type { ListDefinition } from '../../workflows/onboarding/list-definition.ts';
import { countOutcomes, planImport, type ImportCounts } from '../../workflows/onboarding/plan-import.ts';
import type { RowProblem } from '../../workflows/onboarding/row-problem.ts';
import { headerProblem, sizeProblem, validateSheet } from '../../workflows/onboarding/validate-sheet.ts';
import type { Sheet } from '../../workflows/onboarding/sheet.ts';
import type { ListStore } from './list-store.ts';
import { loadReferenceData, type ListLookups } from './reference-data.ts';

/** refuse: any bad row and nothing is written; skip: the good rows are written, the bad ones reported. */
export type ImportMode = 'refuse' | 'skip';

export interface ImportReport {
  /** checked: a preview, nothing written; refused: bad rows in refuse mode, nothing written; imported: written. */
  status: 'checked' | 'refused' | 'imported';
  totalRows: number;
  badRows: number;
  /** Every problem, row by row, in the file's column order. */
  problems: RowProblem[];
  /** What was written (or, for a preview, what importing would write). */
  counts: ImportCounts;
}

export interface ImportRequest<R> {
  definition: ListDefinition<R>;
  store: ListStore<R>;
  /** The list's own look-ups (e-mail owners, document types). */
  lookups: ListLookups;
  sheet: Sheet;
  mode: ImportMode;
  /** Validate and plan only. */
  dryRun: boolean;
  actorId: string;
}

/**
 * One file, in one transaction: the header and size checked first (a refusal of the whole
 * file), every row validated against what the database holds, then each created or changed
 * record written with its audit row. In refuse mode one bad row writes nothing.
 */
export async function runImport<R>(db: DB, request: ImportRequest<R>): Promise<ImportReport> {
  const { definition, store, sheet } = request;
  const fileProblem = headerProblem(definition, sheet.header) ?? sizeProblem(sheet);
  if (fileProblem) throw new AppError('BAD_REQUEST', fileProblem.messageKey, fileProblem.params);

  return db.transaction().execute(async (trx) => {
    // Two imports at once would both plan to create the same code; the second waits for the first.
    await sql`select pg_advisory_xact_lock(hashtext('tamayuz.onboarding'))`.execute(trx);
    const data = await loadReferenceData(trx, sheet, request.lookups);
    const validation = validateSheet(definition, sheet, data);
    const base = { totalRows: sheet.rows.length, badRows: validation.badRows, problems: validation.problems };
    if (validation.badRows > 0 && request.mode === 'refuse' && !request.dryRun)
      return { ...base, status: 'refused' as const, counts: { created: 0, updated: 0, unchanged: 0 } };

    const existing = await store.existing(
      trx,
      validation.valid.map((v) => definition.keyOf(v.record)),
    );
    const plan = planImport(definition, validation.valid, existing);
    const counts = countOutcomes(plan);
    if (request.dryRun) return { ...base, status: 'checked' as const, counts };

    const by = { actorId: request.actorId, at: new Date() };
    for (const planned of plan) {
      if (planned.outcome === 'unchanged') continue;
      const id = await store.write(trx, planned, by);
      if (store.auditsItself) continue;
      await recordAdminChange(trx, {
        actorId: request.actorId,
        subjectKind: store.subjectKind,
        subjectId: id,
        action: planned.outcome,
        before: planned.before ?? undefined,
        after: planned.after,
      });
    }
    return { ...base, status: 'imported' as const, counts };
  });
}
