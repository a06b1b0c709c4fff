import { parse } from 'csv-parse/sync';
import type { Actor } from '../../engine/workflow/actor.ts';
import type { WorkflowEngine } from '../../engine/workflow/engine.ts';
import { WorkflowError } from '../../engine/workflow/errors.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { emptyCsvRefusal, translateCsvError } from '../spreadsheets/csv-refusals.ts';
import { validateProgressCsv, type BadProgressRow } from '../../workflows/improvement/progress-csv.ts';
import { assertNotBlocked } from './dependency-guard.ts';
import { viewerOfActor } from './register-access.ts';

export interface ProgressUploadResult {
  applied: number;
  bad: BadProgressRow[];
}

/**
 * A spreadsheet of progress rows, applied whole or not at all: every row is validated
 * with the form's rules first; then every row's events go through the engine in one
 * transaction, so a refusal on row 40 undoes rows 2..39 too.
 */
export async function applyProgressCsv(db: DB, engine: WorkflowEngine, csv: string, actor: Actor): Promise<ProgressUploadResult> {
  if (!actor.entityId) throw new AppError('FORBIDDEN', 'errors.improvement.csvEntityOnly');
  let records: Record<string, string>[];
  try {
    records = parse(csv.replace(/^\uFEFF/, ''), {
      columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: true,
    });
  } catch (err) {
    throw translateCsvError(err);
  }
  if (records.length === 0) throw emptyCsvRefusal();
  const known = await db
    .selectFrom('actions')
    .select(['id', 'code', 'entity_id', 'status'])
    .where('entity_id', '=', actor.entityId)
    .execute();
  const result = validateProgressCsv(
    records,
    known.map((a) => ({ id: a.id, code: a.code ?? a.id, entityId: a.entity_id, status: a.status })),
    actor.entityId,
  );
  if (!result.ok) return { applied: 0, bad: result.bad };
  let current = 0;
  try {
    await inTransaction(db, async (trx) => {
      for (const row of result.good) {
        current = row.row;
        for (const event of row.events) {
          if (event.type === 'COMPLETE') await assertNotBlocked(trx, row.actionId, viewerOfActor(actor));
          await engine.send({ instanceId: row.actionId, event, actor }, trx);
        }
      }
    });
  } catch (err) {
    const messageKey = err instanceof AppError ? err.messageKey : err instanceof WorkflowError ? err.messageKey : null;
    if (messageKey === null) throw err;
    return { applied: 0, bad: [{ row: current, column: 'action', messageKey }] };
  }
  return { applied: result.good.length, bad: [] };
}
