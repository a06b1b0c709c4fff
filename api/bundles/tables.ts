import type { JSONColumnType } from 'kysely';
import type { Timestamp } from '../../engine/db/schema.ts';
import type { Bundle } from '../../workflows/bundles/bundle.ts';
import type { BundleDesign } from '../../workflows/bundles/bundle-design.ts';

/** A life-event bundle; its definition (services, documents, governance) is one JSON document validated by bundleSchema. */
export interface BundlesTable {
  id: string;
  life_event: string;
  name_ar: string;
  name_en: string;
  definition: JSONColumnType<Omit<Bundle, 'designs'>>;
  updated_at: Timestamp;
}

/** The redesign history: one row per to-be design, versioned per bundle, never rewritten. */
export interface BundleDesignsTable {
  bundle_id: string;
  version: number;
  workshop_id: string | null;
  recorded_at: Timestamp;
  design: JSONColumnType<BundleDesign>;
}

export interface BundleTables {
  bundles: BundlesTable;
  bundle_designs: BundleDesignsTable;
}
