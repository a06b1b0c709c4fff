import { inTransaction } from '../../engine/workflow/transaction.ts';
import { hashPassword } from '../accounts/password.ts';
import { issueAccountLink, minPasswordLength } from '../accounts/account-links.ts';
import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { newPersonSchema } from './person-input.ts';
import { createPerson, type Person } from './people-store.ts';

export interface NewAdministrator {
  username: string;
  email: string;
  displayNameAr?: string;
  displayNameEn?: string;
  locale?: 'ar' | 'en';
  /** Set now (read from stdin by the CLI); without it, the answer carries a one-time link instead. */
  password?: string;
}

/**
 * An administrator with no entity, created from the command line (no one is signed in yet: the
 * audit row names no actor). Either the password is set now, or a one-time set-password link is issued.
 */
export async function createAdministrator(
  db: DB,
  input: NewAdministrator,
): Promise<{ person: Person; token: string | null; expiresAt: Date | null }> {
  const parsed = newPersonSchema.safeParse({
    username: input.username,
    email: input.email,
    displayNameAr: input.displayNameAr ?? input.username,
    displayNameEn: input.displayNameEn ?? input.username,
    locale: input.locale ?? 'ar',
    grants: [{ role: 'administrator', entityId: null }],
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('BAD_REQUEST', issue?.message.startsWith('errors.') ? issue.message : 'errors.validation', {
      field: String(issue?.path[0] ?? ''),
    });
  }
  if (input.password !== undefined && input.password.length < minPasswordLength)
    throw new AppError('BAD_REQUEST', 'errors.accountLink.passwordTooShort', { min: minPasswordLength });
  const passwordHash = input.password === undefined ? null : await hashPassword(input.password);
  return inTransaction(db, async (trx) => {
    const person = await createPerson(trx, parsed.data, null);
    if (passwordHash) {
      await trx.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', person.id).execute();
      return { person: { ...person, hasPassword: true }, token: null, expiresAt: null };
    }
    const link = await issueAccountLink(trx, { userId: person.id, purpose: 'invitation', createdBy: null });
    return { person, token: link.token, expiresAt: link.expiresAt };
  });
}
