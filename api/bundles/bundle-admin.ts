import type { DB } from '../db/schema.ts';
import { AppError } from '../trpc/app-error.ts';
import { recordAdminChange } from '../admin/admin-change.ts';
import { assertNoProblems, parseOrRefuse } from '../admin/field-problems.ts';
import { bundleSchema, type Bundle } from '../../workflows/bundles/bundle.ts';
import { bundleReferenceProblems, designImportPlan } from '../../workflows/bundles/bundle-references.ts';
import { canonicalJson } from '../../workflows/registry/catalogue-rules.ts';
import { loadCatalogueReferences } from '../catalogue/catalogue-references.ts';
import { loadBundle, upsertBundle } from './bundle-store.ts';

/** A bundle's document as the seeds write it, text ready to save as a file. */
export function bundleDocumentJson(bundle: Bundle): string {
  return JSON.stringify(bundle, null, 2);
}

/** Reads JSON text; text that is not JSON is refused before any rule runs. */
export function parseBundleJson(json: string): unknown {
  try {
    return JSON.parse(json);
  } catch {
    throw new AppError('BAD_REQUEST', 'errors.registry.notJson');
  }
}

/**
 * Creates or edits a bundle from its whole document (the seeds' shape), in the caller's
 * transaction: checked by the domain schema, then against the entity register in the
 * database, then its design history against the stored one. Every problem is reported at its
 * path and nothing is written when there is one.
 */
export async function saveBundleDocument(db: DB, document: unknown, by: { actorId: string | null; at: Date }) {
  const bundle = parseOrRefuse(bundleSchema, document);
  const refs = await loadCatalogueReferences(db);
  const before = await loadBundle(db, bundle.id);
  const plan = designImportPlan(before?.designs ?? [], bundle.designs);
  assertNoProblems([...bundleReferenceProblems(bundle, refs.entityCodes), ...plan.problems]);
  // The same document again (an export imported back) writes nothing and leaves no audit row.
  const { designs: _incoming, ...definition } = bundle;
  if (before && plan.append.length === 0 && canonicalJson(definition) === canonicalJson({ ...before, designs: undefined })) {
    return { id: bundle.id, created: false, designsAppended: 0 };
  }
  await upsertBundle(db, bundle, by.at);
  for (const version of plan.append) {
    await db
      .insertInto('bundle_designs')
      .values({
        bundle_id: bundle.id,
        version: version.version,
        workshop_id: version.workshopId,
        recorded_at: new Date(version.recordedAt),
        design: JSON.stringify(version.design),
      })
      .execute();
  }
  const after = await loadBundle(db, bundle.id);
  await recordAdminChange(db, {
    actorId: by.actorId,
    subjectKind: 'bundle',
    subjectId: bundle.id,
    action: before ? 'updated' : 'created',
    before: before ?? undefined,
    after,
  });
  return { id: bundle.id, created: !before, designsAppended: plan.append.length };
}
