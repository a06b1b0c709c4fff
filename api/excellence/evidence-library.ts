import { TRPCError } from '@trpc/server';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { recordAdminChange } from '../admin/admin-change.ts';
import { coordinatesEntity } from '../access/grants.ts';
import type { SessionUser } from '../trpc/context.ts';
import { isProgramme, type LoadedAssessment } from './assessment-access.ts';
import { insertEvidence } from './evidence-store.ts';
import type { AssessmentContext } from '../../workflows/excellence/assessment-machine.ts';

const notFound = () => new AppError('NOT_FOUND', 'errors.excellence.evidenceNotFound');

/** An entity's evidence library: every file it uploaded, with the criteria of each cycle that link to it. */
export async function libraryOf(db: DB, entityId: string) {
  const files = await db
    .selectFrom('excellence_evidence_files')
    .select(['id', 'file_name', 'mime_type', 'size_bytes', 'uploaded_by', 'uploaded_at'])
    .where('entity_id', '=', entityId)
    .orderBy('uploaded_at', 'desc')
    .orderBy('id')
    .execute();
  const links =
    files.length === 0
      ? []
      : await db
          .selectFrom('excellence_evidence as e')
          .innerJoin('excellence_assessments as a', 'a.id', 'e.assessment_id')
          .innerJoin('excellence_cycles as c', 'c.id', 'a.cycle_id')
          .select(['e.id', 'e.file_id', 'e.assessment_id', 'e.node_code', 'c.number', 'c.year'])
          .where(
            'e.file_id',
            'in',
            files.map((f) => f.id),
          )
          .orderBy('c.year')
          .orderBy('c.number')
          .orderBy('e.node_code')
          .execute();
  return files.map((f) => ({
    id: f.id,
    fileName: f.file_name,
    mimeType: f.mime_type,
    sizeBytes: f.size_bytes,
    uploadedAt: f.uploaded_at,
    links: links
      .filter((l) => l.file_id === f.id)
      .map((l) => ({ evidenceId: l.id, assessmentId: l.assessment_id, nodeCode: l.node_code, cycleNumber: l.number, cycleYear: l.year })),
  }));
}

/** Links a file of the entity's library to one more criterion (no bytes are copied). */
export async function reuseLibraryFile(db: DB, a: LoadedAssessment, nodeCode: string, fileId: string, userId: string, at: Date) {
  const file = await db
    .selectFrom('excellence_evidence_files')
    .select(['id', 'file_name', 'mime_type', 'size_bytes'])
    .where('id', '=', fileId)
    .where('entity_id', '=', a.entityId)
    .executeTakeFirst();
  // Another entity's file is answered as missing: its existence is not theirs to learn.
  if (!file) throw notFound();
  const linked = await db
    .selectFrom('excellence_evidence')
    .select('id')
    .where('assessment_id', '=', a.id)
    .where('node_code', '=', nodeCode)
    .where('file_id', '=', fileId)
    .executeTakeFirst();
  if (linked) throw new AppError('CONFLICT', 'errors.excellence.evidenceAlreadyLinked', { node: nodeCode });
  return insertEvidence(db, {
    assessmentId: a.id,
    nodeCode,
    kind: 'file',
    body: '',
    file: { id: file.id, name: file.file_name, mimeType: file.mime_type, sizeBytes: file.size_bytes },
    userId,
    at,
  });
}

/** Takes one piece of evidence off a criterion, with an audit row; a linked file stays in the library. */
export async function removeEvidence(trx: DB, a: LoadedAssessment, evidenceId: string, actorId: string): Promise<void> {
  const row = await trx
    .selectFrom('excellence_evidence')
    .select(['id', 'node_code', 'kind', 'body', 'file_id', 'file_name'])
    .where('id', '=', evidenceId)
    .where('assessment_id', '=', a.id)
    .executeTakeFirst();
  if (!row) throw notFound();
  await trx.deleteFrom('excellence_evidence').where('id', '=', row.id).execute();
  await recordAdminChange(trx, {
    actorId,
    subjectKind: 'excellence_evidence',
    subjectId: row.id,
    action: 'removed',
    before: { assessmentId: a.id, nodeCode: row.node_code, kind: row.kind, body: row.body, fileId: row.file_id, fileName: row.file_name },
  });
}

/**
 * Deletes a file from the entity's library with the links to it, with an audit row. Refused
 * while any submitted self-assessment links to it: what was submitted stays as submitted.
 */
export async function removeLibraryFile(trx: DB, entityId: string, fileId: string, actorId: string): Promise<void> {
  const file = await trx
    .selectFrom('excellence_evidence_files')
    .select(['id', 'file_name', 'mime_type', 'size_bytes'])
    .where('id', '=', fileId)
    .where('entity_id', '=', entityId)
    .forUpdate()
    .executeTakeFirst();
  if (!file) throw notFound();
  const links = await trx
    .selectFrom('excellence_evidence as e')
    .innerJoin('workflow_instances as w', 'w.id', 'e.assessment_id')
    .select(['e.id', 'e.assessment_id', 'e.node_code', 'w.state'])
    .where('e.file_id', '=', fileId)
    .execute();
  if (links.some((l) => !l.state.startsWith('self_assessment')))
    throw new AppError('PRECONDITION_FAILED', 'errors.excellence.evidenceSubmitted');
  await trx.deleteFrom('excellence_evidence').where('file_id', '=', fileId).execute();
  await trx.deleteFrom('excellence_evidence_files').where('id', '=', fileId).execute();
  await recordAdminChange(trx, {
    actorId,
    subjectKind: 'excellence_evidence_file',
    subjectId: fileId,
    action: 'removed',
    before: {
      entityId,
      fileName: file.file_name,
      mimeType: file.mime_type,
      sizeBytes: file.size_bytes,
      links: links.map((l) => ({ assessmentId: l.assessment_id, nodeCode: l.node_code })),
    },
  });
}

/**
 * A library file's bytes for someone who may see them: the programme, the entity's
 * coordinator, or an assessor on the team of an assessment that links to the file.
 * Anyone else is told it does not exist.
 */
export async function readableEvidenceFile(db: DB, user: SessionUser, fileId: string) {
  const file = await db.selectFrom('excellence_evidence_files').selectAll().where('id', '=', fileId).executeTakeFirst();
  if (!file) throw new TRPCError({ code: 'NOT_FOUND', message: 'errors.notFound' });
  if (isProgramme(user) || coordinatesEntity(user, file.entity_id)) return file;
  const teams = await db
    .selectFrom('excellence_evidence as e')
    .innerJoin('workflow_instances as w', 'w.id', 'e.assessment_id')
    .select('w.snapshot')
    .where('e.file_id', '=', fileId)
    .execute();
  const onTeam = teams.some((t) => (t.snapshot as { context: AssessmentContext }).context.assessorIds.includes(user.id));
  if (!onTeam) throw new TRPCError({ code: 'NOT_FOUND', message: 'errors.notFound' });
  return file;
}
