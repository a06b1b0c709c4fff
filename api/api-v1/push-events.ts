import type { z } from 'zod';
import type { DB } from '../db/schema.ts';
import type { ApiToken } from '../api-tokens/token-store.ts';
import { ingestTicketEvents } from '../command-centre/ingest.ts';
import type { PushOutcome } from './push.ts';
import type { pushBodySchema } from './schemas.ts';

/**
 * Ticket events for the live command centre, for the token's own entity's centres only (another
 * entity's centre is a bad row), idempotent by `external_id`, in the same answer shapes as the
 * other pushes. The board's watchers hear of the batch at commit.
 */
export async function pushCentreEvents(
  db: DB,
  token: ApiToken,
  body: z.infer<typeof pushBodySchema>,
  at: Date,
  afterWrite?: (entityIds: string[]) => void,
): Promise<PushOutcome> {
  const result = await ingestTicketEvents(db, body.rows, { entityId: token.entityId, mode: body.mode, at });
  if (result.status === 'refused') {
    return {
      ok: false,
      status: 422,
      body: {
        error: { status: 422, messageKey: 'errors.apiTokens.rowsRefused', params: { count: result.badRowCount } },
        badRows: result.badRows,
        badRowCount: result.badRowCount,
        totalRows: result.totalRows,
      },
    };
  }
  if (result.createdRows > 0) afterWrite?.([token.entityId]);
  return {
    ok: true,
    result: {
      status: 'imported',
      importId: result.batchId,
      totalRows: result.totalRows,
      createdRows: result.createdRows,
      unchangedRows: result.unchangedRows,
      skippedRows: result.skippedRows,
      badRows: result.badRows,
    },
  };
}
