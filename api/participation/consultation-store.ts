import type { Selectable } from 'kysely';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import type { ConsultationsTable } from './tables.ts';
import type { ConsultationFields } from './consultation-inputs.ts';

export type ConsultationRow = Selectable<ConsultationsTable>;

/** The row, or NOT_FOUND with the participation key (a bad id reads as unknown). */
export async function loadConsultation(db: DB, id: string, options: { lock?: boolean } = {}): Promise<ConsultationRow> {
  let query = db.selectFrom('consultations').selectAll().where('id', '=', id);
  if (options.lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.participation.notFound');
  return row;
}

/** The columns a form's fields set (the dates live in the machine too; the effect keeps them equal). */
export function fieldColumns(fields: ConsultationFields) {
  return {
    subject_kind: fields.subjectKind,
    subject_ref: fields.subjectRef,
    title_ar: fields.title.ar,
    title_en: fields.title.en,
    body_ar: fields.body.ar,
    body_en: fields.body.en,
    identification: fields.identification,
    results_visibility: fields.resultsVisibility,
    comments_enabled: fields.commentsEnabled,
    questions: JSON.stringify(fields.questions),
    opens_at: new Date(fields.opensAt),
    closes_at: new Date(fields.closesAt),
  };
}

/** The open date must come before the close date; refused before anything is written. */
export function assertDatesInOrder(fields: Pick<ConsultationFields, 'opensAt' | 'closesAt'>): void {
  if (Date.parse(fields.opensAt) >= Date.parse(fields.closesAt)) throw new AppError('BAD_REQUEST', 'errors.participation.datesOrder');
}

/** What every list shows of a consultation. */
export function summaryOf(row: ConsultationRow) {
  return {
    id: row.id,
    entityId: row.entity_id,
    subjectKind: row.subject_kind,
    title: { ar: row.title_ar, en: row.title_en },
    phase: row.phase,
    identification: row.identification,
    commentsEnabled: row.comments_enabled,
    questionCount: row.questions.length,
    opensAt: new Date(row.opens_at).toISOString(),
    closesAt: new Date(row.closes_at).toISOString(),
  };
}
