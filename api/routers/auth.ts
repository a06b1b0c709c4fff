import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { authedProcedure, publicProcedure, router } from '../trpc/init.ts';
import { createSession, revokeSession } from '../accounts/sessions.ts';
import { isLoginThrottled, recordLoginAttempt } from '../accounts/login-throttle.ts';
import { clearedSessionCookie, sessionCookie } from '../accounts/session-cookie.ts';
import { capabilitiesOf } from '../access/capabilities.ts';

export const authRouter = router({
  /** The signed-in person and what they may do, or null. */
  me: publicProcedure.query(({ ctx }) => (ctx.user ? { ...ctx.user, capabilities: capabilitiesOf(ctx.user) } : null)),

  login: publicProcedure
    .input(z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) }))
    .mutation(async ({ ctx, input }) => {
      const username = input.username.toLowerCase();
      if (await isLoginThrottled(ctx.db, username, ctx.ip)) {
        throw new TRPCError({ code: 'TOO_MANY_REQUESTS', message: 'errors.auth.throttled' });
      }
      const identity = await ctx.identity.authenticate({ username, password: input.password });
      await recordLoginAttempt(ctx.db, username, ctx.ip, identity !== null);
      if (!identity) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'errors.auth.invalidCredentials' });
      const session = await createSession(ctx.db, identity.id);
      ctx.res.appendHeader('Set-Cookie', sessionCookie(session.token, session.expiresAt, ctx.secureCookies));
      return { ok: true as const };
    }),

  logout: authedProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionToken) await revokeSession(ctx.db, ctx.sessionToken);
    ctx.res.appendHeader('Set-Cookie', clearedSessionCookie(ctx.secureCookies));
    return { ok: true as const };
  }),

  setLocale: authedProcedure.input(z.object({ locale: z.enum(['ar', 'en']) })).mutation(async ({ ctx, input }) => {
    await ctx.db.updateTable('users').set({ locale: input.locale }).where('id', '=', ctx.user.id).execute();
    return { ok: true as const };
  }),
});
