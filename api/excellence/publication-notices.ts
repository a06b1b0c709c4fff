import type { DB } from '../db/schema.ts';
import { notify } from '../notifications/inbox.ts';

/** Notice kinds the excellence domain sends; the web translates them in the `excellence` namespace. */
export const excellenceNoticeKinds = {
  published: 'excellence.notices.published',
  cyclePublished: 'excellence.notices.cyclePublished',
  appealUpheld: 'excellence.notices.appealUpheld',
  appealRejected: 'excellence.notices.appealRejected',
} as const;

async function cycleLabel(db: DB, cycleId: string): Promise<{ number: number; year: number }> {
  const c = await db.selectFrom('excellence_cycles').select(['number', 'year']).where('id', '=', cycleId).executeTakeFirstOrThrow();
  return { number: c.number, year: c.year };
}

/** The subject's name in both languages: each translation picks its own (`subjectAr` / `subjectEn`). */
async function subjectLabel(db: DB, assessmentId: string): Promise<{ subjectAr: string; subjectEn: string }> {
  const row = await db
    .selectFrom('excellence_assessments as a')
    .innerJoin('entities as e', 'e.id', 'a.entity_id')
    .leftJoin('service_centres as sc', 'sc.id', 'a.subject_id')
    .select(['e.name_ar', 'e.name_en', 'sc.name_ar as centre_ar', 'sc.name_en as centre_en'])
    .where('a.id', '=', assessmentId)
    .executeTakeFirstOrThrow();
  return { subjectAr: row.centre_ar ?? row.name_ar, subjectEn: row.centre_en ?? row.name_en };
}

/** Tells the coordinators of one published assessment's entity that their results are out. */
export async function noticeAssessmentPublished(
  db: DB,
  a: { assessmentId: string; cycleId: string; entityId: string },
  at: Date,
): Promise<void> {
  await notify(
    db,
    [{ role: 'entity_coordinator', entityId: a.entityId }],
    {
      kind: excellenceNoticeKinds.published,
      params: { ...(await cycleLabel(db, a.cycleId)), ...(await subjectLabel(db, a.assessmentId)) },
      link: `/excellence/assessments/${a.assessmentId}/result`,
    },
    at,
  );
}

/**
 * Tells leadership once per cycle that results are published, however many assessments
 * publish one by one: a later publication in the same cycle finds the earlier notice.
 */
export async function noticeCyclePublished(db: DB, cycleId: string, at: Date): Promise<void> {
  const link = `/excellence/cycles/${cycleId}`;
  const sent = await db
    .selectFrom('notifications')
    .select('id')
    .where('kind', '=', excellenceNoticeKinds.cyclePublished)
    .where('link', '=', link)
    .limit(1)
    .executeTakeFirst();
  if (sent) return;
  await notify(
    db,
    [{ role: 'leadership' }],
    { kind: excellenceNoticeKinds.cyclePublished, params: await cycleLabel(db, cycleId), link },
    at,
  );
}

/** Tells the entity's coordinators how their appeal was decided (one kind per decision, so each reads as a sentence). */
export async function noticeAppealDecided(
  db: DB,
  a: { assessmentId: string; cycleId: string; entityId: string },
  decision: 'upheld' | 'rejected',
  nodeCode: string,
  at: Date,
): Promise<void> {
  await notify(
    db,
    [{ role: 'entity_coordinator', entityId: a.entityId }],
    {
      kind: decision === 'upheld' ? excellenceNoticeKinds.appealUpheld : excellenceNoticeKinds.appealRejected,
      params: { ...(await cycleLabel(db, a.cycleId)), node: nodeCode },
      link: `/excellence/assessments/${a.assessmentId}`,
    },
    at,
  );
}
