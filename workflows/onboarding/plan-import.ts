import type { Canonical, ListDefinition } from './list-definition.ts';
import type { ValidRow } from './validate-sheet.ts';

export type RowOutcome = 'created' | 'updated' | 'unchanged';

export interface PlannedRow<R> {
  row: number;
  key: string;
  record: R;
  outcome: RowOutcome;
  /** What the database holds now, for the audit row's "before" (null when created). */
  before: Canonical | null;
  after: Canonical;
}

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Canonical records compare equal when every field does; lists (roles) compare as sorted sets. */
export function sameCanonical(a: Canonical, b: Canonical): boolean {
  const norm = (c: Canonical) =>
    JSON.stringify(
      Object.keys(c)
        .sort()
        .map((k) => {
          const v = c[k];
          return [k, Array.isArray(v) ? [...v].sort() : v];
        }),
    );
  return norm(a) === norm(b);
}

/**
 * What importing the valid rows would do against what the database holds (by key):
 * create the new, update the changed, leave the rest. Uploading the same file twice plans
 * only `unchanged` the second time.
 */
export function planImport<R>(
  def: ListDefinition<R>,
  rows: readonly ValidRow<R>[],
  existing: ReadonlyMap<string, Canonical>,
): PlannedRow<R>[] {
  return rows.map(({ row, record }) => {
    const key = def.keyOf(record);
    const after = def.canonical(record);
    const before = existing.get(key) ?? null;
    const outcome: RowOutcome = before === null ? 'created' : sameCanonical(before, after) ? 'unchanged' : 'updated';
    return { row, key, record, outcome, before, after };
  });
}

export function countOutcomes(plan: readonly PlannedRow<unknown>[]): ImportCounts {
  const counts: ImportCounts = { created: 0, updated: 0, unchanged: 0 };
  for (const p of plan) counts[p.outcome]++;
  return counts;
}
