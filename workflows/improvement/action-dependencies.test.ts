import { describe, it, expect } from 'vitest';
import type { ActionStatus } from './action-status.ts';
import { actionDependencySchema, allowedPrerequisites, dependencyState, findDependencyCycle, isBlocked } from './action-dependencies.ts';

const dep = (actionId: string, dependsOnId: string) => ({ actionId, dependsOnId });

describe('action dependencies', () => {
  it('refuses an action depending on itself', () => {
    expect(actionDependencySchema.safeParse(dep('a', 'a')).success).toBe(false);
  });

  it('finds a cycle and reports the path round it', () => {
    expect(findDependencyCycle([dep('a', 'b'), dep('b', 'c')])).toBeNull();
    expect(findDependencyCycle([dep('a', 'b'), dep('b', 'c'), dep('c', 'a')])).toEqual(['a', 'b', 'c', 'a']);
    // A diamond is not a cycle: d reached twice through b and c.
    expect(findDependencyCycle([dep('a', 'b'), dep('a', 'c'), dep('b', 'd'), dep('c', 'd')])).toBeNull();
    expect(findDependencyCycle([dep('x', 'y'), dep('y', 'z'), dep('z', 'y')])).toEqual(['y', 'z', 'y']);
  });

  it('sorts prerequisites into blocking, cancelled and unknown', () => {
    const statuses = new Map<string, ActionStatus>([
      ['p1', 'verified'],
      ['p2', 'done'],
      ['p3', 'in_progress'],
      ['p4', 'cancelled'],
      ['p5', 'draft'],
    ]);
    const deps = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'].map((p) => dep('a', p)).concat([dep('other', 'p3')]);
    const state = dependencyState('a', deps, statuses);
    expect(state).toEqual({ blocking: ['p3', 'p5'], cancelled: ['p4'], unknown: ['p6'] });
    expect(isBlocked(state)).toBe(true);
    expect(isBlocked(dependencyState('a', [dep('a', 'p1'), dep('a', 'p4')], statuses))).toBe(false);
  });

  it('offers as prerequisites only actions that would not close a loop', () => {
    // b waits for a, c waits for b: a may not depend on b or c (a -> c -> b -> a); d is free; b already... is not a's prerequisite.
    const deps = [dep('b', 'a'), dep('c', 'b'), dep('a', 'e')];
    expect(allowedPrerequisites('a', deps, ['a', 'b', 'c', 'd', 'e'])).toEqual(['d']);
    // c may depend on a (a waits only for e), not on itself or on b again.
    expect(allowedPrerequisites('c', deps, ['a', 'b', 'c', 'd'])).toEqual(['a', 'd']);
  });
});
