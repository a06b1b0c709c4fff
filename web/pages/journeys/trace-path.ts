import type { TraceNodeType } from '../../../workflows/journeys/traceability.ts';

/** The address of the one-page trace from one node; every node on that page links to its own. */
export function tracePath(journeyId: string, type: TraceNodeType, id: string): string {
  return `/journeys/${encodeURIComponent(journeyId)}/trace?${new URLSearchParams({ type, node: id })}`;
}
