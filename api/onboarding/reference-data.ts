import type { DB } from '../db/schema.ts';
import type { ReferenceData } from '../../workflows/onboarding/list-definition.ts';
import type { Sheet } from '../../workflows/onboarding/sheet.ts';

/**
 * What rows refer to: every entity code, and the owners of the e-mail addresses the
 * file names (only those, so a 150-person file does not read every account).
 */
export async function loadReferenceData(
  db: DB,
  sheet: Sheet,
  emailOwners: (db: DB, emails: string[]) => Promise<Map<string, string>>,
): Promise<ReferenceData> {
  const entities = await db.selectFrom('entities').select('code').execute();
  const column = sheet.header.indexOf('email');
  const emails =
    column === -1 ? [] : [...new Set(sheet.rows.map((r) => (r.cells[column] ?? '').trim().toLowerCase()).filter((e) => e !== ''))];
  return {
    entityCodes: new Set(entities.map((e) => e.code.toUpperCase())),
    emailOwners: emails.length > 0 ? await emailOwners(db, emails) : new Map(),
  };
}
