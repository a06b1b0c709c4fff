import type { Bundle } from '../bundles/bundle.ts';
import { bundleComparison, type BundleComparison } from '../bundles/bundle-metrics.ts';
import type { RankedIdea } from './prioritisation.ts';
import type { Commitment, Idea, Participant, Persona, Quote } from './workshop-board.ts';
import type { PhaseLogEntry, WorkshopContext } from './workshop-machine.ts';
import { workshopRanking } from './workshop-ranking.ts';

export interface PainPointSummary {
  id: string;
  text: string;
  serviceId: string | null;
  /** Live ideas that address it. */
  ideaCount: number;
}

export interface CommitmentsOfEntity {
  entityId: string;
  commitments: Commitment[];
}

/** Everything a printable workshop report shows; rendering (and language) is the web's job. */
export interface WorkshopReport {
  workshopId: string;
  title: WorkshopContext['title'];
  bundleId: string | null;
  phases: PhaseLogEntry[];
  attendance: { customers: number; entityRepresentatives: number; entities: string[] };
  personas: Persona[];
  painPoints: PainPointSummary[];
  quotes: Quote[];
  ranked: (RankedIdea & { text: string })[];
  unscoredIdeas: Idea[];
  /** Before/after of the bundle against the workshop's design; null without a bundle or a design. */
  comparison: BundleComparison | null;
  commitmentsByEntity: CommitmentsOfEntity[];
}

function attendance(participants: readonly Participant[]): WorkshopReport['attendance'] {
  const present = participants.filter((p) => !p.removed);
  const reps = present.filter((p) => p.kind === 'entity_representative');
  return {
    customers: present.length - reps.length,
    entityRepresentatives: reps.length,
    entities: [...new Set(reps.map((p) => p.entityId).filter((e): e is string => e !== null))].sort(),
  };
}

export function workshopReport(context: WorkshopContext, bundle?: Pick<Bundle, 'services' | 'designs'>): WorkshopReport {
  const live = context.board.ideas.filter((i) => i.mergedInto === null);
  const text = new Map(live.map((i) => [i.id, i.text]));
  const { ranked, unscored } = workshopRanking(context);
  const byEntity = new Map<string, Commitment[]>();
  for (const c of context.board.commitments) byEntity.set(c.entityId, [...(byEntity.get(c.entityId) ?? []), c]);
  return {
    workshopId: context.workshopId,
    title: context.title,
    bundleId: context.bundleId,
    phases: context.phaseLog,
    attendance: attendance(context.participants),
    personas: context.board.personas,
    painPoints: context.board.painPoints.map((p) => ({
      id: p.id,
      text: p.text,
      serviceId: p.serviceId,
      ideaCount: live.filter((i) => i.painPointIds.includes(p.id)).length,
    })),
    quotes: context.board.quotes,
    ranked: ranked.map((r) => ({ ...r, text: text.get(r.ideaId) ?? '' })),
    unscoredIdeas: live.filter((i) => unscored.includes(i.id)),
    comparison: bundle && context.board.design ? bundleComparison(bundle, context.board.design) : null,
    commitmentsByEntity: [...byEntity.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([entityId, commitments]) => ({ entityId, commitments })),
  };
}
