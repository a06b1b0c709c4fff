import type { Gap, GapSource } from './gap.ts';
import { gapSeverities, severityWeight } from './gap.ts';

export type GapMergeError = 'same_gap' | 'already_merged' | 'entity_mismatch' | 'criterion_mismatch';

export type GapMergeResult = { ok: true; survivor: Gap; merged: Gap } | { ok: false; error: GapMergeError };

function sameSource(a: GapSource, b: GapSource): boolean {
  return a.kind === b.kind && a.containerId === b.containerId && a.itemId === b.itemId;
}

/**
 * Folds `duplicate` into `survivor`. The survivor keeps every source link of both (so
 * each origin still leads to the one gap), the higher severity, the earlier raise date
 * (the gap's true age) and a criterion if only the duplicate had one. The duplicate is
 * kept, marked merged and pointing at the survivor, so old links still resolve.
 */
export function mergeGaps(survivor: Gap, duplicate: Gap): GapMergeResult {
  if (survivor.id === duplicate.id) return { ok: false, error: 'same_gap' };
  if (survivor.status === 'merged' || duplicate.status === 'merged') return { ok: false, error: 'already_merged' };
  // Two entities' gaps are two gaps, each with its own owner and plan.
  if (survivor.entityId !== duplicate.entityId) return { ok: false, error: 'entity_mismatch' };
  if (survivor.criterionCode !== null && duplicate.criterionCode !== null && survivor.criterionCode !== duplicate.criterionCode) {
    return { ok: false, error: 'criterion_mismatch' };
  }

  const sources = [...survivor.sources];
  for (const s of duplicate.sources) if (!sources.some((t) => sameSource(s, t))) sources.push(s);

  const severity = gapSeverities[Math.max(severityWeight(survivor.severity), severityWeight(duplicate.severity))] ?? survivor.severity;
  const raisedAt = Date.parse(duplicate.raisedAt) < Date.parse(survivor.raisedAt) ? duplicate.raisedAt : survivor.raisedAt;
  // A closed survivor absorbing a still-open duplicate has unfinished work again.
  const reopen = survivor.status === 'closed' && duplicate.status !== 'closed';

  return {
    ok: true,
    survivor: {
      ...survivor,
      sources,
      severity,
      raisedAt,
      criterionCode: survivor.criterionCode ?? duplicate.criterionCode,
      ownerId: survivor.ownerId ?? duplicate.ownerId,
      status: reopen ? 'open' : survivor.status,
      closedAt: reopen ? null : survivor.closedAt,
    },
    merged: { ...duplicate, status: 'merged', mergedIntoId: survivor.id },
  };
}

/** Follows merge links to the gap that now stands for `gapId`; null if unknown or cyclic. */
export function resolveSurvivor(gaps: readonly Gap[], gapId: string): Gap | null {
  const byId = new Map(gaps.map((g) => [g.id, g]));
  const seen = new Set<string>();
  let current = byId.get(gapId);
  while (current && current.mergedIntoId !== null) {
    if (seen.has(current.id)) return null;
    seen.add(current.id);
    current = byId.get(current.mergedIntoId);
  }
  return current ?? null;
}
