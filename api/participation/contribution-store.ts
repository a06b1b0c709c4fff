import { randomUUID } from 'node:crypto';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { inTransaction } from '../../engine/workflow/transaction.ts';

/** A new contribution waits for a moderator; nothing a visitor writes shows before that. */
export async function addContribution(
  db: DB,
  args: { consultationId: string; userId: string | null; authorName: string; body: string },
  now: Date,
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('consultation_contributions')
    .values({
      id,
      consultation_id: args.consultationId,
      author_user_id: args.userId,
      author_name: args.authorName,
      body: args.body,
      status: 'pending',
      hidden_reason: null,
      moderated_by: null,
      moderated_at: null,
      reports: 0,
      created_at: now,
    })
    .execute();
  return id;
}

/** Published contributions of a consultation, oldest first: what the public page shows. */
export async function publishedContributions(db: DB, consultationId: string) {
  const rows = await db
    .selectFrom('consultation_contributions')
    .select(['id', 'author_name', 'body', 'created_at'])
    .where('consultation_id', '=', consultationId)
    .where('status', '=', 'published')
    .orderBy('created_at')
    .orderBy('id')
    .limit(500)
    .execute();
  return rows.map((r) => ({ id: r.id, authorName: r.author_name, body: r.body, createdAt: new Date(r.created_at).toISOString() }));
}

/** A published contribution of a public consultation, or NOT_FOUND: only those can be reported. */
export async function assertReportable(db: DB, contributionId: string): Promise<void> {
  const target = await db
    .selectFrom('consultation_contributions')
    .innerJoin('consultations', 'consultations.id', 'consultation_contributions.consultation_id')
    .select(['consultation_contributions.id'])
    .where('consultation_contributions.id', '=', contributionId)
    .where('consultation_contributions.status', '=', 'published')
    .where('consultations.phase', 'in', ['open', 'closed', 'responded'])
    .executeTakeFirst();
  if (!target) throw new AppError('NOT_FOUND', 'errors.participation.contributionNotFound');
}

/**
 * One report per reporter: a second report from the same account or address changes nothing.
 * A report on a contribution the public cannot see reads as unknown.
 */
export async function reportContribution(db: DB, contributionId: string, reporterKey: string, reason: string, now: Date): Promise<void> {
  await inTransaction(db, async (trx) => {
    await assertReportable(trx, contributionId);
    const inserted = await trx
      .insertInto('consultation_reports')
      .values({ contribution_id: contributionId, reporter_key: reporterKey, reason, created_at: now })
      .onConflict((oc) => oc.columns(['contribution_id', 'reporter_key']).doNothing())
      .returning('contribution_id')
      .executeTakeFirst();
    if (inserted) {
      await trx
        .updateTable('consultation_contributions')
        .set((eb) => ({ reports: eb('reports', '+', 1) }))
        .where('id', '=', contributionId)
        .execute();
    }
  });
}

/**
 * The moderation queue: pending contributions, and published ones visitors reported, of the
 * consultations of `entityIds` ('all' for the programme office; null entity = the programme's own).
 */
export async function moderationQueue(db: DB, scope: 'all' | readonly string[]) {
  if (scope !== 'all' && scope.length === 0) return [];
  let query = db
    .selectFrom('consultation_contributions as c')
    .innerJoin('consultations as k', 'k.id', 'c.consultation_id')
    .select([
      'c.id',
      'c.consultation_id',
      'c.author_name',
      'c.body',
      'c.status',
      'c.reports',
      'c.created_at',
      'k.title_ar',
      'k.title_en',
      'k.entity_id',
    ])
    .where((eb) => eb.or([eb('c.status', '=', 'pending'), eb.and([eb('c.status', '=', 'published'), eb('c.reports', '>', 0)])]))
    .orderBy('c.reports', 'desc')
    .orderBy('c.created_at')
    .limit(200);
  if (scope !== 'all') query = query.where('k.entity_id', 'in', scope);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    consultationId: r.consultation_id,
    consultationTitle: { ar: r.title_ar, en: r.title_en },
    entityId: r.entity_id,
    authorName: r.author_name,
    body: r.body,
    status: r.status,
    reports: r.reports,
    createdAt: new Date(r.created_at).toISOString(),
  }));
}

/** The consultation a contribution belongs to, for the moderator's access check. */
export async function contributionOwner(db: DB, contributionId: string) {
  const row = await db
    .selectFrom('consultation_contributions as c')
    .innerJoin('consultations as k', 'k.id', 'c.consultation_id')
    .select(['c.id', 'c.status', 'k.entity_id', 'k.id as consultation_id'])
    .where('c.id', '=', contributionId)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.participation.contributionNotFound');
  return row;
}

/** Publishes or hides (with a reason the author's public place shows nothing of); reports are then settled. */
export async function moderateContribution(
  db: DB,
  args: { contributionId: string; decision: 'publish' | 'hide'; reason: string | null; moderatorId: string },
  now: Date,
): Promise<void> {
  await db
    .updateTable('consultation_contributions')
    .set({
      status: args.decision === 'publish' ? 'published' : 'hidden',
      hidden_reason: args.decision === 'hide' ? args.reason : null,
      moderated_by: args.moderatorId,
      moderated_at: now,
      reports: 0,
    })
    .where('id', '=', args.contributionId)
    .execute();
}
