import { z } from 'zod';
import { router } from '../trpc/init.ts';
import { administratorProcedure } from './admin-procedure.ts';
import { changedFields } from './changed-fields.ts';
import { auditedRecordKinds } from '../../workflows/registry/audited-records.ts';

const pageInput = z.object({
  subjectKind: z.enum(auditedRecordKinds).optional(),
  subjectId: z.string().min(1).max(100).optional(),
  actorId: z.string().min(1).max(100).optional(),
  /** The id of the oldest change already shown: the next page starts below it. */
  cursor: z
    .string()
    .regex(/^\d{1,18}$/)
    .optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

type Named = { nameAr?: unknown; nameEn?: unknown; name_ar?: unknown; name_en?: unknown; displayNameAr?: unknown; displayNameEn?: unknown };

/** The record's name as its audit view carried it, in both languages, or null for one without a name. */
function subjectName(record: unknown): { ar: string; en: string } | null {
  if (typeof record !== 'object' || record === null) return null;
  const r = record as Named;
  const ar = r.nameAr ?? r.name_ar ?? r.displayNameAr;
  const en = r.nameEn ?? r.name_en ?? r.displayNameEn;
  return typeof ar === 'string' || typeof en === 'string' ? { ar: String(ar ?? en), en: String(en ?? ar) } : null;
}

/** The administration trail, newest first: who changed which record, when, and which fields. */
export const adminChangesRouter = router({
  list: administratorProcedure.input(pageInput).query(async ({ ctx, input }) => {
    let q = ctx.db
      .selectFrom('admin_changes')
      .leftJoin('users', 'users.id', 'admin_changes.actor_id')
      .select([
        'admin_changes.id',
        'admin_changes.at',
        'admin_changes.actor_id',
        'admin_changes.subject_kind',
        'admin_changes.subject_id',
        'admin_changes.action',
        'admin_changes.before',
        'admin_changes.after',
        'users.display_name_ar',
        'users.display_name_en',
      ])
      .orderBy('admin_changes.id', 'desc')
      .limit(input.limit + 1);
    if (input.subjectKind) q = q.where('admin_changes.subject_kind', '=', input.subjectKind);
    if (input.subjectId) q = q.where('admin_changes.subject_id', '=', input.subjectId);
    if (input.actorId) q = q.where('admin_changes.actor_id', '=', input.actorId);
    if (input.cursor) q = q.where('admin_changes.id', '<', input.cursor);
    const rows = await q.execute();
    const page = rows.slice(0, input.limit);
    return {
      items: page.map((r) => ({
        id: String(r.id),
        at: new Date(r.at as unknown as Date).toISOString(),
        actor: r.actor_id ? { id: r.actor_id, nameAr: r.display_name_ar ?? r.actor_id, nameEn: r.display_name_en ?? r.actor_id } : null,
        subjectKind: r.subject_kind,
        subjectId: r.subject_id,
        subjectName: subjectName(r.after) ?? subjectName(r.before),
        action: r.action,
        changes: changedFields(r.before, r.after),
      })),
      nextCursor: rows.length > input.limit ? String(page.at(-1)!.id) : null,
    };
  }),
});
