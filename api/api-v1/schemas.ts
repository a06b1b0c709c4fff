import { z } from 'zod';
import { cxImportSchemas, type CxImportKind } from '../../workflows/journeys/cx-import-rows.ts';
import { externalIdSchema } from '../../workflows/journeys/cx-external-ids.ts';
import { gapSeverities, gapStatuses } from '../../workflows/improvement/gap.ts';
import { actionStatuses } from '../../workflows/improvement/action-status.ts';

/**
 * The shapes of /api/v1, as zod schemas: the endpoints parse with them and the OpenAPI
 * document (openapi.ts) is generated from them, so the two cannot drift apart.
 */

/** A cell as a system sends it: text or a number; null or absent is a blank cell. */
const cellValue = z.union([z.string(), z.number(), z.null()]);

/** The body of every push. Rows are checked one by one afterwards, with a row report (not here). */
export const pushBodySchema = z
  .object({
    mode: z
      .enum(['refuse', 'skip'])
      .default('refuse')
      .describe('refuse: one bad row refuses the whole push (nothing is written); skip: bad rows are left out, the rest written.'),
    rows: z.array(z.record(z.string(), cellValue)).min(1).max(50_000),
  })
  .strict();

/** What a row of each kind holds, for the document: the import's own row schema plus the external id. */
export function pushRowSchema(kind: CxImportKind) {
  return cxImportSchemas[kind].extend({
    external_id: externalIdSchema.describe(
      'Your system’s id for this row, unique per entity and kind. A row whose id was pushed before is reported unchanged and not written again.',
    ),
  });
}

export const badRowSchema = z.object({
  index: z.number().int().min(0).describe('Position of the row in `rows`, from 0.'),
  column: z.string(),
  messageKey: z.string().describe('Translation key of the reason, e.g. cx_import.invalid_date.'),
});

export const pushResultSchema = z.object({
  status: z.literal('imported'),
  importId: z.string(),
  totalRows: z.number().int(),
  createdRows: z.number().int().describe('Rows written by this push.'),
  unchangedRows: z.number().int().describe('Rows whose external id was already stored: not written again.'),
  skippedRows: z.number().int().describe('Bad rows left out (mode skip).'),
  badRows: z.array(badRowSchema),
});

export const errorSchema = z.object({
  error: z.object({
    status: z.number().int(),
    messageKey: z.string().describe('Translation key of the reason, e.g. errors.apiTokens.revoked.'),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
  /** Only for a refused push: every bad cell. */
  badRows: z.array(badRowSchema).optional(),
  badRowCount: z.number().int().optional(),
  totalRows: z.number().int().optional(),
});
export type ApiError = z.infer<typeof errorSchema>;

const page = {
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
};

export const gapsQuerySchema = z.object({ ...page, status: z.enum(gapStatuses).optional() }).strict();
export const actionsQuerySchema = z.object({ ...page, status: z.enum(actionStatuses).optional() }).strict();

export const gapSchema = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  description: z.string(),
  severity: z.enum(gapSeverities),
  status: z.enum(gapStatuses),
  criterionCode: z.string().nullable(),
  raisedAt: z.string(),
  closedAt: z.string().nullable(),
});

export const actionSchema = z.object({
  id: z.string(),
  code: z.string().nullable(),
  planId: z.string(),
  title: z.string(),
  status: z.enum(actionStatuses),
  progress: z.number(),
  dueAt: z.string(),
  gapIds: z.array(z.string()),
});

export const gapsPageSchema = z.object({ total: z.number().int(), items: z.array(gapSchema) });
export const actionsPageSchema = z.object({ total: z.number().int(), items: z.array(actionSchema) });
