import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';

export interface ResponseText {
  heard: { ar: string; en: string };
  willDo: { ar: string; en: string };
}

/**
 * Writes the response and its gap links inside the caller's transaction. Every gap must be the
 * owning entity's (the programme's own consultation may link any entity's): a gap elsewhere
 * reads as unknown, as in the register.
 */
export async function writeResponse(
  trx: DB,
  args: ResponseText & { consultationId: string; entityId: string | null; gapIds: readonly string[]; userId: string },
  now: Date,
): Promise<void> {
  const gapIds = [...new Set(args.gapIds)];
  if (gapIds.length > 0) {
    let query = trx.selectFrom('gaps').select('id').where('id', 'in', gapIds);
    if (args.entityId !== null) query = query.where('entity_id', '=', args.entityId);
    const found = await query.execute();
    if (found.length !== gapIds.length) throw new AppError('BAD_REQUEST', 'errors.participation.gapUnknown');
  }
  await trx
    .insertInto('consultation_responses')
    .values({
      consultation_id: args.consultationId,
      heard_ar: args.heard.ar,
      heard_en: args.heard.en,
      will_do_ar: args.willDo.ar,
      will_do_en: args.willDo.en,
      published_by: args.userId,
      published_at: now,
    })
    .execute();
  if (gapIds.length > 0) {
    await trx
      .insertInto('consultation_response_gaps')
      .values(gapIds.map((gapId) => ({ consultation_id: args.consultationId, gap_id: gapId })))
      .execute();
  }
}

/**
 * "You said, we did": the response with each linked gap and the actions that address it, read
 * from the register and the actions' read model at the time of asking, so the page shows each
 * action's progress as it moves. Only public fields: code, title, status, progress, due date.
 */
export async function publishedResponse(db: DB, consultationId: string) {
  const response = await db
    .selectFrom('consultation_responses')
    .selectAll()
    .where('consultation_id', '=', consultationId)
    .executeTakeFirst();
  if (!response) return null;
  const gaps = await db
    .selectFrom('consultation_response_gaps as l')
    .innerJoin('gaps as g', 'g.id', 'l.gap_id')
    .select(['g.id', 'g.code', 'g.title', 'g.status'])
    .where('l.consultation_id', '=', consultationId)
    .orderBy('g.code')
    .execute();
  const actions =
    gaps.length === 0
      ? []
      : await db
          .selectFrom('action_gaps as ag')
          .innerJoin('actions as a', 'a.id', 'ag.action_id')
          .select(['ag.gap_id', 'a.id', 'a.code', 'a.title', 'a.status', 'a.progress', 'a.due_at'])
          .where(
            'ag.gap_id',
            'in',
            gaps.map((g) => g.id),
          )
          .where('a.status', '!=', 'draft')
          .orderBy('a.due_at')
          .execute();
  return {
    heard: { ar: response.heard_ar, en: response.heard_en },
    willDo: { ar: response.will_do_ar, en: response.will_do_en },
    publishedAt: new Date(response.published_at).toISOString(),
    gaps: gaps.map((g) => ({
      id: g.id,
      code: g.code,
      title: g.title,
      status: g.status,
      actions: actions
        .filter((a) => a.gap_id === g.id)
        .map((a) => ({
          id: a.id,
          code: a.code,
          title: a.title,
          status: a.status,
          progress: a.status === 'done' || a.status === 'verified' ? 100 : a.progress,
          dueAt: new Date(a.due_at).toISOString(),
        })),
    })),
  };
}
