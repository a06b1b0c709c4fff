import type { Bundle } from '../../workflows/bundles/bundle.ts';
import { baselineFigures, bundleComparison, documentStatuses, targetFigures } from '../../workflows/bundles/bundle-metrics.ts';

/** A bundle as the web shows it: its facts plus every figure computed here, never in the browser. */
export function bundleDetail(bundle: Bundle) {
  const current = bundle.designs.at(-1);
  return {
    ...bundle,
    baseline: baselineFigures(bundle),
    target: current ? targetFigures(bundle, current.design) : null,
    comparison: bundleComparison(bundle),
    documentStatuses: current ? documentStatuses(bundle, current.design) : documentStatuses(bundle, { documents: [] }),
    history: bundle.designs.map((version) => ({
      version: version.version,
      workshopId: version.workshopId,
      recordedAt: version.recordedAt,
      comparison: bundleComparison(bundle, version.design),
    })),
  };
}

export function bundleSummary(bundle: Bundle) {
  return {
    id: bundle.id,
    lifeEvent: bundle.lifeEvent,
    name: bundle.name,
    participatingEntities: bundle.participatingEntities,
    serviceCount: bundle.services.length,
    designVersions: bundle.designs.length,
    comparison: bundleComparison(bundle),
    baseline: baselineFigures(bundle),
  };
}
