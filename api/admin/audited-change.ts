import type { DB } from '../db/schema.ts';
import { recordAdminChange } from './admin-change.ts';
import type { AuditedRecordKind } from '../../workflows/registry/audited-records.ts';

export interface AuditedChange<Row extends { id: string }, View> {
  actorId: string;
  subjectKind: AuditedRecordKind;
  action: string;
  /** The record as it is, read FOR UPDATE in `trx`; undefined when there is none. */
  current: Row | undefined;
  notFound(): Error;
  view(row: Row): View;
  /** Already as asked (archiving an archived record): answered as it is, with no audit row. */
  unchanged?(current: Row): boolean;
  /** Refuses the change (throws) before anything is written. */
  check?(current: Row): void | Promise<void>;
  /** Writes the change and answers the record as it is after. */
  write(current: Row): Promise<Row>;
}

/**
 * One change to one administered record: refused, or written with its before and after in
 * admin_changes in the caller's transaction, so the change and its audit row commit together.
 */
export async function changeAudited<Row extends { id: string }, View>(trx: DB, change: AuditedChange<Row, View>): Promise<View> {
  const { current } = change;
  if (!current) throw change.notFound();
  if (change.unchanged?.(current)) return change.view(current);
  await change.check?.(current);
  const row = await change.write(current);
  const after = change.view(row);
  await recordAdminChange(trx, {
    actorId: change.actorId,
    subjectKind: change.subjectKind,
    subjectId: row.id,
    action: change.action,
    before: change.view(current),
    after,
  });
  return after;
}
