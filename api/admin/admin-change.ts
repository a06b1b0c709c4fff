import type { DB } from '../db/schema.ts';
import type { AuditedRecordKind } from '../../workflows/registry/audited-records.ts';

export interface AdminChange {
  actorId: string | null;
  subjectKind: AuditedRecordKind;
  subjectId: string;
  action: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Records one administrative change. Call it inside the transaction that makes the change,
 * so a change and its audit row commit together or not at all.
 */
export async function recordAdminChange(db: DB, change: AdminChange): Promise<void> {
  await db
    .insertInto('admin_changes')
    .values({
      actor_id: change.actorId,
      subject_kind: change.subjectKind,
      subject_id: change.subjectId,
      action: change.action,
      before: change.before === undefined ? null : JSON.stringify(change.before),
      after: change.after === undefined ? null : JSON.stringify(change.after),
    })
    .execute();
}

/** The trail of one record, oldest first. */
export function adminChangesOf(db: DB, subjectKind: AuditedRecordKind, subjectId: string) {
  return db
    .selectFrom('admin_changes')
    .selectAll()
    .where('subject_kind', '=', subjectKind)
    .where('subject_id', '=', subjectId)
    .orderBy('at')
    .orderBy('id');
}
