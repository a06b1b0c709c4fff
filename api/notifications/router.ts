import { z } from 'zod';
import { authedProcedure, router } from '../trpc/init.ts';
import { inboxQuery } from './inbox.ts';

/** The signed-in user's own inbox; nobody reads anyone else's. */
export const notificationsRouter = router({
  list: authedProcedure
    .input(
      z
        .object({ unreadOnly: z.boolean().default(false), limit: z.number().int().min(1).max(200).default(50) })
        .default({ unreadOnly: false, limit: 50 }),
    )
    .query(async ({ ctx, input }) => {
      let q = inboxQuery(ctx.db, ctx.user.id);
      if (input.unreadOnly) q = q.where('read_at', 'is', null);
      const rows = await q.limit(input.limit).execute();
      return rows.map((n) => ({
        id: Number(n.id),
        kind: n.kind,
        params: n.params,
        link: n.link,
        createdAt: new Date(n.created_at).toISOString(),
        readAt: n.read_at ? new Date(n.read_at).toISOString() : null,
      }));
    }),

  unreadCount: authedProcedure.query(async ({ ctx }) => {
    const row = await ctx.db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('recipient_user_id', '=', ctx.user.id)
      .where('read_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }),

  /** How the caller's notices reach them by e-mail, and the address they go to. */
  mailSettings: authedProcedure.query(async ({ ctx }) => {
    const row = await ctx.db
      .selectFrom('users')
      .leftJoin('mail_preferences', 'mail_preferences.user_id', 'users.id')
      .select(['users.email', 'mail_preferences.frequency'])
      .where('users.id', '=', ctx.user.id)
      .executeTakeFirstOrThrow();
    return { email: row.email, frequency: row.frequency ?? ('immediate' as const) };
  }),

  /** Each notice as it happens, one daily digest, or none; a digest starts from now, not from the past. */
  setMailFrequency: authedProcedure
    .input(z.object({ frequency: z.enum(['immediate', 'daily', 'none']) }))
    .mutation(async ({ ctx, input }) => {
      const now = new Date();
      await ctx.db
        .insertInto('mail_preferences')
        .values({ user_id: ctx.user.id, frequency: input.frequency, last_digest_at: now })
        .onConflict((oc) =>
          oc.column('user_id').doUpdateSet((eb) => ({
            frequency: input.frequency,
            // Switching to the digest from another setting starts its window now: notices already mailed are not gathered again.
            last_digest_at: eb
              .case()
              .when('mail_preferences.frequency', '=', 'daily')
              .then(eb.ref('mail_preferences.last_digest_at'))
              .else(now)
              .end(),
          })),
        )
        .execute();
      return { ok: true as const };
    }),

  markRead: authedProcedure.input(z.object({ ids: z.array(z.number().int()).max(500).optional() })).mutation(async ({ ctx, input }) => {
    let q = ctx.db
      .updateTable('notifications')
      .set({ read_at: new Date() })
      .where('recipient_user_id', '=', ctx.user.id)
      .where('read_at', 'is', null);
    if (input.ids) q = q.where('id', 'in', input.ids.length > 0 ? input.ids : [-1]);
    const result = await q.executeTakeFirst();
    return { marked: Number(result.numUpdatedRows) };
  }),
});
