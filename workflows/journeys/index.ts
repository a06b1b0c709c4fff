/** Customer-journey re-engineering: pure schemas, computations and the workflow machine. */
export {
  bilingualTextSchema,
  emotionScoreSchema,
  journeyChannels,
  journeyMapSchema,
  journeyMapVersions,
  journeyStageSchema,
  journeyStepSchema,
  journeySteps,
  painPointSchema,
  stepCount,
} from './journey-map.ts';
export type {
  BilingualText,
  EmotionScore,
  JourneyChannel,
  JourneyMap,
  JourneyMapInput,
  JourneyMapVersion,
  JourneyStage,
  JourneyStep,
  JourneyStepInput,
  PainPoint,
} from './journey-map.ts';

export { journeyMetricKeys, measureSteps, subtractMetrics } from './journey-metrics.ts';
export type { JourneyMetrics } from './journey-metrics.ts';

export { comparedStepFields, diffJourneyMaps } from './journey-diff.ts';
export type { ComparedStepField, DiffOptions, JourneyDiff, StepChange, StepChangeKind } from './journey-diff.ts';

export {
  measureJourney,
  measurementMethods,
  measurementMetricsSchema,
  measurementRecordSchema,
  measurementSourceKinds,
  measurementSourceSchema,
} from './journey-baseline.ts';
export type { MeasureJourneyInput, MeasurementMethod, MeasurementMetrics, MeasurementRecord, MeasurementSource } from './journey-baseline.ts';

export { compareImprovement, higherIsBetter, improvementMetrics } from './improvement.ts';
export type {
  CompareImprovementInput,
  ComparabilityIssue,
  ImprovementMetric,
  ImprovementReport,
  ImprovementStatus,
  MetricImprovement,
} from './improvement.ts';

export { paretoByCategory, vitalFew } from './pareto.ts';
export type { ParetoOptions, ParetoRow } from './pareto.ts';

export { causesOfComplaint, causesOfStep, checkRootCauseLinks, countCausesByType, rootCauseSchema, rootCauseTypes, whySchema } from './root-cause.ts';
export type { RootCause, RootCauseInput, RootCauseLinkProblems, RootCauseType, Why } from './root-cause.ts';

export { defaultFactorWeights, prioritisationCandidateSchema, prioritisationFactors, rankServices } from './service-prioritisation.ts';
export type { FactorContribution, FactorWeights, PrioritisationCandidate, PrioritisationFactor, RankedService } from './service-prioritisation.ts';

export {
  centreOperationsRowSchema,
  complaintRowSchema,
  cxChannels,
  cxImportKinds,
  cxImportSchemas,
  importColumns,
  importMessageKeys,
  isCalendarDate,
  surveyRowSchema,
  validateHeader,
  validateRows,
} from './cx-import-rows.ts';
export type {
  BadCell,
  CentreOperationsRow,
  ComplaintRow,
  CxChannel,
  CxImportKind,
  CxImportRows,
  ImportMessageKey,
  RowValidation,
  SurveyRow,
} from './cx-import-rows.ts';

export {
  documentTypeSchema,
  entityRefSchema,
  serviceDefinitionSchema,
  serviceFeeSchema,
  serviceKpisSchema,
  serviceLevelAgreementSchema,
  serviceStepSchema,
} from './service-definition.ts';
export type { DocumentType, EntityRef, ServiceDefinition, ServiceDefinitionInput, ServiceKpis, ServiceLevelAgreement, ServiceStep } from './service-definition.ts';

export { journeyDriverPermission, journeyEventPayloads, journeyInputSchema, journeyMachine, journeyPhases, journeyWorkflow } from './journey-machine.ts';
export type { JourneyContext, JourneyEvent, JourneyEventType, JourneyInput, JourneyPhase } from './journey-machine.ts';

export { opportunitySchema, scoreOpportunities } from './opportunity.ts';
export type { Opportunity, OpportunityInput, ScoredOpportunity } from './opportunity.ts';
