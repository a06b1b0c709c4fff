import { randomUUID } from 'node:crypto';
import type { DB } from '../db/schema.ts';

export interface NewEvidence {
  assessmentId: string;
  /** The assessment's entity: an uploaded file joins its evidence library. */
  entityId: string;
  nodeCode: string;
  kind: 'text' | 'link' | 'file';
  body: string;
  file?: { name: string; mimeType: string; bytes: Buffer } | undefined;
  userId: string;
  at: Date;
}

/** Adds evidence to a criterion; an uploaded file is stored once in the entity's library and linked. */
export async function addEvidence(db: DB, e: NewEvidence): Promise<string> {
  let fileId: string | null = null;
  if (e.file) {
    fileId = randomUUID();
    await db
      .insertInto('excellence_evidence_files')
      .values({
        id: fileId,
        entity_id: e.entityId,
        file_name: e.file.name,
        mime_type: e.file.mimeType,
        size_bytes: e.file.bytes.length,
        content: e.file.bytes,
        uploaded_by: e.userId,
        uploaded_at: e.at,
      })
      .execute();
  }
  return insertEvidence(db, {
    assessmentId: e.assessmentId,
    nodeCode: e.nodeCode,
    kind: e.kind,
    body: e.body,
    file: e.file && fileId ? { id: fileId, name: e.file.name, mimeType: e.file.mimeType, sizeBytes: e.file.bytes.length } : null,
    userId: e.userId,
    at: e.at,
  });
}

/** One evidence row; a file is a link to a library file (its name and type are kept for listing). */
export async function insertEvidence(
  db: DB,
  e: {
    assessmentId: string;
    nodeCode: string;
    kind: 'text' | 'link' | 'file';
    body: string;
    file: { id: string; name: string; mimeType: string; sizeBytes: number } | null;
    userId: string;
    at: Date;
  },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('excellence_evidence')
    .values({
      id,
      assessment_id: e.assessmentId,
      node_code: e.nodeCode,
      kind: e.kind,
      body: e.body,
      file_name: e.file?.name ?? null,
      mime_type: e.file?.mimeType ?? null,
      size_bytes: e.file?.sizeBytes ?? null,
      content: null,
      file_id: e.file?.id ?? null,
      created_by: e.userId,
      created_at: e.at,
    })
    .execute();
  return id;
}

/** Evidence of an assessment without file contents (those are fetched one at a time). */
export async function listEvidence(db: DB, assessmentId: string) {
  const rows = await db
    .selectFrom('excellence_evidence')
    .select(['id', 'node_code', 'kind', 'body', 'file_id', 'file_name', 'mime_type', 'size_bytes', 'created_by', 'created_at'])
    .where('assessment_id', '=', assessmentId)
    .orderBy('node_code')
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    nodeCode: r.node_code,
    kind: r.kind,
    body: r.body,
    fileId: r.file_id,
    fileName: r.file_name,
    mimeType: r.mime_type,
    sizeBytes: r.size_bytes,
    createdBy: r.created_by,
    createdAt: r.created_at,
  }));
}
