import type { DB } from '../../api/db/schema.ts';
import { documentTypes } from './documents.ts';
import { serviceEntities } from './entities.ts';

/**
 * The demo world's document types and the one outside party (the customer's bank), inserted
 * where missing: after that they are the administrators' to edit, and a restart keeps their edits.
 */
export async function loadCatalogueReferenceSeeds(db: DB): Promise<void> {
  for (const d of documentTypes) {
    await db
      .insertInto('document_types')
      .values({ id: d.id, name_ar: d.name.ar, name_en: d.name.en, issuer_entity_code: d.issuerEntityCode })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }
  const registered = new Set((await db.selectFrom('entities').select('code').execute()).map((e) => e.code));
  for (const party of serviceEntities.filter((e) => !registered.has(e.code))) {
    await db
      .insertInto('external_parties')
      .values({ code: party.code, name_ar: party.name.ar, name_en: party.name.en })
      .onConflict((oc) => oc.column('code').doNothing())
      .execute();
  }
}
