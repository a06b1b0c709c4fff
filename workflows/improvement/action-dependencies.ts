import { z } from 'zod';
import type { ActionStatus } from './action-status.ts';

/** What kind of prerequisite holds an action up; cross-entity work is usually one of the first three. */
export const dependencyKinds = ['legal_amendment', 'data_sharing_agreement', 'system_integration', 'other'] as const;
export type DependencyKind = (typeof dependencyKinds)[number];

/** "`actionId` cannot finish before `dependsOnId`"; the two may belong to different entities. */
export const actionDependencySchema = z
  .object({ actionId: z.string().min(1), dependsOnId: z.string().min(1) })
  .refine((d) => d.actionId !== d.dependsOnId, { message: 'improvement.dependency.self', path: ['dependsOnId'] });
export type ActionDependency = z.infer<typeof actionDependencySchema>;

/**
 * A cycle the dependencies would form, as the ids along it with the first repeated at
 * the end (a -> b -> a), or null. Run before saving a new dependency: a cycle means
 * no action on it could ever finish.
 */
export function findDependencyCycle(dependencies: readonly ActionDependency[]): string[] | null {
  const next = new Map<string, string[]>();
  for (const d of dependencies) next.set(d.actionId, [...(next.get(d.actionId) ?? []), d.dependsOnId]);

  const done = new Set<string>();
  const path: string[] = [];
  const onPath = new Set<string>();

  const visit = (id: string): string[] | null => {
    if (onPath.has(id)) return [...path.slice(path.indexOf(id)), id];
    if (done.has(id)) return null;
    onPath.add(id);
    path.push(id);
    for (const n of next.get(id) ?? []) {
      const cycle = visit(n);
      if (cycle) return cycle;
    }
    path.pop();
    onPath.delete(id);
    done.add(id);
    return null;
  };

  for (const id of [...next.keys()].sort()) {
    const cycle = visit(id);
    if (cycle) return cycle;
  }
  return null;
}

/**
 * Of `candidates`, those `actionId` may newly depend on: not itself, not already a
 * prerequisite, and not one that (directly or through others) already waits for it.
 */
export function allowedPrerequisites(actionId: string, dependencies: readonly ActionDependency[], candidates: readonly string[]): string[] {
  const existing = new Set(dependencies.filter((d) => d.actionId === actionId).map((d) => d.dependsOnId));
  return candidates.filter(
    (c) => c !== actionId && !existing.has(c) && findDependencyCycle([...dependencies, { actionId, dependsOnId: c }]) === null,
  );
}

export interface DependencyState {
  /** Prerequisites whose work is not finished yet. */
  blocking: string[];
  /** Prerequisites that were cancelled: the plan needs a look, but they no longer hold it up. */
  cancelled: string[];
  /** Prerequisites nobody can see or that do not exist; treated as blocking. */
  unknown: string[];
}

/** What stands between an action and its completion, from its prerequisites' statuses. */
export function dependencyState(
  actionId: string,
  dependencies: readonly ActionDependency[],
  statusById: ReadonlyMap<string, ActionStatus>,
): DependencyState {
  const state: DependencyState = { blocking: [], cancelled: [], unknown: [] };
  for (const d of dependencies) {
    if (d.actionId !== actionId) continue;
    const status = statusById.get(d.dependsOnId);
    if (status === undefined) state.unknown.push(d.dependsOnId);
    else if (status === 'cancelled') state.cancelled.push(d.dependsOnId);
    else if (status !== 'done' && status !== 'verified') state.blocking.push(d.dependsOnId);
  }
  return state;
}

export function isBlocked(state: DependencyState): boolean {
  return state.blocking.length > 0 || state.unknown.length > 0;
}
