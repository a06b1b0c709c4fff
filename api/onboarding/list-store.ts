import type { DB } from '../db/schema.ts';
import type { AuditedRecordKind } from '../../workflows/registry/audited-records.ts';
import type { Canonical } from '../../workflows/onboarding/list-definition.ts';
import type { PlannedRow } from '../../workflows/onboarding/plan-import.ts';

/**
 * Where one list's records live: what the database holds under the file's keys (in the
 * list's canonical form), and how one planned row is written. `write` returns the record's
 * id for the audit row; it runs inside the import's transaction.
 */
export interface ListStore<R> {
  /** The admin_changes subject kind. */
  subjectKind: AuditedRecordKind;
  /** True when `write` goes through a domain store that records its own audit row (the catalogue's). */
  auditsItself?: boolean;
  existing(db: DB, keys: readonly string[]): Promise<Map<string, Canonical>>;
  write(db: DB, planned: PlannedRow<R>, by: { actorId: string; at: Date }): Promise<string>;
}

/** `IN (...)` lists stay well under both drivers' parameter limits. */
export async function inChunks<T>(keys: readonly string[], load: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < keys.length; i += 1000) out.push(...(await load(keys.slice(i, i + 1000))));
  return out;
}
