import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { assertStorableInput } from '../trpc/input-guard.ts';
import { parseFramework } from '../../workflows/excellence/framework-validation.ts';
import type { Framework } from '../../workflows/excellence/framework-schema.ts';

/** Parsing once per (code, version): stored documents never change once written. */
const parsedCache = new Map<string, Framework>();

export interface FrameworkSummary {
  code: string;
  version: number;
  nameAr: string;
  nameEn: string;
  frozen: boolean;
  createdAt: Date;
}

export async function listFrameworks(db: DB): Promise<FrameworkSummary[]> {
  const rows = await db
    .selectFrom('excellence_frameworks')
    .select(['code', 'version', 'name_ar', 'name_en', 'frozen', 'created_at'])
    .orderBy('code')
    .orderBy('version', 'desc')
    .execute();
  return rows.map((r) => ({
    code: r.code,
    version: r.version,
    nameAr: r.name_ar,
    nameEn: r.name_en,
    frozen: r.frozen,
    createdAt: r.created_at,
  }));
}

/** A stored version, parsed. Refuses with a translated NOT_FOUND when absent. */
export async function loadFramework(db: DB, code: string, version?: number): Promise<{ framework: Framework; frozen: boolean }> {
  let q = db.selectFrom('excellence_frameworks').select(['version', 'document', 'frozen']).where('code', '=', code);
  q = version === undefined ? q.orderBy('version', 'desc').limit(1) : q.where('version', '=', version);
  const row = await q.executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'errors.excellence.frameworkNotFound', { code });
  const key = `${code}@${row.version}`;
  let framework = parsedCache.get(key);
  if (!framework) {
    const parsed = parseFramework(row.document);
    // Stored documents were validated on the way in; a failure here is corruption.
    if (!parsed.ok)
      throw new AppError('PRECONDITION_FAILED', 'errors.excellence.frameworkInvalid', {
        path: parsed.errors[0]?.path ?? '',
        count: parsed.errors.length,
      });
    framework = parsed.framework;
    parsedCache.set(key, framework);
  }
  return { framework, frozen: row.frozen };
}

/** Parses a document or refuses, pointing at the first offending path. */
export function parseOrRefuse(document: unknown): Framework {
  const parsed = parseFramework(document);
  if (!parsed.ok) {
    const first = parsed.errors[0]!;
    throw new AppError('BAD_REQUEST', 'errors.excellence.frameworkInvalid', {
      path: first.path,
      code: first.code,
      count: parsed.errors.length,
    });
  }
  return parsed.framework;
}

export interface SavedFramework {
  code: string;
  version: number;
  created: boolean;
}

/**
 * Saves a document. A new code starts at the document's version. An existing code whose
 * latest version is frozen (used by a cycle) gets a new version; an unfrozen latest version
 * is edited in place. The stored document's `version` always matches its row.
 */
export async function saveFramework(db: DB, document: unknown, userId: string | null, at: Date): Promise<SavedFramework> {
  const fw = parseOrRefuse(document);
  // Imported JSON text can spell a NUL (\u0000) that no request carried as such; jsonb cannot hold it.
  assertStorableInput(fw);
  const latest = await db
    .selectFrom('excellence_frameworks')
    .select(['version', 'frozen'])
    .where('code', '=', fw.code)
    .orderBy('version', 'desc')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
  const version = !latest ? fw.version : latest.frozen ? latest.version + 1 : latest.version;
  const stored = { ...fw, version };
  parsedCache.delete(`${fw.code}@${version}`);
  if (latest && !latest.frozen) {
    await db
      .updateTable('excellence_frameworks')
      .set({ document: JSON.stringify(stored), name_ar: fw.name.ar, name_en: fw.name.en })
      .where('code', '=', fw.code)
      .where('version', '=', version)
      .execute();
    return { code: fw.code, version, created: false };
  }
  await db
    .insertInto('excellence_frameworks')
    .values({
      code: fw.code,
      version,
      name_ar: fw.name.ar,
      name_en: fw.name.en,
      document: JSON.stringify(stored),
      frozen: false,
      created_by: userId,
      created_at: at,
    })
    .execute();
  return { code: fw.code, version, created: true };
}

/** A cycle uses this version from now on: later edits make a new version. */
export async function freezeFramework(db: DB, code: string, version: number): Promise<void> {
  await db.updateTable('excellence_frameworks').set({ frozen: true }).where('code', '=', code).where('version', '=', version).execute();
}
