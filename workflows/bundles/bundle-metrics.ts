import type { Bundle } from './bundle.ts';
import type { BundleDesign } from './bundle-design.ts';
import type { DocumentStatus } from './bundle-document.ts';

/** The six numbers a bundle is judged by, before and after redesign. */
export interface BundleFigures {
  /** As-is: separate services applied for. To-be: platforms the customer uses. */
  services: number;
  steps: number;
  /**
   * Document handovers. As-is every service asks for its own copy, so a document needed
   * by three services counts three times; to-be the portal asks once, so each document
   * still required counts once.
   */
  documents: number;
  visits: number;
  /** Elapsed days; see `elapsedDays`. */
  days: number;
  fees: number;
}

export type FigureName = keyof BundleFigures;

export const figureNames: readonly FigureName[] = ['services', 'steps', 'documents', 'visits', 'days', 'fees'];

export interface FigureChange {
  baseline: number;
  target: number;
  /** target − baseline; negative is a reduction. */
  difference: number;
  /** Share of the baseline removed, 0..1 (negative if it grew); null when the baseline is 0. */
  reduction: number | null;
}

export type BundleComparison = Record<FigureName, FigureChange>;

interface Scheduled {
  parallelGroup: number;
  typicalDays: number;
}

/**
 * Elapsed days of items that run in parallel groups: items sharing a group run side by
 * side (the slowest decides), and groups run one after another in ascending order.
 */
export function elapsedDays(items: readonly Scheduled[]): number {
  const slowestPerGroup = new Map<number, number>();
  for (const item of items) {
    slowestPerGroup.set(item.parallelGroup, Math.max(slowestPerGroup.get(item.parallelGroup) ?? 0, item.typicalDays));
  }
  let total = 0;
  for (const days of slowestPerGroup.values()) total += days;
  return total;
}

/** Distinct documents at least one as-is service asks for, in first-asked order. */
export function requiredDocumentIds(bundle: Pick<Bundle, 'services'>): string[] {
  return [...new Set(bundle.services.flatMap((s) => s.requiredDocumentIds))];
}

export function baselineFigures(bundle: Pick<Bundle, 'services'>): BundleFigures {
  let steps = 0;
  let documents = 0;
  let visits = 0;
  let fees = 0;
  for (const service of bundle.services) {
    steps += service.baseline.steps;
    documents += service.requiredDocumentIds.length;
    visits += service.baseline.visits;
    fees += service.baseline.fees;
  }
  return {
    services: bundle.services.length,
    steps,
    documents,
    visits,
    days: elapsedDays(bundle.services.map((s) => ({ parallelGroup: s.parallelGroup, typicalDays: s.baseline.typicalDays }))),
    fees,
  };
}

/** The status of every document the as-is services ask for; unmentioned ones stay required. */
export function documentStatuses(bundle: Pick<Bundle, 'services'>, design: Pick<BundleDesign, 'documents'>): DocumentStatus[] {
  const byId = new Map(design.documents.map((d) => [d.documentId, d]));
  return requiredDocumentIds(bundle).map((documentId) => byId.get(documentId) ?? { documentId, status: 'required' });
}

export function targetFigures(bundle: Pick<Bundle, 'services'>, design: BundleDesign): BundleFigures {
  const stillRequired = documentStatuses(bundle, design).filter((d) => d.status === 'required').length;
  return {
    services: design.platforms.length,
    steps: design.steps.length,
    documents: stillRequired,
    visits: design.steps.filter((s) => s.visit).length,
    days: elapsedDays(design.steps),
    fees: design.steps.reduce((sum, s) => sum + s.fees, 0),
  };
}

export function compareFigures(baseline: BundleFigures, target: BundleFigures): BundleComparison {
  const entries = figureNames.map((name): [FigureName, FigureChange] => {
    const b = baseline[name];
    const t = target[name];
    return [name, { baseline: b, target: t, difference: t - b, reduction: b === 0 ? null : (b - t) / b }];
  });
  return Object.fromEntries(entries) as BundleComparison;
}

/** Before/after of a bundle against a design (by default its latest recorded one); null without a design. */
export function bundleComparison(bundle: Pick<Bundle, 'services' | 'designs'>, design?: BundleDesign): BundleComparison | null {
  const chosen = design ?? bundle.designs.at(-1)?.design;
  if (!chosen) return null;
  return compareFigures(baselineFigures(bundle), targetFigures(bundle, chosen));
}
