import type { AssessedScore } from './maturity-projection.ts';

/**
 * One published criterion score. Typed as AssessedScore so a projected score cannot be
 * fed into the heat map, radar, trend or transparency page.
 */
export interface PublishedCriterionResult {
  entityId: string;
  cycleId: string;
  criterionCode: string;
  maxPoints: number;
  assessed: AssessedScore;
}

export interface CycleRef {
  id: string;
  /** 1 for the first cycle, 2 for the second... */
  number: number;
  /** Results are public only once the cycle is closed and its results published. */
  closed: boolean;
}

function share(score: number, max: number): number {
  return max <= 0 ? 0 : Math.round((score / max) * 10_000) / 10_000;
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export interface HeatMap {
  entityIds: string[];
  criterionCodes: string[];
  /** cells[entity][criterion]: share of max points 0..1, null where not assessed. */
  cells: (number | null)[][];
}

/** Entities x criteria for one cycle. Rows follow `entityOrder` (e.g. the ranking) when given. */
export function maturityHeatMap(results: readonly PublishedCriterionResult[], cycleId: string, entityOrder?: readonly string[]): HeatMap {
  const inCycle = results.filter((r) => r.cycleId === cycleId);
  const criterionCodes = [...new Set(inCycle.map((r) => r.criterionCode))].sort(byCode);
  const present = [...new Set(inCycle.map((r) => r.entityId))];
  const entityIds = entityOrder
    ? [...entityOrder.filter((id) => present.includes(id)), ...present.filter((id) => !entityOrder.includes(id)).sort(byCode)]
    : present.sort(byCode);
  const cell = new Map(inCycle.map((r) => [`${r.entityId}\u0000${r.criterionCode}`, share(r.assessed, r.maxPoints)]));
  return {
    entityIds,
    criterionCodes,
    cells: entityIds.map((e) => criterionCodes.map((c) => cell.get(`${e}\u0000${c}`) ?? null)),
  };
}

/** One entity's criteria for one cycle, as shares of max so unequal criteria fit one radar. */
export function maturityRadar(
  results: readonly PublishedCriterionResult[],
  cycleId: string,
  entityId: string,
): { criterionCode: string; share: number }[] {
  return results
    .filter((r) => r.cycleId === cycleId && r.entityId === entityId)
    .map((r) => ({ criterionCode: r.criterionCode, share: share(r.assessed, r.maxPoints) }))
    .sort((a, b) => byCode(a.criterionCode, b.criterionCode));
}

/** One entity's published total over closed cycles, oldest first. */
export function maturityTrend(
  results: readonly PublishedCriterionResult[],
  cycles: readonly CycleRef[],
  entityId: string,
): { cycleId: string; cycleNumber: number; assessed: AssessedScore; maxPoints: number; share: number }[] {
  return [...cycles]
    .filter((c) => c.closed)
    .sort((a, b) => a.number - b.number)
    .flatMap((c) => {
      const rows = results.filter((r) => r.cycleId === c.id && r.entityId === entityId);
      if (rows.length === 0) return [];
      const total = rows.reduce((s, r) => s + r.assessed, 0);
      const max = rows.reduce((s, r) => s + r.maxPoints, 0);
      // A sum of published scores is still a published score.
      const assessed = (Math.round(total * 10_000) / 10_000) as AssessedScore;
      return [{ cycleId: c.id, cycleNumber: c.number, assessed, maxPoints: max, share: share(total, max) }];
    });
}

/** What the transparency page may show without login: results of closed cycles only. */
export function publicResults(results: readonly PublishedCriterionResult[], cycles: readonly CycleRef[]): PublishedCriterionResult[] {
  const closed = new Set(cycles.filter((c) => c.closed).map((c) => c.id));
  return results.filter((r) => closed.has(r.cycleId));
}
