import { z } from 'zod';
import { TRPCError } from '@trpc/server';
import { authedProcedure, publicProcedure, router } from '../trpc/init.ts';
import { createSession, endSessionsOf, revokeSession } from './sessions.ts';
import { releaseLoginAttempt, reserveLoginAttempt } from './login-throttle.ts';
import { clearedSessionCookie, sessionCookie } from './session-cookie.ts';
import { capabilitiesOf } from '../access/capabilities.ts';
import { readAccountLink, redeemAccountLink } from './account-links.ts';
import { signOut } from './oidc/oidc-routes.ts';

export const authRouter = router({
  /** The signed-in person and what they may do, or null. */
  me: publicProcedure.query(({ ctx }) => (ctx.user ? { ...ctx.user, capabilities: capabilitiesOf(ctx.user) } : null)),

  /** How people can sign in here: the sign-in page shows the password form and "Sign in with …" from this. */
  signInOptions: publicProcedure.query(({ ctx }) => ({
    password: ctx.passwordSignIn,
    sso: ctx.oidc ? { labelAr: ctx.oidc.config.label.ar, labelEn: ctx.oidc.config.label.en, path: '/auth/oidc/login' } : null,
  })),

  login: publicProcedure
    .input(z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) }))
    .mutation(async ({ ctx, input }) => {
      if (!ctx.passwordSignIn) throw new TRPCError({ code: 'FORBIDDEN', message: 'errors.auth.passwordSignInOff' });
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

  /** Ends this session; for a session opened through single sign-on, answers the provider's sign-out URL to open next. */
  logout: authedProcedure.mutation(async ({ ctx }) => {
    const endSessionUrl = ctx.sessionToken ? await signOut(ctx.db, ctx.oidc, ctx.sessionToken) : null;
    ctx.res.appendHeader('Set-Cookie', clearedSessionCookie(ctx.secureCookies));
    return { ok: true as const, endSessionUrl };
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

  /** Whose one-time link this is (the set-password page greets them); a spent or unknown link is refused. */
  accountLink: publicProcedure
    .input(z.object({ token: z.string().min(1).max(200) }))
    .query(({ ctx, input }) => readAccountLink(ctx.db, input.token)),

  /** Sets the password through a one-time link, spends it, and signs the person in. */
  setPassword: publicProcedure
    .input(z.object({ token: z.string().min(1).max(200), password: z.string().max(200) }))
    .mutation(async ({ ctx, input }) => {
      const userId = await redeemAccountLink(ctx.db, input.token, input.password);
      if (ctx.sessionToken) await revokeSession(ctx.db, ctx.sessionToken);
      const session = await createSession(ctx.db, userId);
      ctx.res.appendHeader('Set-Cookie', sessionCookie(session.token, session.expiresAt, ctx.secureCookies));
      return { ok: true as const };
    }),

  setLocale: authedProcedure.input(z.object({ locale: z.enum(['ar', 'en']) })).mutation(async ({ ctx, input }) => {
    await ctx.db.updateTable('users').set({ locale: input.locale }).where('id', '=', ctx.user.id).execute();
    return { ok: true as const };
  }),
});
