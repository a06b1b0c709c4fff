import type { DB } from '../db/schema.ts';
import type { CatalogueReferences } from '../../workflows/registry/catalogue-rules.ts';

/** Entities and outside parties a service, a journey step or a bundle may name, as the pickers show them. */
export async function referenceParties(db: DB) {
  const [entities, external] = await Promise.all([
    db.selectFrom('entities').select(['code', 'name_ar', 'name_en']).where('archived_at', 'is', null).orderBy('code').execute(),
    db.selectFrom('external_parties').select(['code', 'name_ar', 'name_en']).orderBy('code').execute(),
  ]);
  return [...entities, ...external].map((e) => ({ code: e.code, name: { ar: e.name_ar, en: e.name_en } }));
}

/** Document types in use, as pickers show them. */
export async function referenceDocuments(db: DB) {
  const rows = await db.selectFrom('document_types').selectAll().where('retired_at', 'is', null).orderBy('id').execute();
  return rows.map((d) => ({ id: d.id, name: { ar: d.name_ar, en: d.name_en }, issuerEntityCode: d.issuer_entity_code }));
}

/**
 * What input is checked against, read from the database in the caller's transaction: archived
 * entities and retired document types are not offered to new definitions.
 */
export async function loadCatalogueReferences(db: DB): Promise<CatalogueReferences> {
  const [parties, documents] = await Promise.all([referenceParties(db), referenceDocuments(db)]);
  return { entityCodes: new Set(parties.map((p) => p.code)), documentIds: new Set(documents.map((d) => d.id)) };
}
