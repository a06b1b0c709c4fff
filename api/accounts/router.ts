import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { authedProcedure, publicProcedure, router } from '../trpc/init.ts';
import { createSession, endSessionsOf, revokeSession } from './sessions.ts';
import { releaseLoginAttempt, reserveLoginAttempt } from './login-throttle.ts';
import { clearedSessionCookie, sessionCookie } from './session-cookie.ts';
import { capabilitiesOf } from '../access/capabilities.ts';
import { sessionCache } from './session-cache.ts';

export const authRouter = router({
  /** The signed-in person and what they may do, or null. */
  me: publicProcedure.query(({ ctx }) => (ctx.user ? { ...ctx.user, capabilities: capabilitiesOf(ctx.user) } : null)),

  login: publicProcedure
    .input(z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) }))
    .mutation(async ({ ctx, input }) => {
      const username = input.username.toLowerCase();
      // The attempt is counted before the password is checked, so parallel guesses cannot slip past the limit.
      const reservation = await reserveLoginAttempt(ctx.db, username, ctx.ip);
      const identity = await ctx.identity.authenticate({ username, password: input.password });
      if (!identity) throw new TRPCError({ code: 'UNAUTHORIZED', message: 'errors.auth.invalidCredentials' });
      await releaseLoginAttempt(ctx.db, reservation);
      // A session presented at sign-in is replaced, never kept: a planted or stale cookie dies here.
      if (ctx.sessionToken) await revokeSession(ctx.db, ctx.sessionToken);
      const session = await createSession(ctx.db, identity.id);
      ctx.res.appendHeader('Set-Cookie', sessionCookie(session.token, session.expiresAt, ctx.secureCookies));
      return { ok: true as const };
    }),

  logout: authedProcedure.mutation(async ({ ctx }) => {
    if (ctx.sessionToken) await revokeSession(ctx.db, ctx.sessionToken);
    ctx.res.appendHeader('Set-Cookie', clearedSessionCookie(ctx.secureCookies));
    return { ok: true as const };
  }),

  /**
   * Ends every session of the caller, this one included: someone who fears a session was taken cannot
   * tell which one, and signing in afresh here costs one password. Answers how many sessions ended.
   */
  logoutEverywhere: authedProcedure.mutation(async ({ ctx }) => {
    const ended = await endSessionsOf(ctx.db, ctx.user.id);
    ctx.res.appendHeader('Set-Cookie', clearedSessionCookie(ctx.secureCookies));
    return { ok: true as const, ended };
  }),

  setLocale: authedProcedure.input(z.object({ locale: z.enum(['ar', 'en']) })).mutation(async ({ ctx, input }) => {
    await ctx.db.updateTable('users').set({ locale: input.locale }).where('id', '=', ctx.user.id).execute();
    sessionCache.dropUser(ctx.user.id);
    return { ok: true as const };
  }),
});
