import { z } from 'zod';
import { inTransaction } from '../../engine/workflow/transaction.ts';
import { issueAccountLink, type AccountLinkPurpose } from '../accounts/account-links.ts';
import { recordAdminChange } from '../admin/admin-change.ts';
import type { Context } from '../trpc/context.ts';
import { AppError } from '../trpc/app-error.ts';
import { roleProcedure, router } from '../trpc/init.ts';
import { sendAccountLink } from './account-link-mail.ts';
import { newPersonSchema, personFields } from './person-input.ts';
import { createPerson, getPerson, listPeople, setPersonActive, updatePerson } from './people-store.ts';

const administrator = roleProcedure('administrator');
const id = z.string().min(1).max(100);

/**
 * Issues a one-time link and queues its mail in one transaction (audited): the mail outbox sends it
 * after commit and retries through a mail-server outage. A newer link retires this one.
 */
async function mailAccountLink(ctx: Context & { user: { id: string } }, personId: string, purpose: AccountLinkPurpose) {
  return inTransaction(ctx.db, async (trx) => {
    const person = await getPerson(trx, personId);
    if (!person.active) throw new AppError('PRECONDITION_FAILED', 'errors.people.inactive');
    if (!person.email) throw new AppError('PRECONDITION_FAILED', 'errors.people.noEmail');
    const link = await issueAccountLink(trx, { userId: person.id, purpose, createdBy: ctx.user.id });
    await sendAccountLink(trx, {
      userId: person.id,
      to: person.email,
      locale: person.locale,
      displayNameAr: person.displayNameAr,
      displayNameEn: person.displayNameEn,
      purpose,
      token: link.token,
      expiresAt: link.expiresAt,
    });
    await recordAdminChange(trx, {
      actorId: ctx.user.id,
      subjectKind: 'person',
      subjectId: person.id,
      action: purpose === 'invitation' ? 'invited' : 'password_reset_sent',
      after: { email: person.email, expiresAt: link.expiresAt.toISOString() },
    });
    return { email: person.email, expiresAt: link.expiresAt.toISOString() };
  });
}

/** People administration (administrators): accounts, their grants, invitations, resets and unlocking. */
export const peopleRouter = router({
  list: administrator
    .input(
      z.object({
        search: z.string().trim().max(100).optional(),
        limit: z.number().int().min(1).max(200).default(50),
        offset: z.number().int().min(0).default(0),
      }),
    )
    .query(({ ctx, input }) => listPeople(ctx.db, input)),

  get: administrator.input(z.object({ id })).query(({ ctx, input }) => getPerson(ctx.db, input.id)),

  /** A new person; with `invite` (the default) they get an e-mail with a one-time link to set their password. */
  create: administrator.input(newPersonSchema.extend({ invite: z.boolean().default(true) })).mutation(async ({ ctx, input }) => {
    const { invite, ...fields } = input;
    const person = await inTransaction(ctx.db, (trx) => createPerson(trx, fields, ctx.user.id));
    const invitation = invite ? await mailAccountLink(ctx, person.id, 'invitation') : null;
    return { person, invitation };
  }),

  update: administrator
    .input(personFields.extend({ id }))
    .mutation(({ ctx, input }) => inTransaction(ctx.db, (trx) => updatePerson(trx, input.id, input, ctx.user.id))),

  /** Deactivating ends every session of the person at once (a trigger on `users.active`). */
  setActive: administrator
    .input(z.object({ id, active: z.boolean() }))
    .mutation(({ ctx, input }) => inTransaction(ctx.db, (trx) => setPersonActive(trx, input.id, input.active, ctx.user.id))),

  /** A one-time link to set a new password, by e-mail; the administrator never sees a password. */
  sendPasswordReset: administrator.input(z.object({ id })).mutation(({ ctx, input }) => mailAccountLink(ctx, input.id, 'set_password')),

  invite: administrator.input(z.object({ id })).mutation(({ ctx, input }) => mailAccountLink(ctx, input.id, 'invitation')),

  /** Lifts sign-in throttling of the person's username from every address; answers how many locks there were. */
  unlock: administrator.input(z.object({ id })).mutation(({ ctx, input }) =>
    inTransaction(ctx.db, async (trx) => {
      const person = await getPerson(trx, input.id);
      const rows = await trx.deleteFrom('login_backoff').where('username', '=', person.username).returning('address').execute();
      await recordAdminChange(trx, {
        actorId: ctx.user.id,
        subjectKind: 'person',
        subjectId: person.id,
        action: 'unlocked',
        before: { throttledAddresses: rows.length },
      });
      return { cleared: rows.length };
    }),
  ),
});
