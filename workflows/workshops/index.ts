export { workshopPhases, workingPhases, isWorkingPhase, nextPhase, type WorkshopPhase, type WorkingPhase } from './workshop-phases.ts';
export {
  ageGroups,
  dependencyKinds,
  emptyBoard,
  liveIdeas,
  participantKinds,
  participantSchema,
  type Commitment,
  type Idea,
  type Note,
  type PainPoint,
  type Participant,
  type Persona,
  type Quote,
  type Score,
  type Vote,
  type WorkshopBoard,
} from './workshop-board.ts';
export {
  defaultWorkshopSettings,
  timeBoxesSchema,
  voteRulesSchema,
  workshopSettingsSchema,
  type TimeBoxes,
  type VoteRules,
  type WorkshopSettings,
} from './workshop-settings.ts';
export { agendaItemSchema, workshopInputSchema, type AgendaItem, type WorkshopInput } from './workshop-input.ts';
export {
  facilitatorEventTypes,
  workshopEventPayloads,
  type EventStamp,
  type WorkshopEvent,
  type WorkshopEventType,
} from './workshop-events.ts';
export { isWorkshopMember, phaseTimerEventType, workshopMachine, type PhaseLogEntry, type WorkshopContext } from './workshop-machine.ts';
export { workshopWorkflow } from './workshop-workflow.ts';
export { retractVote, voteRefusal, votesLeft, votesUsed, type VoteRefusal } from './vote-budget.ts';
export { tallyVotes, votesByIdea, type IdeaTally } from './vote-tally.ts';
export { mergeIdeas, mergeProblem, type IdeaMerge } from './idea-merge.ts';
export {
  aggregateValues,
  defaultPriorityFormula,
  defaultQuadrantThresholds,
  priorityFormulaSchema,
  priorityScore,
  quadrantOf,
  quadrantThresholdsSchema,
  rankIdeas,
  scoreValueSchema,
  type AggregatedValues,
  type IdeaScoreEntry,
  type IdeaValues,
  type PriorityFormula,
  type Quadrant,
  type QuadrantThresholds,
  type RankedIdea,
  type Ranking,
} from './prioritisation.ts';
export {
  customerVoiceTemplate,
  duplicateWorkshopStructure,
  halfDayCoDesignTemplate,
  standardWorkshopTemplates,
  timeBoxesFromAgenda,
  workshopInputFromTemplate,
  workshopTemplateSchema,
  type NewWorkshop,
  type WorkshopTemplate,
} from './workshop-templates.ts';
export { boardForViewer, type WorkshopBoardView } from './workshop-board-view.ts';
export { workshopRanking } from './workshop-ranking.ts';
export { phaseLabels, quadrantLabels } from './workshop-labels.ts';
export { workshopReport, type CommitmentsOfEntity, type PainPointSummary, type WorkshopReport } from './workshop-report.ts';
