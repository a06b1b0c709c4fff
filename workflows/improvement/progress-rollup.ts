import { z } from 'zod';
import { actionStatuses, isActionFinished, type ActionStatus } from './action-status.ts';

/** A plan, an action or a sub-action: plans carry no status of their own. */
export interface PlanNode {
  id: string;
  /** Relative weight among its siblings. */
  weight: number;
  status: ActionStatus | null;
  /** The action's own 0..100 figure; read only on leaves. */
  progress: number;
  children: readonly PlanNode[];
}

export const planNodeSchema: z.ZodType<PlanNode> = z.lazy(() =>
  z.object({
    id: z.string().min(1),
    weight: z.number().positive(),
    status: z.enum(actionStatuses).nullable(),
    progress: z.number().min(0).max(100),
    children: z.array(planNodeSchema),
  }),
);

export interface RolledUpNode {
  id: string;
  weight: number;
  /** Null when nothing under it counts (cancelled, or every child cancelled). */
  progress: number | null;
  children: RolledUpNode[];
}

/**
 * Finished work counts as 100 whatever its children say; cancelled work leaves the
 * denominator so it neither drags the plan down nor pads it; a parent is the
 * weighted mean of the children that count.
 */
export function rollUpProgress(node: PlanNode): RolledUpNode {
  const children = node.children.map(rollUpProgress);
  return { id: node.id, weight: node.weight, progress: ownProgress(node, children), children };
}

function ownProgress(node: PlanNode, children: readonly RolledUpNode[]): number | null {
  if (node.status === 'cancelled') return null;
  if (node.status !== null && isActionFinished(node.status)) return 100;
  if (children.length === 0) return node.status === null ? null : node.progress;
  let weighted = 0;
  let weights = 0;
  for (const child of children) {
    if (child.progress === null) continue;
    weighted += child.weight * child.progress;
    weights += child.weight;
  }
  return weights === 0 ? null : weighted / weights;
}

/** Index of the rolled-up figures by node id, for tables that list nodes flat. */
export function progressById(root: RolledUpNode): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const visit = (n: RolledUpNode): void => {
    out.set(n.id, n.progress);
    n.children.forEach(visit);
  };
  visit(root);
  return out;
}
