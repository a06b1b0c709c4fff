import type { z } from 'zod';
import type { DB } from '../db/schema.ts';
import type { DriverKind } from '../../engine/db/connect.ts';
import { importCxRows } from '../cx/import-rows.ts';
import type { CxImportKind } from '../../workflows/journeys/cx-import-rows.ts';
import type { ApiToken } from '../api-tokens/token-store.ts';
import type { ApiError, pushBodySchema, pushResultSchema } from './schemas.ts';

/** The import numbers rows as file lines (header = 1); a push numbers them by position in `rows`. */
const firstRowLine = 2;

export type PushOutcome = { ok: true; result: z.infer<typeof pushResultSchema> } | { ok: false; status: number; body: ApiError };

/**
 * Pushed rows go through the one import path (api/cx/import-rows.ts): the same validation,
 * the same all-or-nothing transaction, the entity's own services and centres only, plus the
 * external ids that make a retried push write nothing twice.
 */
export async function pushRows(
  deps: { db: DB; driver: DriverKind },
  token: ApiToken,
  kind: CxImportKind,
  body: z.infer<typeof pushBodySchema>,
  at: Date,
): Promise<PushOutcome> {
  const rows = body.rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? undefined : String(v)])));
  const result = await importCxRows(deps.db, rows, {
    kind,
    mode: body.mode,
    source: 'api',
    userId: null,
    at,
    entityId: token.entityId,
    externalIds: { entityId: token.entityId },
    progress: deps.driver === 'postgres' ? 'separate-connection' : 'process-memory',
  });
  const badRows = result.badRows.map((b) => ({ index: b.row - firstRowLine, column: b.column, messageKey: b.messageKey }));
  if (result.status === 'refused') {
    return {
      ok: false,
      status: 422,
      body: {
        error: { status: 422, messageKey: 'errors.apiTokens.rowsRefused', params: { count: result.badRowCount } },
        badRows,
        badRowCount: result.badRowCount,
        totalRows: result.totalRows,
      },
    };
  }
  return {
    ok: true,
    result: {
      status: 'imported',
      importId: result.importId!,
      totalRows: result.totalRows,
      createdRows: result.importedRows,
      unchangedRows: result.unchangedRows,
      skippedRows: result.skippedRows,
      badRows,
    },
  };
}
