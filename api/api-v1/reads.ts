import { sql } from 'kysely';
import type { z } from 'zod';
import type { DB } from '../db/schema.ts';
import { listGaps } from '../improvement/gap-store.ts';
import type { actionsPageSchema, actionsQuerySchema, gapsPageSchema, gapsQuerySchema } from './schemas.ts';

/** The entity's own gaps, in the register's order (most severe, oldest first). */
export async function entityGaps(db: DB, entityId: string, q: z.infer<typeof gapsQuerySchema>): Promise<z.infer<typeof gapsPageSchema>> {
  const page = await listGaps(db, { entityIds: [entityId], ...(q.status && { statuses: [q.status] }) }, q);
  return {
    total: page.total,
    items: page.items.map((g) => ({
      id: g.id,
      code: g.code,
      title: g.title,
      description: g.description,
      severity: g.severity,
      status: g.status,
      criterionCode: g.criterionCode,
      raisedAt: g.raisedAt,
      closedAt: g.closedAt,
    })),
  };
}

/** The entity's own improvement actions, soonest due first, with the gaps each answers. */
export async function entityActions(
  db: DB,
  entityId: string,
  q: z.infer<typeof actionsQuerySchema>,
): Promise<z.infer<typeof actionsPageSchema>> {
  let base = db.selectFrom('actions').where('entity_id', '=', entityId);
  if (q.status) base = base.where('status', '=', q.status);
  const { n } = await base.select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .select(['id', 'code', 'plan_id', 'title', 'status', 'progress', 'due_at'])
    .orderBy('due_at')
    .orderBy('id')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  const links =
    rows.length === 0
      ? []
      : await db
          .selectFrom('action_gaps')
          .select(['action_id', 'gap_id'])
          .where(
            'action_id',
            'in',
            rows.map((r) => r.id),
          )
          .orderBy('gap_id')
          .execute();
  return {
    total: Number(n),
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      planId: r.plan_id,
      title: r.title,
      status: r.status,
      progress: Number(r.progress),
      dueAt: new Date(r.due_at).toISOString(),
      gapIds: links.filter((l) => l.action_id === r.id).map((l) => l.gap_id),
    })),
  };
}
