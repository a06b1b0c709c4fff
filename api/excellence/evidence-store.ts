import { randomUUID } from 'node:crypto';
import type { DB } from '../db/schema.ts';

export interface NewEvidence {
  assessmentId: string;
  nodeCode: string;
  kind: 'text' | 'link' | 'file';
  body: string;
  file?: { name: string; mimeType: string; bytes: Buffer } | undefined;
  userId: string;
  at: Date;
}

export async function addEvidence(db: DB, e: NewEvidence): Promise<string> {
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
      size_bytes: e.file?.bytes.length ?? null,
      content: e.file?.bytes ?? null,
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
    .select(['id', 'node_code', 'kind', 'body', 'file_name', 'mime_type', 'size_bytes', 'created_by', 'created_at'])
    .where('assessment_id', '=', assessmentId)
    .orderBy('node_code')
    .orderBy('created_at')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    nodeCode: r.node_code,
    kind: r.kind,
    body: r.body,
    fileName: r.file_name,
    mimeType: r.mime_type,
    sizeBytes: r.size_bytes,
    createdBy: r.created_by,
    createdAt: r.created_at,
  }));
}
