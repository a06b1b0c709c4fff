export { bilingualTextSchema, type BilingualText } from './bilingual-text.ts';
export { entityCodes, entityCodeSchema, type EntityCode } from './entity-codes.ts';
export { lifeEvents, lifeEventSchema, type LifeEvent } from './life-events.ts';
export {
  bundleDocumentSchema,
  documentStatusSchema,
  eliminationBasisSchema,
  type BundleDocument,
  type DocumentStatus,
  type EliminationBasis,
} from './bundle-document.ts';
export {
  bundleServiceSchema,
  channels,
  channelSchema,
  serviceBaselineSchema,
  type BundleService,
  type Channel,
  type ServiceBaseline,
} from './bundle-service.ts';
export {
  bundleDesignSchema,
  bundleDesignVersionSchema,
  bundlePlatformSchema,
  designStepSchema,
  type BundleDesign,
  type BundleDesignVersion,
  type DesignStep,
} from './bundle-design.ts';
export { bundleSchema, bundleTriggerSchema, designProblems, governanceGroupSchema, type Bundle } from './bundle.ts';
export {
  baselineFigures,
  bundleComparison,
  compareFigures,
  documentStatuses,
  elapsedDays,
  figureNames,
  requiredDocumentIds,
  targetFigures,
  type BundleComparison,
  type BundleFigures,
  type FigureChange,
  type FigureName,
} from './bundle-metrics.ts';
export { designFromWorkshop, recordDesign } from './bundle-history.ts';
