import { z } from 'zod';
import type { BadCell } from './cx-import-rows.ts';

/** The column a pushed row names itself by, in the entity system's own terms. */
export const externalIdColumn = 'external_id';

export const externalIdMessageKeys = {
  invalid: 'cx_import.invalid_external_id',
  repeated: 'cx_import.repeated_external_id',
} as const;

/** Printable ASCII without spaces: what ticket numbers and UUIDs look like, and safe in any report. */
export const externalIdSchema = z
  .string({ error: 'cx_import.required' })
  .min(1, { error: 'cx_import.required' })
  .max(100, { error: 'cx_import.too_long' })
  .regex(/^[\x21-\x7E]+$/, { error: externalIdMessageKeys.invalid });

/**
 * Checks each row's external id; an id given twice in one push is a bad row the second time
 * (`seen` spans the whole push, batch after batch). Returns the id of every row with a good one.
 */
export function checkExternalIds(
  rows: readonly Record<string, string | undefined>[],
  firstRowNumber: number,
  seen: Set<string>,
): { ids: Map<number, string>; bad: BadCell[] } {
  const ids = new Map<number, string>();
  const bad: BadCell[] = [];
  rows.forEach((raw, i) => {
    const row = firstRowNumber + i;
    const parsed = externalIdSchema.safeParse(raw[externalIdColumn]);
    if (!parsed.success) {
      bad.push({ row, column: externalIdColumn, messageKey: parsed.error.issues[0]?.message ?? externalIdMessageKeys.invalid });
      return;
    }
    if (seen.has(parsed.data)) {
      bad.push({ row, column: externalIdColumn, messageKey: externalIdMessageKeys.repeated });
      return;
    }
    seen.add(parsed.data);
    ids.set(row, parsed.data);
  });
  return { ids, bad };
}
