export {
  gapSchema,
  gapSeverities,
  gapSourceKinds,
  gapSourceSchema,
  gapStatuses,
  isGapActive,
  primarySource,
  raiseGap,
  raiseGapInputSchema,
  severityWeight,
  type Gap,
  type GapSeverity,
  type GapSource,
  type GapSourceKind,
  type GapStatus,
  type RaiseGapInput,
} from './gap.ts';
export { mergeGaps, resolveSurvivor, type GapMergeError, type GapMergeResult } from './gap-merge.ts';
export {
  compareBySeverityThenAge,
  filterGaps,
  gapFilterSchema,
  gapGroupings,
  gapMatches,
  groupGaps,
  normalizeSearchText,
  type GapFilter,
  type GapGroup,
  type GapGroupKey,
  type GapGrouping,
} from './gap-query.ts';
export { canSeeEntity, scopeGapFilter, visibleEntities, type Viewer } from './register-visibility.ts';
export { applyGapClosure, deriveGapStatus, isGapClosable } from './gap-closure.ts';
export { actionStatuses, isActionFinished, isActionOpen, openActionStatuses, type ActionStatus } from './action-status.ts';
export {
  actionMachine,
  actionStatusOf,
  defaultLevelTwoAfterMs,
  type ActionContext,
  type ActionEvent,
  type ActionInput,
  type EscalationLevel,
} from './action-machine.ts';
export { actionEventPayloads, actionInputSchema, actionWorkflow, commentSchema, progressValueSchema } from './action-workflow.ts';
export { escalationNotices, escalationRecipients, type EscalationNotice, type EscalationRecipient } from './escalation.ts';
export { planNodeSchema, progressById, rollUpProgress, type PlanNode, type RolledUpNode } from './progress-rollup.ts';
export {
  progressCsvColumns,
  progressCsvRowSchema,
  progressCsvStatuses,
  validateProgressCsv,
  type BadProgressRow,
  type GoodProgressRow,
  type KnownAction,
  type ProgressCsvColumn,
  type ProgressCsvEvent,
  type ProgressCsvResult,
  type ProgressCsvRow,
} from './progress-csv.ts';
export {
  actionUpliftSchema,
  assessedScore,
  assessedScoreSchema,
  criterionAssessmentSchema,
  maturityProjectionInputSchema,
  projectedScoreSchema,
  projectMaturity,
  type ActionUplift,
  type AssessedScore,
  type CriterionAssessment,
  type MaturityProjection,
  type MaturityProjectionInput,
  type ProjectedScore,
} from './maturity-projection.ts';
export { summarizeForLeadership, type LeadershipInput, type LeadershipSummary, type RankedEntity } from './leadership-summary.ts';
export {
  actionDependencySchema,
  dependencyState,
  findDependencyCycle,
  isBlocked,
  type ActionDependency,
  type DependencyState,
} from './action-dependencies.ts';
export {
  maturityHeatMap,
  maturityRadar,
  maturityTrend,
  publicResults,
  type CycleRef,
  type HeatMap,
  type PublishedCriterionResult,
} from './maturity-views.ts';
