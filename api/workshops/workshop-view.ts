import type { Bundle } from '../../workflows/bundles/bundle.ts';
import { bundleComparison } from '../../workflows/bundles/bundle-metrics.ts';
import { boardForViewer } from '../../workflows/workshops/workshop-board-view.ts';
import { workshopRanking } from '../../workflows/workshops/workshop-ranking.ts';
import { undoOffer } from '../../workflows/workshops/board-undo.ts';
import type { WorkshopViewerRole } from './workshop-access.ts';
import { boardEventsByPhase } from './phase-actions.ts';
import { nextPhaseOf } from '../../workflows/workshops/workshop-phases.ts';
import type { WorkshopRecord } from './workshop-record.ts';

/**
 * One viewer's picture of a workshop: the board filtered for anonymity, the ranking and
 * 2×2 matrix and the design's difference from the baseline, all computed here.
 */
export function workshopView(
  record: WorkshopRecord,
  viewer: { id: string; role: WorkshopViewerRole },
  bundle?: Pick<Bundle, 'services' | 'designs'> & Partial<Pick<Bundle, 'documents'>>,
) {
  const { context } = record;
  const ranking = workshopRanking(context);
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
    board: boardForViewer(context, viewer.id),
    ranking,
    comparison: bundle && context.board.design ? bundleComparison(bundle, context.board.design) : null,
    me: { id: viewer.id, role: viewer.role },
    /** Board actions the current phase takes; the server still decides each one. */
    phaseActions: boardEventsByPhase[context.phase] ?? [],
    inviteCode: viewer.role === 'facilitator' ? record.inviteCode : null,
    /** The facilitator's last board action that undo would take back (the facilitator only). */
    undo: viewer.role === 'facilitator' ? undoOffer(context) : null,
    /** The bundle's component services, for tying pain points to one. */
    bundleServices: (bundle?.services ?? []).map((s) => ({ id: s.id, name: s.name, providedBy: s.providedBy })),
    /** The documents the as-is services ask for and the bundle's current to-be design, to start the redesign from. */
    bundleDocuments: bundle?.documents ?? [],
    bundleDesign: bundle?.designs.at(-1)?.design ?? null,
  };
}

export type WorkshopView = ReturnType<typeof workshopView>;
