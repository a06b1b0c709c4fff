/** One field of an audited record whose value differs between before and after. */
export interface ChangedField {
  field: string;
  before: unknown;
  after: unknown;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The top-level fields that differ between the record before and after a change, in the
 * order the record names them (a created record lists every field; a deleted one too).
 * Values are compared by their JSON, so a re-ordered key inside a nested value reads as a change.
 */
export function changedFields(before: unknown, after: unknown): ChangedField[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }));
}
