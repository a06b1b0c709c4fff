import type { Bundle } from './bundle.ts';
import type { BundleDesign, BundleDesignVersion } from './bundle-design.ts';

/**
 * Appends a to-be design to the bundle's redesign history as the next version. Earlier
 * versions are kept untouched so each workshop's outcome stays on record.
 */
export function recordDesign(
  bundle: Pick<Bundle, 'designs'>,
  design: BundleDesign,
  source: { workshopId: string | null; at: string },
): BundleDesignVersion[] {
  const version = (bundle.designs.at(-1)?.version ?? 0) + 1;
  return [...bundle.designs, { version, workshopId: source.workshopId, recordedAt: source.at, design }];
}

/** The design a given workshop produced, if it produced one. */
export function designFromWorkshop(bundle: Pick<Bundle, 'designs'>, workshopId: string): BundleDesignVersion | undefined {
  return bundle.designs.findLast((d) => d.workshopId === workshopId);
}
