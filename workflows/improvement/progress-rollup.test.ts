import { describe, it, expect } from 'vitest';
import type { ActionStatus } from './action-status.ts';
import { planNodeSchema, progressById, rollUpProgress, type PlanNode } from './progress-rollup.ts';

function node(id: string, weight: number, status: ActionStatus | null, progress: number, children: PlanNode[] = []): PlanNode {
  return { id, weight, status, progress, children };
}

describe('rollUpProgress', () => {
  it('takes the weighted mean of leaves', () => {
    // (2 * 50 + 1 * 20 + 1 * 0) / (2 + 1 + 1) = 120 / 4 = 30
    const plan = node('plan', 1, null, 0, [node('a', 2, 'in_progress', 50), node('b', 1, 'in_progress', 20), node('c', 1, 'approved', 0)]);
    expect(rollUpProgress(plan).progress).toBe(30);
  });

  it('counts done and verified as 100 whatever their recorded figure', () => {
    // (1 * 100 + 1 * 100 + 2 * 40) / 4 = 280 / 4 = 70
    const plan = node('plan', 1, null, 0, [node('a', 1, 'done', 60), node('b', 1, 'verified', 0), node('c', 2, 'in_progress', 40)]);
    expect(rollUpProgress(plan).progress).toBe(70);
  });

  it('drops cancelled actions from the denominator', () => {
    // a cancelled: (1 * 80 + 3 * 40) / (1 + 3) = 200 / 4 = 50, not 200 / 6
    const plan = node('plan', 1, null, 0, [node('a', 2, 'cancelled', 0), node('b', 1, 'in_progress', 80), node('c', 3, 'in_progress', 40)]);
    expect(rollUpProgress(plan).progress).toBe(50);
  });

  it('rolls up through any depth, sub-actions first', () => {
    // a1 = (1 * 100 + 1 * 50) / 2 = 75
    // a  = (3 * 75 + 1 * 15) / 4 = 240 / 4 = 60   (a's own 10% is ignored: it has children)
    // b  = cancelled sub-action dropped -> (1 * 30) / 1 = 30
    // plan = (1 * 60 + 1 * 30) / 2 = 45
    const plan = node('plan', 1, null, 0, [
      node('a', 1, 'in_progress', 10, [
        node('a1', 3, 'in_progress', 0, [node('a1x', 1, 'verified', 0), node('a1y', 1, 'in_progress', 50)]),
        node('a2', 1, 'in_progress', 15),
      ]),
      node('b', 1, 'in_progress', 0, [node('b1', 5, 'cancelled', 90), node('b2', 1, 'in_progress', 30)]),
    ]);
    const byId = progressById(rollUpProgress(plan));
    expect(byId.get('a1')).toBe(75);
    expect(byId.get('a')).toBe(60);
    expect(byId.get('b')).toBe(30);
    expect(byId.get('plan')).toBe(45);
  });

  it('a done parent counts 100 even if its sub-actions lag', () => {
    const plan = node('plan', 1, null, 0, [node('a', 1, 'done', 0, [node('a1', 1, 'in_progress', 10)])]);
    expect(rollUpProgress(plan).progress).toBe(100);
  });

  it('gives null when nothing counts, and a parent ignores such children', () => {
    // empty sub-plan and all-cancelled action count for nothing; only c: 1 * 20 / 1 = 20
    const plan = node('plan', 1, null, 0, [
      node('empty', 5, null, 0),
      node('b', 5, 'in_progress', 0, [node('b1', 1, 'cancelled', 0)]),
      node('c', 1, 'in_progress', 20),
    ]);
    const byId = progressById(rollUpProgress(plan));
    expect(byId.get('empty')).toBeNull();
    expect(byId.get('b')).toBeNull();
    expect(byId.get('plan')).toBe(20);
    expect(rollUpProgress(node('p', 1, null, 0, [node('x', 1, 'cancelled', 50)])).progress).toBeNull();
  });

  it('validates a nested plan and refuses bad weights or progress', () => {
    expect(planNodeSchema.safeParse(node('p', 1, null, 0, [node('a', 1, 'draft', 0)])).success).toBe(true);
    expect(planNodeSchema.safeParse(node('p', 1, null, 0, [node('a', 0, 'draft', 0)])).success).toBe(false);
    expect(planNodeSchema.safeParse(node('p', 1, null, 0, [node('a', 1, 'draft', 120)])).success).toBe(false);
  });
});
