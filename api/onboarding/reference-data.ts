import type { DB } from '../db/schema.ts';
import type { ReferenceData } from '../../workflows/onboarding/list-definition.ts';
import type { Sheet } from '../../workflows/onboarding/sheet.ts';

/** The look-ups one list needs beyond entity codes (people: e-mail owners; services: document types). */
export interface ListLookups {
  emailOwners?: (db: DB, emails: string[]) => Promise<Map<string, string>>;
  documentIds?: (db: DB) => Promise<Set<string>>;
}

/**
 * What rows refer to: every entity code, the owners of the e-mail addresses the file names
 * (only those, so a 150-person file does not read every account), the document types.
 */
export async function loadReferenceData(db: DB, sheet: Sheet, lookups: ListLookups): Promise<ReferenceData> {
  const entities = await db.selectFrom('entities').select('code').execute();
  const column = sheet.header.indexOf('email');
  const emails =
    column === -1 || !lookups.emailOwners
      ? []
      : [...new Set(sheet.rows.map((r) => (r.cells[column] ?? '').trim().toLowerCase()).filter((e) => e !== ''))];
  return {
    entityCodes: new Set(entities.map((e) => e.code.toUpperCase())),
    emailOwners: emails.length > 0 && lookups.emailOwners ? await lookups.emailOwners(db, emails) : new Map(),
    documentIds: lookups.documentIds ? await lookups.documentIds(db) : new Set(),
  };
}
