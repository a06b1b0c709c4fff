import type { Bundle } from '../../workflows/bundles/bundle.ts';
import { bundleComparison } from '../../workflows/bundles/bundle-metrics.ts';
import { personalBoard, sharedBoard } from '../../workflows/workshops/workshop-board-view.ts';
import { workshopRanking } from '../../workflows/workshops/workshop-ranking.ts';
import { undoOffer } from '../../workflows/workshops/board-undo.ts';
import type { WorkshopViewerRole } from './workshop-access.ts';
import { boardEventsByPhase } from './phase-actions.ts';
import { nextPhaseOf } from '../../workflows/workshops/workshop-phases.ts';
import type { WorkshopRecord } from './workshop-record.ts';

/**
 * What every viewer of one role sees alike of a workshop: the board without its dots (tallies
 * anonymous when voting is), the ranking and 2×2 matrix and the design's difference from the
 * baseline. The facilitator's copy also carries the invite code and the undo offer.
 */
export function sharedWorkshopView(
  record: WorkshopRecord,
  role: WorkshopViewerRole,
  bundle?: Pick<Bundle, 'services' | 'designs'> & Partial<Pick<Bundle, 'documents'>>,
) {
  const { context } = record;
  return {
    id: record.id,
    version: record.version,
    state: record.state,
    phase: context.phase,
    phaseStartedAt: context.phaseStartedAt,
    phaseEndsAt: context.phaseEndsAt,
    /** Where "next" leads, so the button can name it ("Next: voting"). */
    nextPhase: nextPhaseOf(context.phase),
    phaseLog: context.phaseLog,
    votingLocked: context.votingLocked,
    title: context.title,
    bundleId: context.bundleId,
    templateId: context.templateId,
    facilitatorId: context.facilitatorId,
    agenda: context.agenda,
    settings: context.settings,
    participants: context.participants,
    board: sharedBoard(context),
    ranking: workshopRanking(context),
    comparison: bundle && context.board.design ? bundleComparison(bundle, context.board.design) : null,
    /** Board actions the current phase takes; the server still decides each one. */
    phaseActions: boardEventsByPhase[context.phase] ?? [],
    inviteCode: role === 'facilitator' ? record.inviteCode : null,
    /** The facilitator's last board action that undo would take back (the facilitator only). */
    undo: role === 'facilitator' ? undoOffer(context) : null,
    /** The bundle's component services, for tying pain points to one. */
    bundleServices: (bundle?.services ?? []).map((s) => ({ id: s.id, name: s.name, providedBy: s.providedBy })),
    /** The documents the as-is services ask for and the bundle's current to-be design, to start the redesign from. */
    bundleDocuments: bundle?.documents ?? [],
    bundleDesign: bundle?.designs.at(-1)?.design ?? null,
  };
}

/** What is this viewer's own: who they are, the dots they may see (only their own when voting is anonymous) and the dots they have left. */
export function personalWorkshopView(record: WorkshopRecord, viewer: { id: string; role: WorkshopViewerRole }) {
  return { me: { id: viewer.id, role: viewer.role }, board: personalBoard(record.context, viewer.id) };
}

/**
 * One viewer's picture of a workshop: the shared part for their role with their own part laid
 * over it (the two never share a field, so changes to each can be computed apart).
 */
export function workshopView(
  record: WorkshopRecord,
  viewer: { id: string; role: WorkshopViewerRole },
  bundle?: Pick<Bundle, 'services' | 'designs'> & Partial<Pick<Bundle, 'documents'>>,
) {
  const shared = sharedWorkshopView(record, viewer.role, bundle);
  const personal = personalWorkshopView(record, viewer);
  return { ...shared, board: { ...shared.board, ...personal.board }, me: personal.me };
}

export type WorkshopView = ReturnType<typeof workshopView>;
