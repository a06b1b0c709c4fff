import { describe, expect, it } from 'vitest';
import type { BundleDesign, DesignStep } from './bundle-design.ts';
import { elapsedDays } from './bundle-metrics.ts';
import {
  draftFromServices,
  mergedIntoOnePlatform,
  withNewStep,
  withServiceToggled,
  withStep,
  withStepMoved,
  withoutStep,
} from './design-edits.ts';

const text = (en: string) => ({ en, ar: en });
const step = (id: string, services: string[], visit: boolean, fees: number, days: number, group: number): DesignStep => ({
  id,
  title: text(id),
  platformId: 'portal',
  replacesServiceIds: services,
  visit,
  fees,
  typicalDays: days,
  parallelGroup: group,
});
const design: BundleDesign = {
  platforms: [{ id: 'portal', name: text('Portal'), channels: ['website'] }],
  steps: [step('a', ['s1', 's2'], true, 10, 2, 1), step('b', ['s3'], true, 5, 3, 2), step('c', ['s4'], false, 0, 1, 2)],
  documents: [],
};

describe('to-be design edits', () => {
  it('removes a visit and a step without touching the others', () => {
    const noVisit = withStep(design, 'a', { visit: false });
    expect(noVisit.steps.map((s) => s.visit)).toEqual([false, true, false]);
    expect(withoutStep(noVisit, 'b').steps.map((s) => s.id)).toEqual(['a', 'c']);
  });

  it('moves a service from one step to another, never into two', () => {
    const moved = withServiceToggled(design, 'b', 's2');
    expect(moved.steps.map((s) => s.replacesServiceIds)).toEqual([['s1'], ['s3', 's2'], ['s4']]);
    expect(withServiceToggled(moved, 'b', 's2').steps[1]!.replacesServiceIds).toEqual(['s3']);
  });

  it('adds a step after the last parallel group, with an unused id', () => {
    const added = withNewStep(withoutStep(design, 'a'), text('Pay'));
    // Steps b and c remain; ids step-3 is free; last group 2 → the new step runs in group 3.
    expect(added.steps.at(-1)).toMatchObject({
      id: 'step-3',
      platformId: 'portal',
      parallelGroup: 3,
      replacesServiceIds: [],
      visit: false,
    });
  });

  it('merges every service into one platform step carrying the fees and the slowest step’s days', () => {
    const merged = mergedIntoOnePlatform(design, ['s1', 's2', 's3', 's4'], text('Apply once'));
    // Fees 10 + 5 + 0 = 15; the slowest step takes 3 days.
    expect(merged.steps).toEqual(
      [step('step-1', ['s1', 's2', 's3', 's4'], false, 15, 3, 1)].map((s) => ({ ...s, title: text('Apply once') })),
    );
    expect(elapsedDays(merged.steps)).toBe(3);
  });

  it('reorders steps and keeps their parallel groups ascending', () => {
    const moved = withStepMoved(design, 'b', -1);
    expect(moved.steps.map((s) => [s.id, s.parallelGroup])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
    ]);
    // Days: group 1 = b (3), group 2 = max(a 2, c 1) = 2 → 5, the same as before (2 + max(3, 1) = 5).
    expect(elapsedDays(moved.steps)).toBe(5);
    expect(withStepMoved(design, 'a', -1)).toBe(design);
  });

  it('drafts one portal step per service when a bundle has no design yet', () => {
    const draft = draftFromServices(
      [
        { id: 's1', name: text('One') },
        { id: 's2', name: text('Two') },
      ],
      text('Portal'),
    );
    expect(draft.steps.map((s) => [s.id, s.replacesServiceIds, s.parallelGroup])).toEqual([
      ['step-1', ['s1'], 1],
      ['step-2', ['s2'], 2],
    ]);
  });
});
