import { randomUUID } from 'node:crypto';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { checkEvidenceFile } from '../excellence/evidence-files.ts';

export interface VisitRow {
  id: string;
  shopperId: string;
  entityId: string;
  centreId: string;
  announced: boolean;
  state: string;
  submissionKey: string | null;
}

/** The row every visit procedure authorises on; null when there is no such visit. */
export async function findVisit(db: DB, id: string): Promise<VisitRow | null> {
  const r = await db
    .selectFrom('mystery_visits')
    .select(['id', 'shopper_id', 'entity_id', 'centre_id', 'announced', 'state', 'submission_key'])
    .where('id', '=', id)
    .executeTakeFirst();
  return r
    ? {
        id: r.id,
        shopperId: r.shopper_id,
        entityId: r.entity_id,
        centreId: r.centre_id,
        announced: r.announced,
        state: r.state,
        submissionKey: r.submission_key,
      }
    : null;
}

const visitColumns = [
  'mystery_visits.id',
  'mystery_visits.period_id',
  'mystery_visits.channel',
  'mystery_visits.planned_on',
  'mystery_visits.announced',
  'mystery_visits.state',
  'mystery_visits.score',
  'mystery_visits.return_reason',
  'mystery_visits.shopper_id',
  'service_centres.name_ar as centre_ar',
  'service_centres.name_en as centre_en',
  'service_centres.city_ar',
  'service_centres.city_en',
  'mystery_scenarios.service_ar',
  'mystery_scenarios.service_en',
] as const;

/** The shopper's own visits still to report or returned to them, soonest first; then the latest done. */
export async function myVisits(db: DB, shopperId: string) {
  const rows = await db
    .selectFrom('mystery_visits')
    .innerJoin('service_centres', 'service_centres.id', 'mystery_visits.centre_id')
    .innerJoin('mystery_scenarios', 'mystery_scenarios.id', 'mystery_visits.scenario_id')
    .select([...visitColumns])
    .where('mystery_visits.shopper_id', '=', shopperId)
    .where('mystery_visits.state', '!=', 'cancelled')
    .orderBy('mystery_visits.planned_on')
    .orderBy('mystery_visits.id')
    .limit(200)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    channel: r.channel,
    plannedOn: r.planned_on,
    state: r.state,
    returnReason: r.return_reason,
    centre: { ar: r.centre_ar, en: r.centre_en },
    city: { ar: r.city_ar, en: r.city_en },
    service: { ar: r.service_ar, en: r.service_en },
  }));
}

/** One visit with its scenario, checklist, report and photos (without their bytes). */
export async function visitDetail(db: DB, id: string) {
  const r = await db
    .selectFrom('mystery_visits')
    .innerJoin('service_centres', 'service_centres.id', 'mystery_visits.centre_id')
    .innerJoin('mystery_scenarios', 'mystery_scenarios.id', 'mystery_visits.scenario_id')
    .innerJoin('workflow_instances', 'workflow_instances.id', 'mystery_visits.id')
    .select([
      ...visitColumns,
      'mystery_visits.report',
      'mystery_visits.submitted_at',
      'mystery_scenarios.persona_ar',
      'mystery_scenarios.persona_en',
      'mystery_scenarios.checklist',
      'mystery_scenarios.code as scenario_code',
      'workflow_instances.version',
    ])
    .where('mystery_visits.id', '=', id)
    .executeTakeFirstOrThrow();
  const photos = await db
    .selectFrom('mystery_visit_photos')
    .select(['id', 'client_key', 'file_name', 'mime_type', 'size_bytes'])
    .where('visit_id', '=', id)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return {
    id: r.id,
    periodId: r.period_id,
    channel: r.channel,
    plannedOn: r.planned_on,
    announced: r.announced,
    state: r.state,
    version: r.version,
    score: r.score,
    returnReason: r.return_reason,
    shopperId: r.shopper_id,
    centre: { ar: r.centre_ar, en: r.centre_en },
    city: { ar: r.city_ar, en: r.city_en },
    scenario: { code: r.scenario_code, service: { ar: r.service_ar, en: r.service_en }, persona: { ar: r.persona_ar, en: r.persona_en } },
    checklist: r.checklist,
    report: r.report,
    submittedAt: r.submitted_at === null ? null : new Date(r.submitted_at).toISOString(),
    photos: photos.map((p) => ({
      id: p.id,
      clientKey: p.client_key,
      fileName: p.file_name,
      mimeType: p.mime_type,
      sizeBytes: p.size_bytes,
    })),
  };
}

/**
 * Stores one photo of a visit, checked like assessment evidence (type, signature, 5 MB). The
 * phone's key makes a resend after a lost answer store nothing new: it answers the photo already kept.
 */
export async function addVisitPhoto(
  db: DB,
  visitId: string,
  photo: { clientKey: string; fileName: string; mimeType: string; base64: string },
  userId: string,
  at: Date,
): Promise<{ id: string; created: boolean }> {
  if (photo.mimeType !== 'image/png' && photo.mimeType !== 'image/jpeg')
    throw new AppError('BAD_REQUEST', 'errors.excellence.fileType', { mimeType: photo.mimeType });
  const bytes = checkEvidenceFile(photo.mimeType, photo.base64);
  const id = randomUUID();
  const inserted = await db
    .insertInto('mystery_visit_photos')
    .values({
      id,
      visit_id: visitId,
      client_key: photo.clientKey,
      file_name: photo.fileName,
      mime_type: photo.mimeType,
      size_bytes: bytes.length,
      content: bytes,
      created_by: userId,
      created_at: at,
    })
    .onConflict((oc) => oc.columns(['visit_id', 'client_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id, created: true };
  const kept = await db
    .selectFrom('mystery_visit_photos')
    .select('id')
    .where('visit_id', '=', visitId)
    .where('client_key', '=', photo.clientKey)
    .executeTakeFirstOrThrow();
  return { id: kept.id, created: false };
}

/** The id of the photo this phone already sent under `clientKey`, if any. */
export async function keptPhoto(db: DB, visitId: string, clientKey: string): Promise<string | null> {
  const row = await db
    .selectFrom('mystery_visit_photos')
    .select('id')
    .where('visit_id', '=', visitId)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function visitPhoto(db: DB, visitId: string, photoId: string) {
  const p = await db
    .selectFrom('mystery_visit_photos')
    .select(['file_name', 'mime_type', 'content'])
    .where('visit_id', '=', visitId)
    .where('id', '=', photoId)
    .executeTakeFirst();
  if (!p) throw new AppError('NOT_FOUND', 'errors.mysteryShopper.photoNotFound');
  return { fileName: p.file_name, mimeType: p.mime_type, base64: Buffer.from(p.content).toString('base64') };
}
