/**
 * Administration from the command line, for what must happen before anyone can sign in:
 *
 *   npm run admin -- create-admin --username amal --email amal@example.gov [--name-ar …] [--name-en …] [--password-stdin]
 *
 * Connects as the server does (DATABASE_URL, else the embedded database), brings the schema up to
 * date, creates the administrator and prints a one-time sign-in link, or sets the password read from stdin.
 */
import { parseArgs } from 'node:util';
import { connectDatabase, connectOptionsFromEnv } from '../../engine/db/connect.ts';
import { migrateToLatest } from '../../engine/db/migrate.ts';
import { accountLinkUrl } from '../accounts/account-links.ts';
import { allMigrations } from '../db/migrations.ts';
import { productDb } from '../db/schema.ts';
import { createAdministrator } from '../people/create-administrator.ts';
import { AppError } from '../trpc/app-error.ts';
import { errors } from '../../web/i18n/en/errors.ts';
import { admin } from '../../web/i18n/en/admin.ts';

const usage =
  'usage: npm run admin -- create-admin --username NAME --email ADDRESS [--name-ar TEXT] [--name-en TEXT] [--locale ar|en] [--password-stdin]';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  // One trailing line break is the terminal's, not the password's.
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** The English text of an error key, for a person at a terminal. */
function explain(err: AppError): string {
  const [, domain, reason] = err.messageKey.split('.');
  const texts: Record<string, Record<string, string>> = { people: admin.errors, accountLink: admin.linkErrors };
  const text = (domain && reason && texts[domain]?.[reason]) || (errors as Record<string, unknown>)[domain ?? ''];
  const filled = typeof text === 'string' ? text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(err.params[k] ?? '')) : err.messageKey;
  return err.params.field ? `${filled} (${err.params.field})` : filled;
}

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      email: { type: 'string' },
      'name-ar': { type: 'string' },
      'name-en': { type: 'string' },
      locale: { type: 'string' },
      'password-stdin': { type: 'boolean', default: false },
    },
  });
  if (positionals[0] !== 'create-admin' || !values.username || !values.email) {
    console.error(usage);
    return 2;
  }
  const locale = values.locale === 'en' ? 'en' : 'ar';
  const password = values['password-stdin'] ? await readStdin() : undefined;
  const handle = await connectDatabase(connectOptionsFromEnv());
  try {
    await migrateToLatest(handle.db, allMigrations);
    const made = await createAdministrator(productDb(handle.db), {
      username: values.username,
      email: values.email,
      displayNameAr: values['name-ar'],
      displayNameEn: values['name-en'],
      locale,
      password,
    });
    console.log(`Administrator ${made.person.username} created.`);
    if (made.token && made.expiresAt) {
      const base = process.env.TAMAYUZ_PUBLIC_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
      console.log(`Open this link once, before ${made.expiresAt.toISOString()}, to set the password and sign in:`);
      console.log(accountLinkUrl(base, made.token));
    } else {
      console.log('The password read from stdin is set; sign in with it.');
    }
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      console.error(`Not created: ${explain(err)}`);
      return 1;
    }
    throw err;
  } finally {
    await handle.close();
  }
}

process.exitCode = await main();
